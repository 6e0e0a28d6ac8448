package org.seminardesk.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.seminardesk.mail.MailTemplates;
import org.seminardesk.mail.OutboxStore;
import org.seminardesk.mail.ParticipantMail;
import org.seminardesk.security.audit.Audited;

/** Tells attendees through the outbox that their certificate is ready on their own page (the mail carries their link). */
@ApplicationScoped
public class CertificateMail {

    static final String TEMPLATE = "certificate-ready";

    @Inject
    CertificateService certificates;

    @Inject
    MailTemplates templates;

    @Inject
    OutboxStore outbox;

    @Inject
    ParticipantMail participantMail;

    @Transactional
    @Audited("certificate")
    public int tellAttendees(long seminarId) {
        return certificates.tellAttendees(seminarId, person -> {
            var registration = person.registration();
            String recipient = ParticipantMail.recipient(registration, person);
            if (recipient != null) {
                outbox.enqueue(TEMPLATE, recipient, templates.render(TEMPLATE, registration.organisation().language(),
                        participantMail.values(registration, person)), registration.id(), ParticipantMail.link(person));
            }
        });
    }
}
