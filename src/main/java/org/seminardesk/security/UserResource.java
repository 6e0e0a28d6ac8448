package org.seminardesk.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.seminardesk.security.AccountInputs.AccountView;

/** /api/admin/users: admins (web.xml) create accounts, change roles, reset passwords and unlock. */
@RequestScoped
@Path("admin/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {

    @Inject
    AccountService accounts;

    @GET
    public List<AccountView> list() {
        return accounts.views();
    }

    @POST
    public Response create(@NotNull @Valid AccountInputs.NewAccount input, @Context UriInfo uri) {
        AccountView created = accounts.view(accounts.create(input));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @PUT
    @Path("{id}")
    public AccountView update(@PathParam("id") long id, @NotNull @Valid AccountInputs.Changes changes) {
        return accounts.view(accounts.update(id, changes));
    }

    @PUT
    @Path("{id}/password")
    public AccountView resetPassword(@PathParam("id") long id, @NotNull @Valid AccountInputs.NewPassword input) {
        return accounts.view(accounts.resetPassword(id, input.password()));
    }

    /** Ends every session of the account at its next request. */
    @POST
    @Path("{id}/sign-out")
    public AccountView signOutEverywhere(@PathParam("id") long id) {
        return accounts.view(accounts.signOutEverywhere(id));
    }

    @POST
    @Path("{id}/unlock")
    public AccountView unlock(@PathParam("id") long id) {
        return accounts.view(accounts.unlock(id));
    }
}
