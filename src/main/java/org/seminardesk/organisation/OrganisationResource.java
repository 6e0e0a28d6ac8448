package org.seminardesk.organisation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import org.seminardesk.platform.DomainException;

/** /api/organisations: contact details are personal data, so every method is for organisers and staff (web.xml). */
@RequestScoped
@Transactional
@Path("organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    @Inject
    OrganisationService organisations;

    @GET
    public List<OrganisationView> list() {
        return organisations.list().stream().map(OrganisationView::of).toList();
    }

    @GET
    @Path("{id}")
    public OrganisationView get(@PathParam("id") long id) {
        return organisations.find(id).map(OrganisationView::of)
                .orElseThrow(() -> DomainException.notFound("Organisation", id));
    }

    @POST
    public Response create(@NotNull @Valid OrganisationInput input, @Context UriInfo uri) {
        Organisation organisation = organisations.create(input.details());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(organisation.id())).build())
                .entity(OrganisationView.of(organisation)).build();
    }

    @PUT
    @Path("{id}")
    public OrganisationView update(@PathParam("id") long id, @NotNull @Valid OrganisationInput input) {
        return OrganisationView.of(organisations.update(id, input.details()));
    }
}
