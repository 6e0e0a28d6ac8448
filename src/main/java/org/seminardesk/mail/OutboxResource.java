package org.seminardesk.mail;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import org.seminardesk.platform.DomainException;
import org.seminardesk.platform.api.Times;

/**
 * /api/manage/mail?registrationId=…: what was sent to whom, and what is waiting or failed (organisers, staff);
 * organisers resend what failed.
 */
@RequestScoped
@Transactional
@Path("manage/mail")
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {

    public record MailView(long id, String kind, String recipient, String subject, OutboxMail.Status status,
                           int attempts, String lastError, OffsetDateTime nextAttemptAt, OffsetDateTime sentAt) implements java.io.Serializable {

        static MailView of(OutboxMail m) {
            return new MailView(m.id(), m.kind(), m.recipient(), m.subject(), m.status(), m.attempts(), m.lastError(),
                    Times.inTokyo(m.nextAttemptAt()), Times.inTokyo(m.sentAt()));
        }
    }

    @Inject
    OutboxStore outbox;

    /** Tries a FAILED mail again (organisers). */
    @POST
    @Path("{id}/resend")
    public MailView resend(@PathParam("id") long id) {
        return MailView.of(outbox.resend(id));
    }

    @GET
    public List<MailView> forRegistration(@QueryParam("registrationId") Long registrationId) {
        if (registrationId == null) {
            throw DomainException.invalid("registrationId", "Name the registration whose mail to show");
        }
        return outbox.forRegistration(registrationId).stream().map(MailView::of).toList();
    }
}
