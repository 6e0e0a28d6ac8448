package org.seminardesk.probono;

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
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

/** /api/manage/probono: organisers (staff may read, web.xml) see needs and offers and record matches and outcomes. */
@RequestScoped
@Transactional
@Path("manage/probono")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProBonoMatchResource {

    @Inject
    ProBonoService probono;

    @Context
    SecurityContext security;

    @GET
    public ProBonoView view() {
        return probono.view();
    }

    @POST
    @Path("matches")
    public Response match(@NotNull @Valid ProBonoInputs.Match input, @Context UriInfo uri) {
        ProBonoView.Match match = probono.match(input, security.getUserPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(match.id())).build()).entity(match).build();
    }

    @PUT
    @Path("matches/{id}")
    public ProBonoView.Match outcome(@PathParam("id") long id, @NotNull @Valid ProBonoInputs.Outcome input) {
        return probono.recordOutcome(id, input);
    }
}
