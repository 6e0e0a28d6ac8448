package org.seminardesk.registration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.seminardesk.platform.DomainException;
import org.seminardesk.platform.Text;

/**
 * /api/registrations: public. Registering without a portal link is a request: 202, and one mail to the
 * registrant's own address with a confirmation link (RegistrationRequests); the same answer whatever is known
 * about the addresses or the organisation. The private link of a registration (/r/) reads, changes and
 * cancels it. A wrong token is a plain 404 that gives nothing away.
 */
@RequestScoped
@Transactional
@Path("registrations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegistrationResource {

    @Inject
    RegistrationService registrations;

    @Inject
    java.time.Clock clock;

    @Inject
    RegistrationRequests requests;

    /** The one answer to every accepted request: nothing about who or what is known. */
    public record Requested(String message) implements java.io.Serializable {
    }

    static final String REQUESTED = "Check your mail: confirm the registration through the link we sent to your address within 24 hours.";

    @POST
    public Response request(@NotNull @Valid RequestInput input) {
        requests.submit(input);
        return Response.accepted(new Requested(REQUESTED)).build();
    }

    @POST
    @Path("{token}/participants")
    public RegistrationView addParticipant(@PathParam("token") String token,
                                           @NotNull @Valid RegistrationInput.ParticipantInput person,
                                           @QueryParam("needsConsent") boolean needsConsent) {
        return RegistrationView.of(registrations.addParticipant(token, RegistrationInput.person(person),
                Consent.of(Consent.GivenBy.LINK_HOLDER, needsConsent)), token, clock.instant());
    }

    /** Corrects a person or puts another in their place; needsConsent as when adding. */
    @jakarta.ws.rs.PUT
    @Path("{token}/participants/{participantId}")
    public RegistrationView replaceParticipant(@PathParam("token") String token, @PathParam("participantId") long participantId,
                                               @NotNull @Valid RegistrationInput.ParticipantInput person,
                                               @QueryParam("needsConsent") boolean needsConsent) {
        return RegistrationView.of(registrations.replaceParticipant(token, participantId, RegistrationInput.person(person),
                Consent.of(Consent.GivenBy.LINK_HOLDER, needsConsent)), token, clock.instant());
    }

    @DELETE
    @Path("{token}/participants/{participantId}")
    public RegistrationView removeParticipant(@PathParam("token") String token, @PathParam("participantId") long participantId) {
        return RegistrationView.of(registrations.removeParticipant(token, participantId), token, clock.instant());
    }

    @GET
    @Path("{token}")
    public RegistrationView get(@PathParam("token") String token) {
        return registrations.view(token).orElseThrow(RegistrationResource::unknown);
    }

    @DELETE
    @Path("{token}")
    public RegistrationView cancel(@PathParam("token") String token, @QueryParam("reason") String reason) {
        if (reason != null && (reason.length() > 500 || !Text.isStorable(reason))) {
            throw DomainException.invalid("reason", "The reason may have at most 500 characters of plain text");
        }
        return RegistrationView.of(registrations.cancel(token, reason), token, clock.instant());
    }

    private static DomainException unknown() {
        return DomainException.notFound("Registration", "link");
    }
}
