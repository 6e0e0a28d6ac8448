package org.seminardesk.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.seminardesk.platform.link.AccessLinks;

/**
 * The outbox table: enqueue in the caller's transaction; claim due rows so that no two dispatchers (threads or
 * nodes) ever hold the same row; record each outcome.
 */
@ApplicationScoped
@Transactional
public class OutboxStore {

    /** A claim is given up if its dispatcher died: after this long another may take the row. */
    @Inject
    @ConfigProperty(name = "seminardesk.mail.claim-lease-seconds", defaultValue = "120")
    long claimLeaseSeconds;

    /**
     * The due rows to claim, up to :limit, oldest due first, read in the order of the index
     * ix_mail_outbox_due_in_order, so a claim reads the rows it takes, not every due row. A query of its own,
     * not a sub-select of the UPDATE: inside it PostgreSQL planned the candidates once from statistics of a
     * near-empty outbox and ran them for every outer row, and one claim over 47 000 due rows ran for minutes
     * at full CPU, holding up the mail and every registration beside it (docs/performance.md, 2026-12-07).
     */
    private static final String DUE = """
            SELECT id FROM mail_outbox
            WHERE status = 'PENDING' AND next_attempt_at <= ?1 AND (claim_expires_at IS NULL OR claim_expires_at < ?1)
            ORDER BY next_attempt_at, id FETCH FIRST %d ROWS ONLY%s""";

    /**
     * Marks the chosen rows with this batch's id. The row conditions stand here too, so a row another dispatcher
     * claimed meanwhile (where the rows were not locked as they were chosen: H2) no longer matches.
     */
    private static final String CLAIM = """
            UPDATE mail_outbox SET claimed_by = ?1, claim_expires_at = ?2
            WHERE id IN (?4) AND status = 'PENDING' AND next_attempt_at <= ?3
              AND (claim_expires_at IS NULL OR claim_expires_at < ?3)""";

    /**
     * On PostgreSQL the candidates are also locked as they are chosen, skipping rows another claim holds:
     * without it two claims may lock overlapping rows in different orders and deadlock. (H2 serialises the
     * claims on its own; the UPDATE checks the row conditions again.)
     */
    private static final String POSTGRESQL_LOCKING = " FOR UPDATE SKIP LOCKED";

