package org.seminardesk.survey;

import org.seminardesk.question.QuestionKind;
import org.seminardesk.question.AnswerInput;
import org.seminardesk.question.QuestionRules;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.seminardesk.organisation.Organisation;
import org.seminardesk.platform.DomainException;

/** A member organisation's answers to a survey, through its own token link; changeable until the deadline. */
@Entity
@Table(name = "survey_response")
@NamedQuery(name = "SurveyResponse.findForSurvey", query = """
        select r from SurveyResponse r left join r.organisation o left join fetch r.organisation left join fetch r.participant
        where r.survey.id = :survey order by o.name, r.id""")
@NamedQuery(name = "SurveyResponse.findForOrganisation", query = """
        select r from SurveyResponse r join fetch r.survey where r.organisation.id = :organisation order by r.survey.deadline desc""")
public class SurveyResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "survey_id")
    private Survey survey;

    /** Who answered: a member organisation, a named participant, or neither (an anonymous answer). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "participant_id")
    private org.seminardesk.registration.Participant participant;

    private boolean mailed;
    private Instant submittedAt;

    @ElementCollection
    @CollectionTable(name = "survey_answer", joinColumns = @JoinColumn(name = "response_id"))
    private List<SurveyAnswer> answers = new ArrayList<>();

    protected SurveyResponse() {
        // for JPA
    }

    SurveyResponse(Survey survey, Organisation organisation, boolean mailed) {
        this.survey = survey;
        this.organisation = organisation;
        this.mailed = mailed;
    }

    /** A participant's answers to a feedback questionnaire: theirs when named, nobody's when anonymous. */
    SurveyResponse(Survey survey, org.seminardesk.registration.Participant participant) {
        this.survey = survey;
        this.participant = survey.anonymous() ? null : participant;
        this.mailed = true;
    }

    /** Who answered as readers see it: the organisation, the participant, or null (anonymous). */
    public String who() {
        return organisation != null ? organisation.name() : participant != null ? participant.name() : null;
    }

    public org.seminardesk.registration.Participant participant() {
        return participant;
    }

    /**
     * Replaces the answers: each question at most once, every required one answered, one option for a single
     * choice, distinct options for a multiple choice, text for free text; before the deadline.
     */
    public void submit(List<AnswerInput> inputs, Instant now) {
        if (!now.isBefore(survey.deadline())) {
            throw DomainException.conflict("The deadline has passed").withCode("survey.deadlinePassed");
        }
        List<SurveyAnswer> replaced = new ArrayList<>();
        for (AnswerInput answer : QuestionRules.check(survey.questions(), inputs, "answers")) {
            if (answer.text() != null) {
                replaced.add(new SurveyAnswer(answer.questionId(), null, answer.text()));
            } else {
                answer.options().forEach(o -> replaced.add(new SurveyAnswer(answer.questionId(), o, null)));
            }
        }
        answers.clear();
        answers.addAll(replaced);
        // an anonymous answer carries no time of its own that could be matched to whoever used a link then
        submittedAt = survey.anonymous() ? survey.sentAt() : now;
    }

    public Long id() {
        return id;
    }

    public Survey survey() {
        return survey;
    }

    public Organisation organisation() {
        return organisation;
    }

    public boolean mailed() {
        return mailed;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public List<SurveyAnswer> answers() {
        return Collections.unmodifiableList(answers);
    }
}
