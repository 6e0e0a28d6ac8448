package org.seminardesk.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The questions a seminar asks at registration, split by whom they ask: the registration once, or each
 * participant. Checks answers with the common rules (QuestionRules) and shows them to readers.
 */
public record Questions(List<SeminarQuestion> all) implements java.io.Serializable {

    public static final Questions NONE = new Questions(List.of());

    public List<SeminarQuestion> ofRegistration() {
        return all.stream().filter(q -> !q.perParticipant()).toList();
    }

    public List<SeminarQuestion> ofParticipant() {
        return all.stream().filter(SeminarQuestion::perParticipant).toList();
    }

    /** The registration's own answers, checked and normalised. */
    public List<AnswerInput> checkRegistration(List<AnswerInput> answers) {
        return QuestionRules.check(ofRegistration(), answers, "answers");
    }

    /** The answers of participant number index, checked and normalised. */
    public List<AnswerInput> checkParticipant(List<AnswerInput> answers, int index) {
        return QuestionRules.check(ofParticipant(), answers, "participants[" + index + "].answers");
    }

    /**
     * "question: answer" lines for readers, in the questions' order; an answer to a question since removed is
     * left out. yesNo: the words for yes and no in the reader's language.
     */
    public List<String> lines(List<AnswerInput> answers, List<String> yesNo) {
        List<String> lines = new ArrayList<>();
        for (SeminarQuestion question : all) {
            answerTo(question, answers).ifPresent(a -> lines.add(question.text() + "：" + QuestionRules.display(question, a, yesNo)));
        }
        return lines;
    }

    /** The answer as a reader sees it, or null when there is none. */
    public static String display(SeminarQuestion question, List<AnswerInput> answers, List<String> yesNo) {
        return answerTo(question, answers).map(a -> QuestionRules.display(question, a, yesNo)).orElse(null);
    }

    private static Optional<AnswerInput> answerTo(SeminarQuestion question, List<AnswerInput> answers) {
        return answers == null ? Optional.empty()
                : answers.stream().filter(a -> a.questionId().equals(question.id())).findFirst();
    }
}
