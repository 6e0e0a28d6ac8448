package org.seminardesk.speaker;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import org.seminardesk.platform.DomainException;

/** /api/speakers: reading is public, writing is for organisers (web.xml). */
@RequestScoped
@Transactional
@Path("speakers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SpeakerResource {

    @Inject
    SpeakerService speakers;

    @GET
    public List<SpeakerView> list() {
        return speakers.list().stream().map(SpeakerView::of).toList();
    }

    @GET
    @Path("{id}")
    public SpeakerView get(@PathParam("id") long id) {
        return speakers.find(id).map(SpeakerView::of).orElseThrow(() -> DomainException.notFound("Speaker", id));
    }

    @POST
    public Response create(@NotNull @Valid SpeakerInput input, @Context UriInfo uri) {
        Speaker speaker = speakers.create(input.details());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(speaker.id())).build())
                .entity(SpeakerView.of(speaker)).build();
    }

    @PUT
    @Path("{id}")
    public SpeakerView update(@PathParam("id") long id, @NotNull @Valid SpeakerInput input) {
        return SpeakerView.of(speakers.update(id, input.details()));
    }
}
