package org.seminardesk.survey;

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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.seminardesk.organisation.Organisation;
import org.seminardesk.platform.DomainException;

/** A member organisation's answers to a survey, through its own token link; changeable until the deadline. */
@Entity
@Table(name = "survey_response")
@NamedQuery(name = "SurveyResponse.findForSurvey", query = """
        select r from SurveyResponse r join fetch r.organisation where r.survey.id = :survey order by r.organisation.name""")
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

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

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

    /**
     * Replaces the answers: each question at most once, every required one answered, one option for a single
     * choice, distinct options for a multiple choice, text for free text; before the deadline.
     */
    public void submit(List<AnswerInput> inputs, Instant now) {
        if (!now.isBefore(survey.deadline())) {
            throw DomainException.conflict("The deadline has passed").withCode("survey.deadlinePassed");
        }
        Map<Long, SurveyQuestion> questions = survey.questions().stream()
                .collect(Collectors.toMap(SurveyQuestion::id, Function.identity()));
        Set<Long> answered = new HashSet<>();
        List<SurveyAnswer> replaced = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            AnswerInput input = inputs.get(i);
            String field = "answers[" + i + "]";
            SurveyQuestion question = questions.get(input.questionId());
            if (question == null || !answered.add(input.questionId())) {
                throw DomainException.invalid(field + ".questionId", "Answer each question of this survey at most once");
            }
            replaced.addAll(answersTo(question, input, field));
        }
        for (SurveyQuestion question : survey.questions()) {
            if (question.required() && !answered.contains(question.id())) {
                throw DomainException.invalid("answers", "Question " + question.position() + " needs an answer")
                        .withCode("survey.required", question.position());
            }
        }
        answers.clear();
        answers.addAll(replaced);
        submittedAt = now;
    }

    private static List<SurveyAnswer> answersTo(SurveyQuestion question, AnswerInput input, String field) {
        if (question.kind() == QuestionKind.TEXT) {
            if (input.text() == null || input.text().isBlank()) {
                throw DomainException.invalid(field + ".text", "Write the answer").withCode("survey.required", question.position());
            }
            return List.of(new SurveyAnswer(question.id(), null, input.text().strip()));
        }
        List<Integer> chosen = input.options() == null ? List.of() : input.options();
        boolean inRange = chosen.stream().allMatch(o -> o >= 0 && o < question.options().size());
        boolean fits = question.kind() == QuestionKind.SINGLE ? chosen.size() == 1 : !chosen.isEmpty();
        if (!inRange || !fits || new HashSet<>(chosen).size() != chosen.size()) {
            throw DomainException.invalid(field + ".options", question.kind() == QuestionKind.SINGLE
                    ? "Choose one option" : "Choose one or more options").withCode("survey.choose", question.position());
        }
        return chosen.stream().sorted().map(o -> new SurveyAnswer(question.id(), o, null)).toList();
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