    @Inject
    @ConfigProperty(name = "seminardesk.mail.max-attempts", defaultValue = "8")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "seminardesk.mail.retry-base-seconds", defaultValue = "30")
    int retryBaseSeconds;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AccessLinks accessLinks;

    @Inject
    RegistrationMails registrationMails;

    @Inject
    org.seminardesk.platform.persistence.DatabaseProduct database;

    /** link: the private link the mail carries (AccessLinks.MAIL_LINK in its body), or null. */
    public OutboxMail enqueue(String kind, String recipient, RenderedMail content, Long registrationId, MailLink link) {
        boolean carriesLink = content.text().contains(AccessLinks.MAIL_LINK)
                || content.html() != null && content.html().contains(AccessLinks.MAIL_LINK);
        // No token is issued for a mail whose text has no place for the link.
        OutboxMail mail = new OutboxMail(kind, recipient, content, registrationId, null, carriesLink ? link : null, clock.instant());
        em.persist(mail);
        return mail;
    }

    /**
     * A mail owed to one of a registration's people, written by the dispatcher when it claims the row
     * ({@link RegistrationMails#write}): nothing is rendered in the transaction that owes it.
     */
    public OutboxMail owe(String kind, String recipient, long registrationId, long participantId, String note, MailLink link) {
        OutboxMail mail = OutboxMail.owed(kind, recipient, registrationId, participantId, note, link, clock.instant());
        em.persist(mail);
        return mail;
    }

    public OutboxMail enqueueAnnouncement(String recipient, RenderedMail content, long announcementId) {
        OutboxMail mail = new OutboxMail("announcement", recipient, content, null, announcementId, null, clock.instant());
        em.persist(mail);
        return mail;
    }

    /** How far an announcement's delivery has come: rows per status (absent: none). */
    public Map<OutboxMail.Status, Long> progressOf(long announcementId) {
        Map<OutboxMail.Status, Long> counts = new EnumMap<>(OutboxMail.Status.class);
        em.createNamedQuery("OutboxMail.countForAnnouncement", Object[].class)
                .setParameter("announcement", announcementId).getResultList()
                .forEach(row -> counts.put((OutboxMail.Status) row[0], (Long) row[1]));
        return counts;
    }

    public List<OutboxMail> forAnnouncement(long announcementId, int first, int max) {
        return em.createNamedQuery("OutboxMail.findForAnnouncement", OutboxMail.class)
                .setParameter("announcement", announcementId).setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** The first wait after a failed attempt; each next one is twice as long (OutboxMail.attemptFailed). */
    private Duration retryBase() {
        return Duration.ofSeconds(retryBaseSeconds);
    }

    /** How long a claim holds unless its dispatcher renews it (SentLog.keepClaim). */
    public Duration claimLease() {
        return Duration.ofSeconds(claimLeaseSeconds);
    }

    /**
     * Claims due rows for this dispatcher, writes those owed to a participant (stored with the claim, so a resend
     * sends the same words) and issues the private link each of them carries.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<OutboxMail> claimDue(int limit) {
        String batch = UUID.randomUUID().toString();
        Instant now = clock.instant();
        List<?> due = em.createNativeQuery(DUE.formatted(limit, database.postgresql() ? POSTGRESQL_LOCKING : ""))
                .setParameter(1, now).getResultList();
        if (due.isEmpty()) {
            return List.of();
        }
        List<Long> ids = due.stream().map(id -> ((Number) id).longValue()).toList();
        int claimed = em.createNativeQuery(CLAIM)
                .setParameter(1, batch).setParameter(2, now.plusSeconds(claimLeaseSeconds)).setParameter(3, now)
                .setParameter(4, ids).executeUpdate();
        if (claimed == 0) {
            return List.of();
        }
        List<OutboxMail> mails = new java.util.ArrayList<>(em.createNamedQuery("OutboxMail.findClaimed", OutboxMail.class)
                .setParameter("batch", batch).getResultList());
        registrationMails.preload(mails);
        mails.stream().filter(mail -> !mail.written()).forEach(mail -> writeOrPostpone(mail, now));
        em.flush();
        mails.forEach(em::detach);
        mails.removeIf(mail -> !mail.written() || mail.status() != OutboxMail.Status.PENDING); // erased, or to try later
        for (OutboxMail mail : mails) {
            MailLink link = mail.link();
            if (link != null && mail.carriesLink()) {
                // A fresh token for this attempt, committed with the claim so it works once the mail arrives.
                mail.carry(accessLinks.url(link.purpose(), accessLinks.issue(link.purpose(), link.subjectId())));
            }
        }
        return mails;
    }

    /**
     * A mail that cannot be written now (a fault in its template or data) is tried again later like one the SMTP
     * server refused, and fails in the end, instead of holding up the mail claimed with it.
     */
    private void writeOrPostpone(OutboxMail mail, Instant now) {
        try {
            registrationMails.write(mail);
        } catch (RuntimeException fault) {
            org.jboss.logging.Logger.getLogger(OutboxStore.class).warnf(fault, "Could not write mail %d", mail.id());
            mail.attemptFailed("could not be written: " + fault.getMessage(), now, maxAttempts, retryBase());
        }
    }


    /**
     * A failed attempt: tried again after the back-off, or failed for good when permanent (a 5xx refusal) or
     * after the last attempt. The row is read locked: an erasure committed while the attempt ran must be what
     * is written back, not the content the attempt started from (Hibernate writes every column).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(long id, String error, boolean permanent) {
        em.find(OutboxMail.class, id, LockModeType.PESSIMISTIC_WRITE)
                .attemptFailed(error, clock.instant(), permanent ? 1 : maxAttempts, retryBase());
    }

    @org.seminardesk.security.audit.Audited("mail")
    public OutboxMail resend(long id) {
        OutboxMail mail = find(id);
        mail.resend(clock.instant());
        return mail;
    }

    public OutboxMail find(long id) {
        return java.util.Optional.ofNullable(em.find(OutboxMail.class, id))
                .orElseThrow(() -> org.seminardesk.platform.DomainException.notFound("Mail", id));
    }

    public List<OutboxMail> forRegistration(long registrationId) {
        return em.createNamedQuery("OutboxMail.findForRegistration", OutboxMail.class)
                .setParameter("registration", registrationId).getResultList();
    }
}
