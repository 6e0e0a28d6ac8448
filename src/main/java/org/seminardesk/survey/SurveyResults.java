package org.seminardesk.survey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A survey's answers counted: who answered and who has not, each option's count and share, the free texts. */
public record SurveyResults(long surveyId, String title, Instant deadline, int asked, int answered, List<Awaiting> awaiting,
                            List<QuestionResult> questions, boolean forParticipants, boolean anonymous)
        implements java.io.Serializable {

    /** Who has not answered: an organisation (id: the organisation's), or a named participant (the participant's). */
    public record Awaiting(long organisationId, String organisation, boolean mailed) implements java.io.Serializable {
    }

    /** @param percent of the organisations that answered the survey, whole percent rounded half up */
    public record OptionCount(String label, int count, int percent) implements java.io.Serializable {
    }

    /** organisation: who wrote it (an organisation or a person), null when the survey is anonymous. */
    public record TextAnswer(String organisation, String text) implements java.io.Serializable {
    }

    public record QuestionResult(long questionId, int position, String kind, String text, int answeredBy,
                                 List<OptionCount> options, List<TextAnswer> texts) implements java.io.Serializable {
    }

    /** invitations: those asked, for a questionnaire to a seminar's participants (else none). */
    public static SurveyResults of(Survey survey, List<SurveyResponse> responses, List<SurveyInvitation> invitations) {
        List<SurveyResponse> submitted = responses.stream().filter(r -> r.submittedAt() != null).toList();
        List<Awaiting> awaiting = survey.forParticipants()
                ? survey.anonymous() ? List.of() : invitations.stream().filter(i -> !i.used())
                        .map(i -> new Awaiting(i.participant().id(), i.participant().name(), i.mailed())).toList()
                : responses.stream().filter(r -> r.submittedAt() == null)
                        .map(r -> new Awaiting(r.organisation().id(), r.organisation().name(), r.mailed())).toList();
        List<QuestionResult> questions = new ArrayList<>();
        for (SurveyQuestion question : survey.questions()) {
            int[] counts = new int[question.options().size()];
            List<TextAnswer> texts = new ArrayList<>();
            int answeredBy = 0;
            for (SurveyResponse response : submitted) {
                boolean any = false;
                for (SurveyAnswer answer : response.answers()) {
                    if (answer.questionId() != question.id()) {
                        continue;
                    }
                    any = true;
                    if (answer.optionIndex() != null && answer.optionIndex() < counts.length) {
                        counts[answer.optionIndex()]++;
                    } else if (answer.text() != null) {
                        texts.add(new TextAnswer(response.who(), answer.text()));
                    }
                }
                answeredBy += any ? 1 : 0;
            }
            List<OptionCount> options = new ArrayList<>();
            for (int i = 0; i < counts.length; i++) {
                options.add(new OptionCount(question.options().get(i), counts[i],
                        submitted.isEmpty() ? 0 : (int) Math.round(counts[i] * 100.0 / submitted.size())));
            }
            questions.add(new QuestionResult(question.id(), question.position(), question.kind().name(), question.text(),
                    answeredBy, options, texts));
        }
        return new SurveyResults(survey.id(), survey.title(), survey.deadline(),
                survey.forParticipants() ? invitations.size() : responses.size(), submitted.size(),
                awaiting, questions, survey.forParticipants(), survey.anonymous());
    }
}
