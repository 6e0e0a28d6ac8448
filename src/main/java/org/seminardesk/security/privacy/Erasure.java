package org.seminardesk.security.privacy;

import static org.seminardesk.mail.OutboxMail.ERASED_RECIPIENT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Erases personal data and keeps the rows: a participant keeps its registration, position and attendance
 * (so counts in reviews and the annual report stay right) but loses name, mail address and needs; the mail
 * sent to them and the attendance-report rows that named them lose the same. Bulk SQL, portable to H2 and
 * PostgreSQL; erasing again changes nothing.
 */
@ApplicationScoped
@Transactional
public class Erasure {

    /** What an erased name reads as. */
    public static final String ERASED = "（消去済み）";
    static final int BATCH = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** contacts: contact persons of member organisations removed (their portal links with them). */
    public record Erased(int participants, int reportRows, int mails, int probono, int contacts) implements java.io.Serializable {

        static final Erased NONE = new Erased(0, 0, 0, 0, 0);

        Erased plus(Erased other) {
            return new Erased(participants + other.participants, reportRows + other.reportRows, mails + other.mails,
                    probono + other.probono, contacts + other.contacts);
        }
    }

    /** Everything held under one mail address (case-insensitive): registrations, report rows, mail, pro bono. */
    public Erased byEmail(String email) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        List<Long> ids = em.createNativeQuery("SELECT id FROM participant WHERE LOWER(email) = :address AND erased_at IS NULL", Long.class)
                .setParameter("address", address).getResultList();
        Erased participants = participants(ids);
        int reportRows = em.createNativeQuery("UPDATE imported_person SET name = :erased, email = NULL WHERE LOWER(email) = :address")
                .setParameter("erased", ERASED).setParameter("address", address).executeUpdate();
        int mails = mailsTo(List.of(address));
        int probono = em.createNativeQuery("UPDATE probono_need SET contact_name = :erased, contact_email = :nobody WHERE LOWER(contact_email) = :address")
                .setParameter("erased", ERASED).setParameter("nobody", ERASED_RECIPIENT).setParameter("address", address).executeUpdate()
                + em.createNativeQuery("UPDATE probono_offer SET name = :erased, affiliation = NULL, email = :nobody WHERE LOWER(email) = :address")
                .setParameter("erased", ERASED).setParameter("nobody", ERASED_RECIPIENT).setParameter("address", address).executeUpdate();
        consentsGivenBy(address);
        requestsNaming(address);
        int contacts = contacts("LOWER(email) = :address", "address", address);
        return participants.plus(new Erased(0, reportRows, mails, probono, contacts));
    }

    /** The participants of seminars that ended before the cutoff, and the unmatched report rows of those seminars. */
    public Erased seminarsEndedBefore(Instant cutoff) {
        List<Long> ids = em.createNativeQuery("""
                SELECT p.id FROM participant p JOIN registration r ON r.id = p.registration_id JOIN seminar s ON s.id = r.seminar_id
                WHERE p.erased_at IS NULL AND COALESCE(s.ends_at, s.starts_at) < :cutoff""", Long.class)
                .setParameter("cutoff", cutoff).setMaxResults(BATCH).getResultList();
        Erased erased = participants(ids);
        int unmatched = em.createNativeQuery("""
                UPDATE imported_person SET name = :erased, email = NULL WHERE name <> :erased AND import_id IN (
                  SELECT i.id FROM attendance_import i JOIN seminar s ON s.id = i.seminar_id WHERE COALESCE(s.ends_at, s.starts_at) < :cutoff)""")
                .setParameter("erased", ERASED).setParameter("cutoff", cutoff).executeUpdate();
        em.createNativeQuery("""
                UPDATE consent_record SET giver_name = NULL, giver_email = NULL WHERE giver_email IS NOT NULL AND registration_id IN (
                  SELECT r.id FROM registration r JOIN seminar s ON s.id = r.seminar_id WHERE COALESCE(s.ends_at, s.starts_at) < :cutoff)""")
                .setParameter("cutoff", cutoff).executeUpdate();
        em.createNativeQuery("""
                DELETE FROM registration_request WHERE seminar_id IN (
                  SELECT s.id FROM seminar s WHERE COALESCE(s.ends_at, s.starts_at) < :cutoff)""")
                .setParameter("cutoff", cutoff).executeUpdate();
        em.createNativeQuery("""
                UPDATE registration SET contact_name = NULL, contact_email = NULL, answers = NULL
                WHERE (contact_email IS NOT NULL OR answers IS NOT NULL) AND seminar_id IN (
                  SELECT s.id FROM seminar s WHERE COALESCE(s.ends_at, s.starts_at) < :cutoff)""")
                .setParameter("cutoff", cutoff).executeUpdate();
        int contacts = contacts("organisation_id IN (SELECT id FROM organisation WHERE active = FALSE AND deactivated_at < :cutoff)",
                "cutoff", cutoff);
        return erased.plus(new Erased(0, unmatched, 0, 0, contacts));
    }

    private Erased participants(List<Long> ids) {
        if (ids.isEmpty()) {
            return Erased.NONE;
        }
        List<String> addresses = em.createNativeQuery("SELECT DISTINCT LOWER(email) FROM participant WHERE id IN (:ids)", String.class)
                .setParameter("ids", ids).getResultList();
        // a named feedback answer is the person's words: it goes with them (anonymous ones were never theirs)
        em.createNativeQuery("DELETE FROM survey_response WHERE participant_id IN (:ids)").setParameter("ids", ids).executeUpdate();
        int reportRows = em.createNativeQuery("UPDATE imported_person SET name = :erased, email = NULL WHERE participant_id IN (:ids)")
                .setParameter("erased", ERASED).setParameter("ids", ids).executeUpdate();
        int participants = em.createNativeQuery("""
                UPDATE participant SET name = :erased, email = CONCAT('erased-', CAST(id AS VARCHAR(20)), '@erased.invalid'),
                  accessibility_needs = NULL, checkin_code = NULL, answers = NULL, erased_at = :now WHERE id IN (:ids) AND erased_at IS NULL""")
                .setParameter("erased", ERASED).setParameter("now", clock.instant()).setParameter("ids", ids).executeUpdate();
        return new Erased(participants, reportRows, mailsTo(addresses), 0, 0);
    }

    /** Consents this person gave stay as counts, without their name and address. */
    private void consentsGivenBy(String address) {
        em.createNativeQuery("UPDATE consent_record SET giver_name = NULL, giver_email = NULL WHERE giver_email = :address")
                .setParameter("address", address).executeUpdate();
    }

    /** Requests never confirmed are of no use a week after their link expired: they go whole. */
    public int unconfirmedRequestsBefore(Instant cutoff) {
        return em.createNativeQuery("DELETE FROM registration_request WHERE status = 'AWAITING_CONFIRMATION' AND created_at < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
    }

    /** A registrant or a person named in a request: name and address go (the request stays as a count). */
    private void requestsNaming(String address) {
        em.createNativeQuery("""
                UPDATE registration_request SET registrant_name = :erased, answers = NULL,
                  registrant_email = CONCAT('erased-', CAST(id AS VARCHAR(20)), '@erased.invalid') WHERE registrant_email = :address""")
                .setParameter("erased", ERASED).setParameter("address", address).executeUpdate();
        em.createNativeQuery("""
                UPDATE registration_request_person SET name = :erased, accessibility_needs = NULL, answers = NULL,
                  email = CONCAT('erased-', CAST(request_id AS VARCHAR(20)), '-', CAST(position AS VARCHAR(10)), '@erased.invalid')
                WHERE email = :address""")
                .setParameter("erased", ERASED).setParameter("address", address).executeUpdate();
        // the answers to once-per-registration questions were the contact's words
        em.createNativeQuery("UPDATE registration SET contact_name = NULL, contact_email = NULL, answers = NULL WHERE contact_email = :address")
                .setParameter("address", address).executeUpdate();
    }

    /** Contact persons matching the condition go, and their portal links stop working. */
    private int contacts(String condition, String parameter, Object value) {
        List<Long> ids = em.createNativeQuery("SELECT id FROM organisation_contact WHERE " + condition, Long.class)
                .setParameter(parameter, value).getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        em.createNativeQuery("DELETE FROM access_link WHERE purpose = 'PORTAL' AND subject_id IN (:ids)").setParameter("ids", ids).executeUpdate();
        return em.createNativeQuery("DELETE FROM organisation_contact WHERE id IN (:ids)").setParameter("ids", ids).executeUpdate();
    }

    /** Mail to these addresses: contents gone; mail not yet sent will not be. */
    private int mailsTo(List<String> addresses) {
        if (addresses.isEmpty()) {
            return 0;
        }
        return em.createNativeQuery("""
                UPDATE mail_outbox SET recipient = :nobody, subject = :erased, body_text = :erased, body_html = NULL,
                  attachment_name = NULL, attachment_type = NULL, attachment_text = NULL,
                  last_error = CASE WHEN status = 'PENDING' THEN 'erased on request' ELSE last_error END,
                  status = CASE WHEN status = 'PENDING' THEN 'FAILED' ELSE status END
                WHERE LOWER(recipient) IN (:addresses)""")
                .setParameter("erased", ERASED).setParameter("nobody", ERASED_RECIPIENT).setParameter("addresses", addresses).executeUpdate();
    }
}
