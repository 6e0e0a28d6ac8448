package org.seminardesk.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.seminardesk.organisation.OrganisationContacts;

/**
 * POST /api/portal-links: a contact who lost their portal link gives their address and, if it is a known
 * contact's, gets a fresh link by mail. The answer is the same whether the address is known or not
 * (202, nothing said about it); the route is rate-limited per client address.
 */
@RequestScoped
@Transactional
@Path("portal-links")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LostLinkResource {

    @Inject
    OrganisationContacts contacts;

    public record Request(@NotBlank @Email @Size(max = 254) String email) implements java.io.Serializable {
    }

    public record Answer(String message) implements java.io.Serializable {
    }

    static final String ANSWER = "If this address belongs to a contact of a member organisation, a link to its page is on its way.";

    @POST
    public Response request(@NotNull @Valid Request request) {
        contacts.mailLostLink(request.email());
        return Response.accepted(new Answer(ANSWER)).build();
    }
}
