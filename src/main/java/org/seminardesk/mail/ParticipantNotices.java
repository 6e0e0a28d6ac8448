package org.seminardesk.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.seminardesk.registration.Participant;

/**
 * Tells one participant something through the outbox: the template in their organisation's language with the
 * usual facts, to their address (else their registration's contact), carrying their own page's link.
 */
@ApplicationScoped
public class ParticipantNotices {

    @Inject
    MailTemplates templates;

    @Inject
    OutboxStore outbox;

    @Inject
    ParticipantMail participantMail;

    /** extra: values the template needs beyond the facts (e.g. a material's title). Nobody to write to: nothing. */
    public void tell(String template, Participant person, Map<String, String> extra) {
        tell(template, person, extra, ParticipantMail.link(person));
    }

    /** The same carrying another private link of theirs (e.g. their questionnaire's) instead of their page's. */
    public void tell(String template, Participant person, Map<String, String> extra, MailLink link) {
        var registration = person.registration();
        String recipient = ParticipantMail.recipient(registration, person);
        if (recipient == null) {
            return;
        }
        Map<String, String> values = participantMail.values(registration, person);
        values.putAll(extra);
        outbox.enqueue(template, recipient, templates.render(template, registration.organisation().language(), values),
                registration.id(), link);
    }
}
