package org.seminardesk.survey;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.seminardesk.organisation.FacilityType;
import org.seminardesk.platform.DomainException;

/**
 * A questionnaire to member organisations, or (seminar set) a feedback questionnaire to a seminar's participants,
 * named or anonymous: written as a draft, sent once, answered until its deadline.
 */
@Entity
@Table(name = "survey")
@NamedQuery(name = "Survey.findAll", query = "select s from Survey s order by s.createdAt desc, s.id desc")
public class Survey {

    public enum Status { DRAFT, SENT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String title;
    private String intro;
    private Instant deadline;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Status status;

    private String createdBy;
    private Instant createdAt;
    private Instant sentAt;

    @ElementCollection
    @CollectionTable(name = "survey_facility_type", joinColumns = @JoinColumn(name = "survey_id"))
    @Column(name = "facility_type")
    @Enumerated(EnumType.STRING)
    private Set<FacilityType> facilityTypes = EnumSet.noneOf(FacilityType.class);

    @OneToMany(mappedBy = "survey", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<SurveyQuestion> questions = new ArrayList<>();

    /** A feedback questionnaire's seminar and whom of its participants it asks; null for member organisations. */
    @jakarta.persistence.ManyToOne(fetch = jakarta.persistence.FetchType.LAZY)
    @jakarta.persistence.JoinColumn(name = "seminar_id")
    private org.seminardesk.seminar.Seminar seminar;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private ParticipantGroup participantGroup;

    /** Answers are not linked to the person (feedback questionnaires only). */
    private boolean anonymous;

    protected Survey() {
        // for JPA
    }

    Survey(SurveyDraft draft, String createdBy, Instant now) {
        this.status = Status.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = now;
        edit(draft);
    }

    public void edit(SurveyDraft draft) {
        requireDraft();
        this.title = draft.title().strip();
        this.intro = draft.intro() == null || draft.intro().isBlank() ? null : draft.intro().strip();
        this.deadline = draft.deadline().toInstant();
        this.facilityTypes.clear();
        if (draft.facilityTypes() != null) {
            this.facilityTypes.addAll(draft.facilityTypes());
        }
        this.questions.clear();
        for (SurveyDraft.Question question : draft.questions()) {
            questions.add(new SurveyQuestion(this, questions.size() + 1, question));
        }
    }

    /** Sent once, with a deadline still ahead. */
    void sent(Instant now) {
        requireDraft();
        if (!deadline.isAfter(now)) {
            throw DomainException.invalid("deadline", "The deadline must be in the future").withCode("survey.deadlineFuture");
        }
        status = Status.SENT;
        sentAt = now;
    }

    void requireDraft() {
        if (status == Status.SENT) {
            throw DomainException.conflict("The survey was sent: it can no longer change").withCode("survey.sent");
        }
    }

    public boolean goesTo(FacilityType type) {
        return facilityTypes.isEmpty() || facilityTypes.contains(type);
    }

    /**
     * Asks the seminar's participants (the group; default all) instead of member organisations, or (seminar
     * null) member organisations again. Anonymous only for participants.
     */
    void aimAt(org.seminardesk.seminar.Seminar asked, ParticipantGroup group, boolean withoutNames) {
        requireDraft();
        this.seminar = asked;
        this.participantGroup = asked == null ? null : group == null ? ParticipantGroup.ALL : group;
        this.anonymous = asked != null && withoutNames;
    }

    public boolean forParticipants() {
        return seminar != null;
    }

    public org.seminardesk.seminar.Seminar seminar() {
        return seminar;
    }

    public ParticipantGroup participantGroup() {
        return participantGroup;
    }

    public boolean anonymous() {
        return anonymous;
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String intro() {
        return intro;
    }

    public Instant deadline() {
        return deadline;
    }

    public Status status() {
        return status;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Set<FacilityType> facilityTypes() {
        return Collections.unmodifiableSet(facilityTypes);
    }

    public List<SurveyQuestion> questions() {
        return Collections.unmodifiableList(questions);
    }
}
