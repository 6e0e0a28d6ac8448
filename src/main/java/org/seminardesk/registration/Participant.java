package org.seminardesk.registration;

import org.seminardesk.platform.EmailAddress;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.seminardesk.platform.persistence.KeyBlocks;
import org.seminardesk.seminar.AttendanceMode;

/** A member of an organisation's staff registered for a seminar. */
@Entity
@Table(name = "participant")
@jakarta.persistence.NamedQuery(name = "Participant.byIds", query = "select p from Participant p where p.id in :ids")
public class Participant {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "participant_seq")
    @SequenceGenerator(name = "participant_seq", sequenceName = "participant_seq", allocationSize = KeyBlocks.SIZE)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "registration_id")
    private Registration registration;

    private int position;
    private String name;
    private String email;
    private String accessibilityNeeds;
    private java.time.Instant erasedAt;
    private String checkinCode;

    /** Venue or online, at a hybrid seminar; null: no choice (what the seminar's format says, or both). */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.VARCHAR)
    private AttendanceMode attendanceMode;

    /** Their answers to the seminar's per-participant questions. */
    @jakarta.persistence.Convert(converter = org.seminardesk.question.Answers.class)
    private java.util.List<org.seminardesk.question.AnswerInput> answers = java.util.List.of();

    /** Check-in codes: 8 characters of a ShortCode, unique across all seminars. */
    public static final int CHECKIN_CODE_LENGTH = 8;

    protected Participant() {
        // for JPA
    }

    Participant(Registration registration, int position, ParticipantDetails details) {
        this.registration = registration;
        this.position = position;
        this.name = details.name().strip();
        this.email = addressOrNone(details.email());
        this.accessibilityNeeds = details.accessibilityNeeds() == null || details.accessibilityNeeds().isBlank()
                ? null : details.accessibilityNeeds().strip();
        this.attendanceMode = details.mode();
        this.answers = details.answers() == null ? java.util.List.of() : details.answers();
        this.checkinCode = org.seminardesk.platform.ShortCode.random(CHECKIN_CODE_LENGTH);
    }

    /** The code staff scan or type at the door (given to those registered before codes existed when first asked). */
    public String checkinCode() {
        if (checkinCode == null && erasedAt == null) {
            checkinCode = org.seminardesk.platform.ShortCode.random(CHECKIN_CODE_LENGTH);
        }
        return checkinCode;
    }

    /** Another person takes this place, or the same person's details are corrected. */
    void replaceWith(ParticipantDetails details) {
        if (!this.name.equals(details.name().strip())) {
            this.checkinCode = org.seminardesk.platform.ShortCode.random(CHECKIN_CODE_LENGTH); // another person: the old code stops
        }
        this.name = details.name().strip();
        this.email = addressOrNone(details.email());
        changeNeeds(details.accessibilityNeeds());
        if (details.answers() != null) {
            this.answers = details.answers();
        }
    }

    /** What they gave when registering, to compare or put back. */
    public ParticipantDetails details() {
        return new ParticipantDetails(name, email, accessibilityNeeds, attendanceMode, answers());
    }

    public java.util.List<org.seminardesk.question.AnswerInput> answers() {
        return answers == null ? java.util.List.of() : answers;
    }

    /** Venue or online (null: no choice). */
    public AttendanceMode mode() {
        return attendanceMode;
    }

    /** They now take part the other way; the registration has moved their seat. */
    void takePart(AttendanceMode chosen) {
        this.attendanceMode = chosen;
    }

    /** No address of their own: their mail goes to the registration's contact. */
    private static String addressOrNone(String email) {
        return email == null || email.isBlank() ? null : EmailAddress.normalise(email);
    }

    /** The person changed their own needs (through their link, with their consent); blank removes them. */
    void changeNeeds(String needs) {
        if (needs != null && needs.length() > 1000) {
            throw org.seminardesk.platform.DomainException.invalid("accessibilityNeeds", "At most 1000 characters");
        }
        this.accessibilityNeeds = needs == null || needs.isBlank() ? null : needs.strip();
    }

    public java.time.Instant erasedAt() {
        return erasedAt;
    }

    public Long id() {
        return id;
    }

    public Registration registration() {
        return registration;
    }

    public int position() {
        return position;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String accessibilityNeeds() {
        return accessibilityNeeds;
    }
}
