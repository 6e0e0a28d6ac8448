package org.seminardesk.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.seminardesk.mail.Notifications;
import org.seminardesk.security.audit.Audited;

/** Tells attendees through the outbox that their certificate is ready on their own page (the mail carries their link). */
@ApplicationScoped
public class CertificateMail {

    static final String TEMPLATE = "certificate-ready";

    @Inject
    CertificateService certificates;

    @Inject
    Notifications notices;

    @Transactional
    @Audited("certificate")
    public int tellAttendees(long seminarId) {
        return certificates.tellAttendees(seminarId, person -> notices.tell(TEMPLATE, person, Map.of()));
    }
}
