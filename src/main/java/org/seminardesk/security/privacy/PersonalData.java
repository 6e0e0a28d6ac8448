package org.seminardesk.security.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Everything the platform holds under one mail address, for a person who asks (APPI disclosure request):
 * each feature's holder adds its part.
 */
@ApplicationScoped
public class PersonalData {

    public record Held(String email, List<AsParticipant> participations, List<InReport> attendanceReportRows,
                       List<Mail> mails, List<ProBono> probono, List<AsContact> contactOf, List<ConsentGiven> consentsGiven,
                       List<InRequest> requests, List<FeedbackAnswer> feedback) implements java.io.Serializable {

        public boolean isEmpty() {
            return participations.isEmpty() && attendanceReportRows.isEmpty() && mails.isEmpty() && probono.isEmpty()
                    && contactOf.isEmpty() && consentsGiven.isEmpty() && requests.isEmpty() && feedback.isEmpty();
        }
    }

    /** The export as the holders fill it, section by section. */
    public static final class Export {
        public final List<AsParticipant> participations = new ArrayList<>();
        public final List<InReport> attendanceReportRows = new ArrayList<>();
        public final List<Mail> mails = new ArrayList<>();
        public final List<ProBono> probono = new ArrayList<>();
        public final List<AsContact> contactOf = new ArrayList<>();
        public final List<ConsentGiven> consentsGiven = new ArrayList<>();
        public final List<InRequest> requests = new ArrayList<>();
        public final List<FeedbackAnswer> feedback = new ArrayList<>();

        Held held(String address) {
            return new Held(address, List.copyOf(participations), List.copyOf(attendanceReportRows), List.copyOf(mails),
                    List.copyOf(probono), List.copyOf(contactOf), List.copyOf(consentsGiven), List.copyOf(requests), List.copyOf(feedback));
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

    /** A participant found by name (for people without an address of their own): where, and whether they have one. */
    public record NamedParticipant(long participantId, String seminar, Instant seminarStartsAt, String organisation, String name,
                                   boolean ownAddress, String accessibilityNeeds) implements java.io.Serializable {
    }

    @Inject
    PersonalDataHolders holders;

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    /** Participants not yet erased whose name contains the text, spaces (half and full width) ignored; at most 50. */
    @Transactional
    public List<NamedParticipant> participantsNamed(String name) {
        String folded = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC).replaceAll("\\s", "").toLowerCase(Locale.ROOT);
        @SuppressWarnings("unchecked")
        List<jakarta.persistence.Tuple> rows = em.createNativeQuery("""
                SELECT p.id, s.title_ja, s.starts_at, o.name AS organisation, p.name, p.email, p.accessibility_needs
                FROM participant p JOIN registration r ON r.id = p.registration_id JOIN seminar s ON s.id = r.seminar_id
                JOIN organisation o ON o.id = r.organisation_id
                WHERE p.erased_at IS NULL AND LOWER(REPLACE(REPLACE(p.name, ' ', ''), '　', '')) LIKE ?1 ORDER BY s.starts_at DESC""",
                jakarta.persistence.Tuple.class).setParameter(1, "%" + folded + "%").setMaxResults(50).getResultList();
        return rows.stream().map(t -> new NamedParticipant(((Number) t.get(0)).longValue(), t.get(1, String.class),
                org.seminardesk.platform.persistence.NativeValues.instant(t.get(2)), t.get(3, String.class), t.get(4, String.class), t.get(5) != null,
                t.get(6, String.class))).toList();
    }

    @Transactional
    public Held about(String email) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        Export export = new Export();
        holders.all().forEach(holder -> holder.export(address, export));
        return export.held(address);
    }
}
