package org.seminardesk.security.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Everything the platform holds under one mail address, for a person who asks (APPI disclosure request). */
@ApplicationScoped
@Transactional
public class PersonalData {

    public record Held(String email, List<AsParticipant> participations, List<InReport> attendanceReportRows,
                       List<Mail> mails, List<ProBono> probono, List<AsContact> contactOf, List<ConsentGiven> consentsGiven,
                       List<InRequest> requests, List<FeedbackAnswer> feedback) implements java.io.Serializable {

        public boolean isEmpty() {
            return participations.isEmpty() && attendanceReportRows.isEmpty() && mails.isEmpty() && probono.isEmpty()
                    && contactOf.isEmpty() && consentsGiven.isEmpty() && requests.isEmpty();
        }
    }

    /** A registration request (without a portal link) this address made or is named in. */
    public record InRequest(String seminar, String status, String registrantName, String registrantEmail, String name,
                            String email, String accessibilityNeeds, Instant createdAt) implements java.io.Serializable {
    }

    /** A member organisation this address is a contact person of. */
    public record AsContact(String organisation, String name, String email, String phone, String role, Instant since) implements java.io.Serializable {
    }

    /** A consent this address gave when registering people: when, for how many, under which notice. */
    public record ConsentGiven(String seminar, String givenBy, Instant givenAt, String noticeVersion, int people, boolean needsConsent) implements java.io.Serializable {
    }

    public record AsParticipant(String seminar, Instant seminarStartsAt, String organisation, String registrationStatus,
                                String name, String email, String accessibilityNeeds, Integer onlineMinutes, Instant checkedInAt,
                                String checkinCode, String certificateNumber, String attendanceMode, List<String> answers)
            implements java.io.Serializable {
    }

    /** A named answer to a feedback questionnaire: the survey, and each answer (an option's label or the text). */
    public record FeedbackAnswer(String survey, Instant submittedAt, String question, String answer) implements java.io.Serializable {
    }

    public record InReport(String seminar, String fileName, String name, String email, int minutes) implements java.io.Serializable {
    }

    public record Mail(String subject, String status, Instant createdAt, Instant sentAt) implements java.io.Serializable {
    }

    public record ProBono(String kind, String name, String email, String text) implements java.io.Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    org.seminardesk.question.QuestionService questions;

    /** Their answers to the seminar's questions, as "question：answer" lines (Japanese yes/no). */
    private List<String> answerLines(long seminarId, String json) {
        if (json == null) {
            return List.of();
        }
        return questions.of(seminarId).lines(new org.seminardesk.question.Answers().convertToEntityAttribute(json),
                List.of(org.seminardesk.platform.i18n.PageTexts.japanese("question.yes"),
                        org.seminardesk.platform.i18n.PageTexts.japanese("question.no")));
    }

