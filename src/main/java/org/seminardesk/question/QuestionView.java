package org.seminardesk.question;

import java.util.List;

/**
 * A question as a form shows it, with the answer given so far (chosen option indexes, or the text).
 * kind is the QuestionKind's name.
 */
public record QuestionView(long id, int position, String kind, String text, boolean required, List<String> options,
                           List<Integer> chosen, String answer) implements java.io.Serializable {

    /** The questions, not answered yet (what a form keeps to ask again, e.g. of one more person). */
    public static List<QuestionView> blank(List<? extends Question> questions) {
        return questions.stream().map(q -> of(q, null)).toList();
    }

    /** The question with this answer (null: none yet). */
    public static QuestionView of(Question q, AnswerInput given) {
        return new QuestionView(q.id(), q.position(), q.kind().name(), q.text(), q.required(), List.copyOf(q.options()),
                given == null || given.options() == null ? List.of() : given.options(), given == null ? null : given.text());
    }
}
