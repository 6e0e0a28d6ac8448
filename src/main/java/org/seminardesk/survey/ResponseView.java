package org.seminardesk.survey;

import java.time.Instant;
import java.util.List;
import org.seminardesk.question.QuestionView;

/**
 * What an organisation or participant sees through their survey link: the questions, the deadline, and their
 * answers so far. organisation: who is asked (an organisation's or a person's name; null when anonymous).
 */
public record ResponseView(String organisation, String title, String intro, Instant deadline, String deadlineLabel,
                           boolean open, Instant submittedAt, List<QuestionView> questions, boolean anonymous)
        implements java.io.Serializable {

    /** The questions without answers (a feedback questionnaire not answered yet, or answered anonymously). */
    static ResponseView blank(Survey survey, String who, String deadlineLabel, boolean open, Instant submittedAt) {
        return new ResponseView(who, survey.title(), survey.intro(), survey.deadline(), deadlineLabel, open, submittedAt,
                survey.questions().stream().map(q -> QuestionView.of(q, null)).toList(), survey.anonymous());
    }

    static ResponseView of(SurveyResponse response, String deadlineLabel, Instant now) {
        Survey survey = response.survey();
        return new ResponseView(response.who(), survey.title(), survey.intro(), survey.deadline(),
                deadlineLabel, now.isBefore(survey.deadline()), response.submittedAt(), survey.questions().stream().map(q -> {
                    List<SurveyAnswer> own = response.answers().stream().filter(a -> a.questionId() == q.id()).toList();
                    return new QuestionView(q.id(), q.position(), q.kind().name(), q.text(), q.required(), List.copyOf(q.options()),
                            own.stream().map(SurveyAnswer::optionIndex).filter(i -> i != null).toList(),
                            own.stream().map(SurveyAnswer::text).filter(t -> t != null).findFirst().orElse(null));
                }).toList(), survey.anonymous());
    }
}
