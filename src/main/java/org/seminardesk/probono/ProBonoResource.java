package org.seminardesk.probono;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Pro bono, public: a facility registers a need (POST /api/probono/needs), a professional offers help (…/offers). */
@RequestScoped
@Transactional
@Path("probono")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProBonoResource {

    @Inject
    ProBonoService probono;

    @POST
    @Path("needs")
    public Response need(@NotNull @Valid ProBonoInputs.Need input) {
        return Response.status(Response.Status.CREATED).entity(probono.registerNeed(input)).build();
    }

    @POST
    @Path("offers")
    public Response offer(@NotNull @Valid ProBonoInputs.Offer input) {
        return Response.status(Response.Status.CREATED).entity(probono.registerOffer(input)).build();
    }
}
