package org.seminardesk.question;

import java.io.Serializable;
import java.util.List;

/**
 * One question on a form with the answer being given: an option index (a single choice, yes/no: 0 yes, 1 no),
 * option indexes, or text. WEB-INF/templates/question-fields.xhtml shows a list of them.
 */
public class AnswerField implements Serializable {

    private static final long serialVersionUID = 1L;
    private final QuestionView question;
    private Integer choice;
    private Integer[] choices;
    private String text;

    public AnswerField(QuestionView question) {
        this.question = question;
        this.choice = question.chosen().isEmpty() ? null : question.chosen().get(0);
        this.choices = question.chosen().toArray(Integer[]::new);
        this.text = question.answer();
    }

    /** Empty fields for these questions. */
    public static List<AnswerField> blank(List<QuestionView> questions) {
        return questions.stream().map(AnswerField::new).toList();
    }

    /** Fields for these questions, each with the answer given (by question id) or empty. */
    public static List<AnswerField> forQuestions(List<? extends Question> questions, List<AnswerInput> given) {
        return questions.stream().map(q -> new AnswerField(QuestionView.of(q, given == null ? null
                : given.stream().filter(a -> a.questionId().equals(q.id())).findFirst().orElse(null)))).toList();
    }

    /** What the fields say, for the rules to check (nothing given for a question leaves it out). */
    public static List<AnswerInput> inputs(List<AnswerField> fields) {
        return fields.stream().map(AnswerField::input).filter(a -> a != null).toList();
    }

    AnswerInput input() {
        return switch (QuestionKind.valueOf(question.kind())) {
            case SINGLE, YES_NO -> choice == null ? null : new AnswerInput(question.id(), List.of(choice), null);
            case MULTIPLE -> choices == null || choices.length == 0 ? null : new AnswerInput(question.id(), List.of(choices), null);
            case TEXT, SHORT_TEXT -> text == null || text.isBlank() ? null : new AnswerInput(question.id(), null, text);
        };
    }

    public QuestionView getQuestion() {
        return question;
    }

    public Integer getChoice() {
        return choice;
    }

    public void setChoice(Integer choice) {
        this.choice = choice;
    }

    public Integer[] getChoices() {
        return choices == null ? null : choices.clone();
    }

    public void setChoices(Integer[] choices) {
        this.choices = choices == null ? null : choices.clone();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
