package org.seminardesk.survey;

import java.time.Instant;
import java.util.List;
import org.seminardesk.question.QuestionView;

/** What an organisation sees through its survey link: the questions, the deadline, and its answers so far. */
public record ResponseView(String organisation, String title, String intro, Instant deadline, String deadlineLabel,
                           boolean open, Instant submittedAt, List<QuestionView> questions) implements java.io.Serializable {

    static ResponseView of(SurveyResponse response, String deadlineLabel, Instant now) {
        Survey survey = response.survey();
        return new ResponseView(response.organisation().name(), survey.title(), survey.intro(), survey.deadline(),
                deadlineLabel, now.isBefore(survey.deadline()), response.submittedAt(), survey.questions().stream().map(q -> {
                    List<SurveyAnswer> own = response.answers().stream().filter(a -> a.questionId() == q.id()).toList();
                    return new QuestionView(q.id(), q.position(), q.kind().name(), q.text(), q.required(), List.copyOf(q.options()),
                            own.stream().map(SurveyAnswer::optionIndex).filter(i -> i != null).toList(),
                            own.stream().map(SurveyAnswer::text).filter(t -> t != null).findFirst().orElse(null));
                }).toList());
    }
}
