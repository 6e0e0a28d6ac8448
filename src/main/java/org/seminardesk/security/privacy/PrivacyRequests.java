package org.seminardesk.security.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
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

    @Inject
    ErasureLog erasures;

    /** People without an address of their own are found by name; audited with the count only. */
    public List<PersonalData.NamedParticipant> findByName(String name) {
        List<PersonalData.NamedParticipant> found = data.participantsNamed(name);
        audit.record("privacy.findByName", "person", null, "found=" + found.size());
        return found;
    }

    public Erasure.Erased eraseParticipant(long participantId) {
        Erasure.Erased erased = erasure.participant(participantId);
        audit.record("privacy.eraseParticipant", "participant", participantId, "participants=%d, reportRows=%d, mails=%d, answers=%d"
                .formatted(erased.participants(), erased.reportRows(), erased.mails(), erased.answers()));
        return erased;
    }

    /** After a restore: the logged erasures again; audited with the count only. */
    public int reapplyErasures() {
        int again = erasures.reapply();
        audit.record("privacy.reapplyErasures", "person", null, "addresses=" + again);
        return again;
    }

    public Erasure.Erased erase(String email) {
        Erasure.Erased erased = erasure.byEmail(email);
        audit.record("privacy.erase", "person", null, "participants=%d, reportRows=%d, mails=%d, probono=%d, contacts=%d, answers=%d"
                .formatted(erased.participants(), erased.reportRows(), erased.mails(), erased.probono(), erased.contacts(), erased.answers()));
        return erased;
    }
}
