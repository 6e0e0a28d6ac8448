package org.seminardesk.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.seminardesk.platform.persistence.NativeValues;
import org.seminardesk.platform.i18n.PageTexts;
import org.seminardesk.question.Answers;
import org.seminardesk.question.QuestionService;
import org.seminardesk.security.privacy.Erasure;
import org.seminardesk.security.privacy.PersonalData;
import org.seminardesk.security.privacy.PersonalDataHolder;
import org.seminardesk.security.privacy.PersonalRows;

/**
 * Registrations' personal data: participants (name, address, needs, answers, check-in code), the contact and
 * answers of a registration, its cancel reason, requests awaiting confirmation, consent records and the
 * Idempotency-Keys' hashes. Runs last: other holders find their rows through participants' addresses first.
 */
@ApplicationScoped
public class RegistrationPersonalData implements PersonalDataHolder {

    private static final String ERASED = Erasure.ERASED;

    @PersistenceContext
    EntityManager em;

    @Inject
    QuestionService questions;

    @Inject
    java.time.Clock clock;

    @Override
    public Set<String> tables() {
        return Set.of("participant", "registration", "registration_request", "registration_request_person", "consent_record",
                "idempotency_key");
    }

    @Override
    public int order() {
        return 1000;
    }

    @Override
    public void export(String address, PersonalData.Export export) {
        PersonalRows.under(em, """
                SELECT s.title_ja, s.starts_at, o.name AS organisation, r.status, p.name, p.email, p.accessibility_needs,
                       a.online_minutes, a.checked_in_at, p.checkin_code, c.number, p.attendance_mode, p.answers, s.id
                FROM participant p JOIN registration r ON r.id = p.registration_id JOIN seminar s ON s.id = r.seminar_id
                JOIN organisation o ON o.id = r.organisation_id LEFT JOIN participant_attendance a ON a.participant_id = p.id
                LEFT JOIN certificate c ON c.participant_id = p.id
                WHERE LOWER(p.email) = :address ORDER BY s.starts_at""", address).forEach(t -> export.participations.add(
                new PersonalData.AsParticipant(t.get(0, String.class), NativeValues.instant(t.get(1)), t.get(2, String.class),
                        t.get(3, String.class), t.get(4, String.class), t.get(5, String.class), t.get(6, String.class),
                        PersonalRows.integer(t.get(7)), NativeValues.instant(t.get(8)), t.get(9, String.class), t.get(10, String.class),
                        t.get(11, String.class), answerLines(((Number) t.get(13)).longValue(), t.get(12, String.class)))));
        PersonalRows.under(em, """
                SELECT s.title_ja, c.given_by, c.given_at, c.notice_version, c.people, c.needs_consent FROM consent_record c
                JOIN registration r ON r.id = c.registration_id JOIN seminar s ON s.id = r.seminar_id
                WHERE c.giver_email = :address ORDER BY c.given_at""", address).forEach(t -> export.consentsGiven.add(
                new PersonalData.ConsentGiven(t.get(0, String.class), t.get(1, String.class), NativeValues.instant(t.get(2)),
                        t.get(3, String.class), ((Number) t.get(4)).intValue(), Boolean.TRUE.equals(t.get(5)))));
        PersonalRows.under(em, """
                SELECT s.title_ja, q.status, q.registrant_name, q.registrant_email, p.name, p.email, p.accessibility_needs, q.created_at
                FROM registration_request q JOIN seminar s ON s.id = q.seminar_id
                LEFT JOIN registration_request_person p ON p.request_id = q.id AND (q.registrant_email = :address OR p.email = :address)
                WHERE q.registrant_email = :address OR EXISTS (SELECT 1 FROM registration_request_person x WHERE x.request_id = q.id AND x.email = :address)
                ORDER BY q.created_at""", address).forEach(t -> export.requests.add(
                new PersonalData.InRequest(t.get(0, String.class), t.get(1, String.class), t.get(2, String.class), t.get(3, String.class),
                        t.get(4, String.class), t.get(5, String.class), t.get(6, String.class), NativeValues.instant(t.get(7)))));
    }

    /** Their answers to the seminar's questions, as "question：answer" lines (Japanese yes/no). */
    private List<String> answerLines(long seminarId, String json) {
        if (json == null) {
            return List.of();
        }
        return questions.of(seminarId).lines(new Answers().convertToEntityAttribute(json),
                List.of(PageTexts.japanese("question.yes"), PageTexts.japanese("question.no")));
    }

