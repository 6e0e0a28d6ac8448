package org.seminardesk.security.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.seminardesk.security.audit.AuditLog;

/**
 * How long personal data is kept (SEMINARDESK_RETENTION_MONTHS, default 60: after a seminar's end, a mail's
 * sending, a pro bono entry, an organisation's deactivation; shorter for idempotency keys and client
 * addresses), and erasing what is older through every feature's holder. Safe on any number of nodes: each batch erases only rows not yet erased.
 */
@Named("retention")
@ApplicationScoped
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class);

    @Inject
    @ConfigProperty(name = "seminardesk.retention-months", defaultValue = "60")
    int months;

    @Inject
    Erasure erasure;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;


    public int getMonths() {
        return months;
    }

    /** Erases, batch by batch, everything past the period, through every feature's holder. */
    public Erasure.Erased run() {
        Instant cutoff = clock.instant().atZone(ZoneId.of("Asia/Tokyo")).minusMonths(months).toInstant();
        Erasure.Erased total = Erasure.Erased.NONE;
        Erasure.Erased batch;
        do {
            batch = erasure.pastRetention(cutoff);
            total = total.plus(batch);
        } while (batch.participants() == Erasure.BATCH);
        if (total.participants() + total.reportRows() + total.mails() + total.probono() + total.contacts() + total.answers() > 0) {
            audit.recordAs(AuditLog.SYSTEM, "privacy.retention", "person", null, "participants=%d, reportRows=%d, mails=%d, probono=%d, contacts=%d"
                    .formatted(total.participants(), total.reportRows(), total.mails(), total.probono(), total.contacts()));
            LOG.infof("Retention: erased %d participants of seminars that ended before %s", total.participants(), cutoff);
        }
        return total;
    }
}
