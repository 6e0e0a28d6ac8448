package org.seminardesk.meeting;

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

/**
 * /api/manage/meetings/{id}: organisers edit a meeting's agenda (proposals, minutes) and roster (presence), and
 * send a meeting held in writing to its members; staff may read (web.xml).
 */
@RequestScoped
@Transactional
@Path("manage/meetings/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingResource {

    @Inject
    MeetingService meetings;

    @Context
    SecurityContext security;

    @GET
    public MeetingView get(@PathParam("id") long id) {
        return meetings.view(id);
    }

    @PUT
    @Path("agenda")
    public MeetingView agenda(@PathParam("id") long id, @NotNull @Valid MeetingInputs.Agenda agenda) {
        return meetings.reviseAgenda(id, agenda.items());
    }

    @PUT
    @Path("roster")
    public MeetingView roster(@PathParam("id") long id, @NotNull @Valid MeetingInputs.Roster roster) {
        return meetings.replaceRoster(id, roster.lines());
    }

    @POST
    @Path("consultation")
    public Response consult(@PathParam("id") long id, @NotNull @Valid MeetingInputs.Consultation input, @Context UriInfo uri) {
        ConsultationView sent = meetings.consult(id, input.replyDeadline().toInstant(), security.getUserPrincipal().getName());
        return Response.created(uri.getAbsolutePath()).entity(sent).build();
    }

    /** A new reply link for one member, mailed to it; the old link stops working. */
    @POST
    @Path("consultation/replies/{organisationId}/link")
    public ConsultationView renewLink(@PathParam("id") long id, @PathParam("organisationId") long organisationId) {
        return meetings.renewReplyLink(id, organisationId);
    }

    @GET
    @Path("consultation")
    public ConsultationView consultation(@PathParam("id") long id) {
        return meetings.consultation(id);
    }
}
