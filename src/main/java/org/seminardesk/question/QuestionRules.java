package org.seminardesk.question;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.seminardesk.platform.DomainException;

/**
 * The rules every answer follows: each question at most once, every required one answered, one option for a
 * single choice or yes/no, distinct options for a multiple choice, text within its length for text. An
 * optional question left empty is no answer. Answers come back normalised (options sorted, text stripped).
 */
public final class QuestionRules {

    private QuestionRules() {
    }

    /** Checks answers to these questions; field names the list in errors (e.g. "answers", "participants[1].answers"). */
    public static List<AnswerInput> check(List<? extends Question> questions, List<AnswerInput> inputs, String field) {
        Map<Long, Question> byId = questions.stream().collect(Collectors.toMap(Question::id, Function.identity()));
        Set<Long> answered = new HashSet<>();
        List<AnswerInput> checked = new ArrayList<>();
        List<AnswerInput> given = inputs == null ? List.of() : inputs;
        for (int i = 0; i < given.size(); i++) {
            AnswerInput input = given.get(i);
            String at = field + "[" + i + "]";
            Question question = input == null ? null : byId.get(input.questionId());
            if (question == null || !answered.add(input.questionId())) {
                throw DomainException.invalid(at + ".questionId", "Answer each question asked at most once").withCode("question.unknown");
            }
            AnswerInput answer = check(question, input, at);
            if (answer != null) {
                checked.add(answer);
            } else {
                answered.remove(input.questionId());
            }
        }
        for (Question question : questions) {
            if (question.required() && !answered.contains(question.id())) {
                throw DomainException.invalid(field, "\"" + question.text() + "\" needs an answer")
                        .withCode("question.required", question.text());
            }
        }
        return checked;
    }

    /** One answer, normalised; null when an empty answer was given (no answer). */
    static AnswerInput check(Question question, AnswerInput input, String field) {
        List<Integer> chosen = input.options() == null ? List.of() : input.options();
        if (question.kind().isText()) {
            String text = input.text() == null ? "" : input.text().strip();
            if (text.length() > question.kind().maxLength()) {
                throw DomainException.invalid(field + ".text", "At most " + question.kind().maxLength() + " characters")
                        .withCode("question.tooLong", question.text(), question.kind().maxLength());
            }
            return text.isEmpty() ? null : new AnswerInput(question.id(), null, text);
        }
        if (chosen.isEmpty()) {
            return null;
        }
        int choices = question.kind() == QuestionKind.YES_NO ? 2 : question.options().size();
        boolean inRange = chosen.stream().allMatch(o -> o >= 0 && o < choices);
        boolean fits = question.kind() == QuestionKind.MULTIPLE || chosen.size() == 1;
        if (!inRange || !fits || new HashSet<>(chosen).size() != chosen.size()) {
            throw DomainException.invalid(field + ".options", question.kind() == QuestionKind.MULTIPLE
                    ? "Choose one or more options" : "Choose one option").withCode("question.choose", question.text());
        }
        return new AnswerInput(question.id(), chosen.stream().sorted().toList(), null);
    }

    /** An answer as a reader sees it: the chosen options' labels (はい/いいえ for yes/no: yesNo), or the text. */
    public static String display(Question question, AnswerInput answer, List<String> yesNo) {
        if (answer.text() != null) {
            return answer.text();
        }
        List<String> labels = question.kind() == QuestionKind.YES_NO ? yesNo : question.options();
        return answer.options().stream().filter(o -> o < labels.size()).map(labels::get).collect(Collectors.joining("、"));
    }
}
