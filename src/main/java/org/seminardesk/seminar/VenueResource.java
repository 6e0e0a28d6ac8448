package org.seminardesk.seminar;

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

/** /api/venues: reading is public, writing is for organisers (web.xml). */
@RequestScoped
@Transactional
@Path("venues")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VenueResource {

    @Inject
    VenueService venues;

    @GET
    public List<VenueView> list() {
        return venues.list();
    }

    @GET
    @Path("{id}")
    public VenueView get(@PathParam("id") long id) {
        return venues.find(id).map(VenueView::of).orElseThrow(() -> DomainException.notFound("Venue", id));
    }

    @POST
    public Response create(@NotNull @Valid VenueInput input, @Context UriInfo uri) {
        Venue venue = venues.create(input.details());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(venue.id())).build())
                .entity(VenueView.of(venue)).build();
    }

    @PUT
    @Path("{id}")
    public VenueView update(@PathParam("id") long id, @NotNull @Valid VenueInput input) {
        return VenueView.of(venues.update(id, input.details()));
    }
}
