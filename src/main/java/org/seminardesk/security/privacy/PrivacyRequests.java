package org.seminardesk.security.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.seminardesk.security.audit.AuditLog;

/** A person's request, answered and recorded in the audit log (counts only, never the address). */
@ApplicationScoped
@Transactional
public class PrivacyRequests {

    @Inject
    PersonalData data;

    @Inject
    Erasure erasure;

    @Inject
    AuditLog audit;

    public PersonalData.Held export(String email) {
        PersonalData.Held held = data.about(email);
        audit.record("privacy.export", "person", null, "participations=" + held.participations().size());
        return held;
    }

    public Erasure.Erased erase(String email) {
        Erasure.Erased erased = erasure.byEmail(email);
        audit.record("privacy.erase", "person", null, "participants=%d, reportRows=%d, mails=%d, probono=%d"
                .formatted(erased.participants(), erased.reportRows(), erased.mails(), erased.probono()));
        return erased;
    }
}
