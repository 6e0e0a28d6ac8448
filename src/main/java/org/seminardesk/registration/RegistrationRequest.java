package org.seminardesk.registration;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.seminardesk.organisation.Organisation;
import org.seminardesk.platform.DomainException;
import org.seminardesk.platform.EmailAddress;
import org.seminardesk.seminar.Seminar;

/**
 * A registration asked for without a portal link. It takes no seat and mails nobody but the registrant until
 * the registrant confirms their own address (24 h); one that names a member organisation then waits for that
 * organisation's contact, or an organiser, to approve it.
 */
@Entity
@Table(name = "registration_request")
@NamedQuery(name = "RegistrationRequest.findAwaitingApproval", query = """
        select q from RegistrationRequest q where q.organisation.id = :organisation and q.status = :status order by q.confirmedAt""")
@NamedQuery(name = "RegistrationRequest.findInStatus",
        query = "select q from RegistrationRequest q where q.status = :status order by q.confirmedAt, q.id")
public class RegistrationRequest {

    /** How long the registrant has to confirm their address. */
    public static final Duration CONFIRMATION_TIME = Duration.ofHours(24);

    public enum Status { AWAITING_CONFIRMATION, AWAITING_APPROVAL, ACCEPTED, DECLINED }

    /** A person the registrant names; becomes a participant when the request is accepted. */
    @Embeddable
    public static class RequestedPerson {
        private String name;
        private String email;
        @Column(name = "accessibility_needs")
        private String accessibilityNeeds;
        @Column(name = "attendance_mode")
        @Enumerated(EnumType.STRING)
        @JdbcTypeCode(SqlTypes.VARCHAR)
        private org.seminardesk.seminar.AttendanceMode mode;
        @Column(name = "answers")
        @jakarta.persistence.Convert(converter = org.seminardesk.question.Answers.class)
        private List<org.seminardesk.question.AnswerInput> answers;

        protected RequestedPerson() {
            // for JPA
        }

        RequestedPerson(ParticipantDetails details) {
            this.name = details.name().strip();
            this.email = details.email() == null || details.email().isBlank() ? null : EmailAddress.normalise(details.email());
            this.accessibilityNeeds = details.accessibilityNeeds() == null || details.accessibilityNeeds().isBlank()
                    ? null : details.accessibilityNeeds().strip();
            this.mode = details.mode();
            this.answers = details.answers();
        }

        public ParticipantDetails details() {
            return new ParticipantDetails(name, email, accessibilityNeeds, mode, answers == null ? List.of() : answers);
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "seminar_id")
    private Seminar seminar;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    private String organisationName;
    private String registrantName;
    private String registrantEmail;
    private String preferredLanguage;
    private boolean needsConsent;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Status status;

    private Instant createdAt;
    private Instant confirmedAt;
    private Instant decidedAt;
    private String decidedBy;
    private Long registrationId;

    @ElementCollection
    @CollectionTable(name = "registration_request_person", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    private List<RequestedPerson> people = new ArrayList<>();

    /** The answers to the seminar's once-per-registration questions, checked when the request was made. */
    @jakarta.persistence.Convert(converter = org.seminardesk.question.Answers.class)
    private List<org.seminardesk.question.AnswerInput> answers = List.of();

    protected RegistrationRequest() {
        // for JPA
    }

    /** member: the member organisation the registrant named, or null with organisationName for anyone else. */
    RegistrationRequest(Seminar seminar, Organisation member, String organisationName, String registrantName,
                        String registrantEmail, Locale language, List<ParticipantDetails> people, boolean needsConsent,
                        List<org.seminardesk.question.AnswerInput> answers, Instant now) {
        Registration.requireValidPeople(people);
        if ((member == null) == (organisationName == null || organisationName.isBlank())) {
            throw DomainException.invalid("organisationName", "Name your organisation").withCode("request.organisation");
        }
        this.seminar = seminar;
        this.organisation = member;
        this.organisationName = member == null ? organisationName.strip() : null;
        this.registrantName = registrantName.strip();
        this.registrantEmail = EmailAddress.normalise(registrantEmail);
        this.preferredLanguage = language.getLanguage().equals("en") ? "en" : "ja";
        this.needsConsent = needsConsent;
        this.status = Status.AWAITING_CONFIRMATION;
        this.createdAt = now;
        Registration.choicesFor(seminar, people).forEach(p -> this.people.add(new RequestedPerson(p)));
        this.answers = answers;
    }

    /** The registrant confirmed their address: a member's request now waits for approval. */
    void confirm(Instant now) {
        requireAwaitingConfirmation(now);
        confirmedAt = now;
        status = organisation == null ? Status.ACCEPTED : Status.AWAITING_APPROVAL;
    }

    void requireAwaitingConfirmation(Instant now) {
        if (status != Status.AWAITING_CONFIRMATION) {
            throw DomainException.conflict("This request was confirmed already").withCode("request.confirmedAlready");
        }
        if (expired(now)) {
            throw DomainException.conflict("The confirmation link has expired: please register again").withCode("request.expired");
        }
    }

    public boolean expired(Instant now) {
        return status == Status.AWAITING_CONFIRMATION && !now.isBefore(createdAt.plus(CONFIRMATION_TIME));
    }

    void decide(boolean approve, String by, Instant now) {
        if (status != Status.AWAITING_APPROVAL) {
            throw DomainException.conflict("This request is not waiting for approval").withCode("request.notAwaiting");
        }
        status = approve ? Status.ACCEPTED : Status.DECLINED;
        decidedAt = now;
        decidedBy = by;
    }

    void registeredAs(Registration registration) {
        this.registrationId = registration.id();
    }

    public List<org.seminardesk.question.AnswerInput> answers() {
        return answers == null ? List.of() : answers;
    }

    public List<ParticipantDetails> participants() {
        return people.stream().map(RequestedPerson::details).toList();
    }

    public Long id() { return id; }
    public Seminar seminar() { return seminar; }
    public Organisation organisation() { return organisation; }
    public String organisationName() { return organisation != null ? organisation.name() : organisationName; }
    public String registrantName() { return registrantName; }
    public String registrantEmail() { return registrantEmail; }
    public Locale language() { return Locale.forLanguageTag(preferredLanguage); }
    public boolean needsConsent() { return needsConsent; }
    public Status status() { return status; }
    public Instant createdAt() { return createdAt; }
    public Instant confirmedAt() { return confirmedAt; }
    public Long registrationId() { return registrationId; }
}
