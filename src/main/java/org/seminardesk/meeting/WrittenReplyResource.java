package org.seminardesk.meeting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.seminardesk.platform.api.RequestLanguage;

/**
 * /api/written-replies/{token}: a member organisation reads a meeting held in writing and replies, through the
 * link it was mailed. The token is the credential; an unknown or malformed one is simply 404.
 */
@RequestScoped
@Path("written-replies/{token}")
@Produces(MediaType.APPLICATION_JSON)
public class WrittenReplyResource {

    @Inject
    MeetingService meetings;

    @Context
    HttpHeaders headers;

    @GET
    public ReplyView get(@PathParam("token") String token) {
        return meetings.reply(token, language());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public ReplyView answer(@PathParam("token") String token, @NotNull @Valid MeetingInputs.Reply reply) {
        return meetings.answer(token, reply.answers(), language());
    }

    private Locale language() {
        return RequestLanguage.of(headers);
    }
}
