package org.seminardesk.registration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * /api/manage/registrations (organisers): registering on an organisation's behalf (it called, wrote or faxed),
 * and the requests that wait for a member's approval. The answer carries the registration's link, for the
 * organiser to pass on; with an Idempotency-Key a retry answers with the first result, without the link.
 */
@RequestScoped
@Transactional
@Path("manage/registrations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ManagedRegistrationResource {

    @Inject
    RegistrationService registrations;

    @Inject
    java.time.Clock clock;

    @Inject
    RegistrationRequests requests;

    /**
     * Not in a transaction of its own: the service's ends as it returns, so the answer is built after the commit.
     * The seminar's row stays locked from the seat UPDATE to the commit, and every registration for a hot seminar
     * waits for that lock; building the answer inside it (the view, the era date, the link) made the wait longer.
     */
    @POST
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Response register(@NotNull @Valid RegistrationInput input, @HeaderParam("Idempotency-Key") String key,
                             @Context SecurityContext security, @Context UriInfo uri) {
        Consent consent = new Consent(Consent.GivenBy.ORGANISER, security.getUserPrincipal().getName(), null,
                Boolean.TRUE.equals(input.needsConsent()));
        RegistrationService.Registered result =
                registrations.register(input.seminarId(), input.organisationId(), input.people(), consent, key,
                        input.answers() == null ? List.of() : input.answers());
        Response.ResponseBuilder answer = result.replayed()
                ? Response.status(Response.Status.CREATED).header("Idempotent-Replayed", "true")
                : Response.created(uri.getBaseUriBuilder().path("registrations").path(result.tokenValue()).build());
        return answer.entity(RegistrationView.of(result.registration(), result.tokenValue(), clock.instant())).build();
    }

    @GET
    @Path("requests")
    public List<RequestView> awaitingApproval() {
        return requests.awaitingApproval().stream().map(RequestView::of).toList();
    }

    @POST
    @Path("requests/{id}/approve")
    public RequestView approve(@PathParam("id") long id, @Context SecurityContext security) {
        return RequestView.of(requests.decide(null, id, true, security.getUserPrincipal().getName()));
    }

    @POST
    @Path("requests/{id}/decline")
    public RequestView decline(@PathParam("id") long id, @Context SecurityContext security) {
        return RequestView.of(requests.decide(null, id, false, security.getUserPrincipal().getName()));
    }
}