    public Held about(String email) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        List<AsParticipant> participations = rows("""
                SELECT s.title_ja, s.starts_at, o.name AS organisation, r.status, p.name, p.email, p.accessibility_needs,
                       a.online_minutes, a.checked_in_at, p.checkin_code, c.number, p.attendance_mode, p.answers, s.id
                FROM participant p JOIN registration r ON r.id = p.registration_id JOIN seminar s ON s.id = r.seminar_id
                JOIN organisation o ON o.id = r.organisation_id LEFT JOIN participant_attendance a ON a.participant_id = p.id
                LEFT JOIN certificate c ON c.participant_id = p.id
                WHERE LOWER(p.email) = :address ORDER BY s.starts_at""", address).stream()
                .map(t -> new AsParticipant(t.get(0, String.class), instant(t.get(1)), t.get(2, String.class), t.get(3, String.class),
                        t.get(4, String.class), t.get(5, String.class), t.get(6, String.class),
                        t.get(7) == null ? null : ((Number) t.get(7)).intValue(), instant(t.get(8)), t.get(9, String.class),
                        t.get(10, String.class), t.get(11, String.class),
                        answerLines(((Number) t.get(13)).longValue(), t.get(12, String.class)))).toList();
        List<InReport> reportRows = rows("""
                SELECT s.title_ja, i.file_name, ip.name, ip.email, ip.minutes FROM imported_person ip
                JOIN attendance_import i ON i.id = ip.import_id JOIN seminar s ON s.id = i.seminar_id
                LEFT JOIN participant p ON p.id = ip.participant_id
                WHERE LOWER(ip.email) = :address OR LOWER(p.email) = :address""", address).stream()
                .map(t -> new InReport(t.get(0, String.class), t.get(1, String.class), t.get(2, String.class), t.get(3, String.class),
                        ((Number) t.get(4)).intValue())).toList();
        List<Mail> mails = rows("SELECT subject, status, created_at, sent_at FROM mail_outbox WHERE LOWER(recipient) = :address ORDER BY created_at",
                address).stream().map(t -> new Mail(t.get(0, String.class), t.get(1, String.class), instant(t.get(2)), instant(t.get(3)))).toList();
        List<ProBono> probono = rows("""
                SELECT 'need', contact_name, contact_email, title FROM probono_need WHERE LOWER(contact_email) = :address
                UNION ALL SELECT 'offer', name, email, skills FROM probono_offer WHERE LOWER(email) = :address""", address).stream()
                .map(t -> new ProBono(t.get(0, String.class), t.get(1, String.class), t.get(2, String.class), t.get(3, String.class))).toList();
        List<AsContact> contactOf = rows("""
                SELECT o.name, c.name, c.email, c.phone, c.role, c.created_at FROM organisation_contact c
                JOIN organisation o ON o.id = c.organisation_id WHERE c.email = :address ORDER BY c.id""", address).stream()
                .map(t -> new AsContact(t.get(0, String.class), t.get(1, String.class), t.get(2, String.class), t.get(3, String.class),
                        t.get(4, String.class), instant(t.get(5)))).toList();
        List<ConsentGiven> consents = rows("""
                SELECT s.title_ja, c.given_by, c.given_at, c.notice_version, c.people, c.needs_consent FROM consent_record c
                JOIN registration r ON r.id = c.registration_id JOIN seminar s ON s.id = r.seminar_id
                WHERE c.giver_email = :address ORDER BY c.given_at""", address).stream()
                .map(t -> new ConsentGiven(t.get(0, String.class), t.get(1, String.class), instant(t.get(2)), t.get(3, String.class),
                        ((Number) t.get(4)).intValue(), Boolean.TRUE.equals(t.get(5)))).toList();
        List<InRequest> requests = rows("""
                SELECT s.title_ja, q.status, q.registrant_name, q.registrant_email, p.name, p.email, p.accessibility_needs, q.created_at
                FROM registration_request q JOIN seminar s ON s.id = q.seminar_id
                LEFT JOIN registration_request_person p ON p.request_id = q.id AND (q.registrant_email = :address OR p.email = :address)
                WHERE q.registrant_email = :address OR EXISTS (SELECT 1 FROM registration_request_person x WHERE x.request_id = q.id AND x.email = :address)
                ORDER BY q.created_at""", address).stream()
                .map(t -> new InRequest(t.get(0, String.class), t.get(1, String.class), t.get(2, String.class), t.get(3, String.class),
                        t.get(4, String.class), t.get(5, String.class), t.get(6, String.class), instant(t.get(7)))).toList();
        List<FeedbackAnswer> feedback = rows("""
                SELECT s.title, r.submitted_at, q.text, COALESCE(a.text, o.label) FROM survey_response r
                JOIN participant p ON p.id = r.participant_id JOIN survey s ON s.id = r.survey_id
                JOIN survey_answer a ON a.response_id = r.id JOIN survey_question q ON q.id = a.question_id
                LEFT JOIN survey_option o ON o.question_id = a.question_id AND o.position = a.option_index
                WHERE LOWER(p.email) = :address ORDER BY r.submitted_at, q.position""", address).stream()
                .map(t -> new FeedbackAnswer(t.get(0, String.class), instant(t.get(1)), t.get(2, String.class), t.get(3, String.class)))
                .toList();
        return new Held(address, participations, reportRows, mails, probono, contactOf, consents, requests, feedback);
    }

    @SuppressWarnings("unchecked")
    private List<Tuple> rows(String sql, String address) {
        return em.createNativeQuery(sql, Tuple.class).setParameter("address", address).getResultList();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return java.time.ZonedDateTime.parse(value.toString()).toInstant();
    }
}
