package org.seminardesk.mail.announcement;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * /api/manage/announcements: organisers write, preview and send; staff may read. The recipients route
 * answers who would receive a draft, and for a sent one each recipient's delivery status.
 */
@RequestScoped
@Transactional
@Path("manage/announcements")
@Produces(MediaType.APPLICATION_JSON)
public class AnnouncementResource {

    @Inject
    AnnouncementService announcements;

    @Context
    SecurityContext security;

    @GET
    public List<AnnouncementView> list() {
        return announcements.views();
    }

    @POST
    public Response create(@NotNull @Valid AnnouncementInput input, @Context UriInfo uri) {
        Announcement created = announcements.create(input.details(), security.getUserPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(announcements.view(created)).build();
    }

    @GET
    @Path("{id}")
    public AnnouncementView get(@PathParam("id") long id) {
        return announcements.view(announcements.find(id));
    }

    @PUT
    @Path("{id}")
    public AnnouncementView edit(@PathParam("id") long id, @NotNull @Valid AnnouncementInput input) {
        return announcements.view(announcements.edit(id, input.details()));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        announcements.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/send")
    public AnnouncementView send(@PathParam("id") long id) {
        return announcements.view(announcements.send(id));
    }

    /** A draft: who would receive it now. Sent: each recipient's delivery, a page at a time (first, max ≤ 500). */
    @GET
    @Path("{id}/recipients")
    public RecipientsView recipients(@PathParam("id") long id, @QueryParam("first") @DefaultValue("0") int first,
                                     @QueryParam("max") @DefaultValue("500") int max) {
        return announcements.recipients(id, first, max);
    }

}
