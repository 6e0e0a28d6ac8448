package org.seminardesk.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.seminardesk.question.AnswerInput;
import org.seminardesk.registration.Registration;
import org.seminardesk.registration.RegistrationInput;
import org.seminardesk.registration.RegistrationInput.ParticipantInput;
import org.seminardesk.registration.RegistrationView;
import org.seminardesk.registration.RequestView;

/**
 * /api/portal/{token}: an organisation's portal for the holder of a contact's link (public, rate-limited like
 * the other token routes). A wrong token is a plain 404.
 */
@RequestScoped
@Transactional
@Path("portal/{token}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PortalResource {

    static final String CONSENT = "must be true: you told the staff you register about the privacy notice (/privacy.xhtml) and they agreed";

    @Inject
    PortalService portal;

    @Inject
    java.time.Clock clock;

    /** Staff to register for a seminar; the organisation is the link's. */
    public record StaffRegistration(
            @NotNull(message = CONSENT) @AssertTrue(message = CONSENT) Boolean privacyConsent,
            @NotNull Long seminarId,
            @NotEmpty @Size(max = Registration.MAX_PARTICIPANTS) List<@NotNull @Valid ParticipantInput> participants,
            Boolean needsConsent,
            @Size(max = 20) List<@NotNull @Valid AnswerInput> answers) implements java.io.Serializable {
    }

    /** A fresh private link's token, for the page it opens (/r/, /s/ or /w/). */
    public record Link(String token) implements java.io.Serializable {
    }

    @GET
    public PortalView get(@PathParam("token") String token) {
        return portal.view(token);
    }

    /** Answered after the commit, outside the seminar's lock, as ManagedRegistrationResource#register. */
    @POST
    @Path("registrations")
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public RegistrationView register(@PathParam("token") String token, @NotNull @Valid StaffRegistration input) {
        return RegistrationView.of(portal.register(token, input.seminarId(),
                input.participants().stream().map(RegistrationInput::person).toList(), Boolean.TRUE.equals(input.needsConsent()),
                input.answers() == null ? List.of() : input.answers()), null, clock.instant());
    }

    @POST
    @Path("registrations/{id}/link")
    public Link registrationLink(@PathParam("token") String token, @PathParam("id") long id) {
        return new Link(portal.registrationToken(token, id));
    }

    @POST
    @Path("requests/{id}/approve")
    public RequestView approve(@PathParam("token") String token, @PathParam("id") long id) {
        return portal.decide(token, id, true);
    }

    @POST
    @Path("requests/{id}/decline")
    public RequestView decline(@PathParam("token") String token, @PathParam("id") long id) {
        return portal.decide(token, id, false);
    }

    @POST
    @Path("surveys/{id}/link")
    public Link surveyLink(@PathParam("token") String token, @PathParam("id") long id) {
        return new Link(portal.surveyToken(token, id));
    }

    @POST
    @Path("meetings/{id}/link")
    public Link meetingLink(@PathParam("token") String token, @PathParam("id") long id) {
        return new Link(portal.meetingToken(token, id));
    }
}
