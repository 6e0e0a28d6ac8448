package org.seminardesk.registration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.seminardesk.platform.DomainException;

/**
 * /api/registration-requests/{token}: the registrant's confirmation link as JSON. GET only reads (mail
 * scanners open links); POST …/confirm confirms and, for a public registrant, answers with the new
 * registration's link token.
 */
@RequestScoped
@Transactional
@Path("registration-requests/{token}")
@Produces(MediaType.APPLICATION_JSON)
public class RegistrationRequestResource {

    @Inject
    RegistrationRequests requests;

    /** The outcome of a confirmation: the registration's link for a public registrant, else null (approval). */
    public record Confirmed(String status, String registrationToken) implements java.io.Serializable {
    }

    @GET
    public RequestView get(@PathParam("token") String token) {
        return requests.show(token).map(RegistrationRequests.Shown::request).orElseThrow(() -> DomainException.notFound("Request", "link"));
    }

    @POST
    @Path("confirm")
    public Confirmed confirm(@PathParam("token") String token) {
        return requests.confirm(token).map(link -> new Confirmed("ACCEPTED", link))
                .orElseGet(() -> new Confirmed("AWAITING_APPROVAL", null));
    }
}