    @Override
    public void erase(String address, Erasure.Tally tally) {
        // a cancel reason is free text about the group: it goes when one of its people is erased
        tally.answers += em.createNativeQuery("UPDATE registration SET cancel_reason = NULL WHERE cancel_reason IS NOT NULL"
                + " AND id IN (SELECT registration_id FROM participant WHERE LOWER(email) = ?1)").setParameter(1, address).executeUpdate();
        int batch;
        do {
            batch = participants(idsOf("SELECT id FROM participant WHERE LOWER(email) = ?1 AND erased_at IS NULL", address));
            tally.participants += batch;
        } while (batch == Erasure.BATCH);
        em.createNativeQuery("UPDATE consent_record SET giver_name = NULL, giver_email = NULL WHERE giver_email = ?1")
                .setParameter(1, address).executeUpdate();
        em.createNativeQuery("""
                UPDATE registration_request SET registrant_name = ?2, answers = NULL,
                  registrant_email = CONCAT('erased-', CAST(id AS VARCHAR(20)), '@erased.invalid') WHERE registrant_email = ?1""")
                .setParameter(1, address).setParameter(2, ERASED).executeUpdate();
        em.createNativeQuery("""
                UPDATE registration_request_person SET name = ?2, accessibility_needs = NULL, answers = NULL,
                  email = CONCAT('erased-', CAST(request_id AS VARCHAR(20)), '-', CAST(position AS VARCHAR(10)), '@erased.invalid')
                WHERE email = ?1""").setParameter(1, address).setParameter(2, ERASED).executeUpdate();
        // the contact's own words: the answers to once-per-registration questions and the reason they cancelled
        tally.answers += em.createNativeQuery("""
                UPDATE registration SET contact_name = NULL, contact_email = NULL, answers = NULL, cancel_reason = NULL
                WHERE contact_email = ?1""").setParameter(1, address).executeUpdate();
    }

    @Override
    public void eraseParticipant(long participantId, Erasure.Tally tally) {
        tally.answers += em.createNativeQuery("UPDATE registration SET cancel_reason = NULL WHERE cancel_reason IS NOT NULL"
                + " AND id IN (SELECT registration_id FROM participant WHERE id = ?1)").setParameter(1, participantId).executeUpdate();
        tally.participants += participants(List.of(participantId));
    }

    @Override
    public void expire(Instant cutoff, Instant now, Erasure.Tally tally) {
        tally.participants += participants(idsOf("""
                SELECT p.id FROM participant p JOIN registration r ON r.id = p.registration_id JOIN seminar s ON s.id = r.seminar_id
                WHERE p.erased_at IS NULL AND COALESCE(s.ends_at, s.starts_at) < ?1""", cutoff));
        String endedBefore = "SELECT s.id FROM seminar s WHERE COALESCE(s.ends_at, s.starts_at) < ?1";
        em.createNativeQuery("UPDATE consent_record SET giver_name = NULL, giver_email = NULL WHERE giver_email IS NOT NULL"
                + " AND registration_id IN (SELECT r.id FROM registration r WHERE r.seminar_id IN (" + endedBefore + "))")
                .setParameter(1, cutoff).executeUpdate();
        em.createNativeQuery("DELETE FROM registration_request WHERE seminar_id IN (" + endedBefore + ")").setParameter(1, cutoff).executeUpdate();
        // requests never confirmed are of no use a week after their link expired: they go whole
        em.createNativeQuery("DELETE FROM registration_request WHERE status = 'AWAITING_CONFIRMATION' AND created_at < ?1")
                .setParameter(1, now.minus(java.time.Duration.ofDays(8))).executeUpdate();
        tally.answers += em.createNativeQuery("""
                UPDATE registration SET contact_name = NULL, contact_email = NULL, answers = NULL, cancel_reason = NULL
                WHERE (contact_email IS NOT NULL OR answers IS NOT NULL OR cancel_reason IS NOT NULL) AND seminar_id IN (""" + endedBefore + ")")
                .setParameter(1, cutoff).executeUpdate();
        em.createNativeQuery("DELETE FROM idempotency_key WHERE created_at < ?1").setParameter(1, now.minus(IdempotencyKey.KEPT)).executeUpdate();
    }

    @Override
    public Stream<String> addresses() {
        return Stream.of(PersonalRows.addressesIn(em, "participant", "email"), PersonalRows.addressesIn(em, "registration", "contact_email"),
                PersonalRows.addressesIn(em, "registration_request", "registrant_email"),
                PersonalRows.addressesIn(em, "registration_request_person", "email"),
                PersonalRows.addressesIn(em, "consent_record", "giver_email")).flatMap(s -> s);
    }

    @SuppressWarnings("unchecked")
    private List<Long> idsOf(String sql, Object value) {
        return em.createNativeQuery(sql, Long.class).setParameter(1, value).setMaxResults(Erasure.BATCH).getResultList();
    }

    private int participants(List<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createNativeQuery("""
                UPDATE participant SET name = :erased, email = CONCAT('erased-', CAST(id AS VARCHAR(20)), '@erased.invalid'),
                  accessibility_needs = NULL, checkin_code = NULL, answers = NULL, erased_at = :now WHERE id IN (:ids) AND erased_at IS NULL""")
                .setParameter("erased", ERASED).setParameter("now", clock.instant()).setParameter("ids", ids).executeUpdate();
    }
}
