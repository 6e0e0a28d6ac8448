package org.seminardesk.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.seminardesk.platform.DomainException;

class QuestionRulesTest {

    private record Asked(Long id, int position, QuestionKind kind, String text, boolean required, List<String> options)
            implements Question {
    }

    private static final Asked HEARD = new Asked(1L, 1, QuestionKind.SINGLE, "きっかけ", true, List.of("チラシ", "ウェブ", "知人"));
    private static final Asked TOPICS = new Asked(2L, 2, QuestionKind.MULTIPLE, "関心", false, List.of("雇用", "定着", "制度"));
    private static final Asked LECTURER = new Asked(3L, 3, QuestionKind.TEXT, "講師への質問", false, List.of());
    private static final Asked ROLE = new Asked(4L, 4, QuestionKind.SHORT_TEXT, "職種", false, List.of());
    private static final Asked FIRST = new Asked(5L, 5, QuestionKind.YES_NO, "初めての参加", true, List.of());
    private static final List<Asked> ALL = List.of(HEARD, TOPICS, LECTURER, ROLE, FIRST);

    private static AnswerInput choose(long id, Integer... options) {
        return new AnswerInput(id, List.of(options), null);
    }

    private static AnswerInput write(long id, String text) {
        return new AnswerInput(id, null, text);
    }

    private static String refusal(List<AnswerInput> answers) {
        return assertThrows(DomainException.class, () -> QuestionRules.check(ALL, answers, "answers")).code();
    }

    @Test
    void answersComeBackNormalisedAndEmptyOptionalOnesAreNoAnswer() {
        List<AnswerInput> checked = QuestionRules.check(ALL, List.of(choose(1, 2), choose(2, 2, 0), write(3, "  字幕は出ますか  "),
                write(4, " "), choose(5, 0)), "answers");
        assertEquals(List.of(choose(1, 2), choose(2, 0, 2), write(3, "字幕は出ますか"), choose(5, 0)), checked);
        assertEquals("雇用、制度", QuestionRules.display(TOPICS, checked.get(1), List.of("はい", "いいえ")));
        assertEquals("はい", QuestionRules.display(FIRST, checked.get(3), List.of("はい", "いいえ")));
    }

    @Test
    void everyBrokenRuleIsRefused() {
        assertEquals("question.required", refusal(List.of(choose(1, 0))), "yes/no is required");
        assertEquals("question.choose", refusal(List.of(choose(1, 0, 1), choose(5, 0))), "one option for a single choice");
        assertEquals("question.choose", refusal(List.of(choose(1, 3), choose(5, 0))), "no such option");
        assertEquals("question.choose", refusal(List.of(choose(1, 0), choose(5, 2))), "yes/no has two");
        assertEquals("question.choose", refusal(List.of(choose(1, 0), choose(2, 1, 1), choose(5, 0))), "an option once");
        assertEquals("question.unknown", refusal(List.of(choose(1, 0), choose(1, 1), choose(5, 0))), "a question once");
        assertEquals("question.unknown", refusal(List.of(choose(99, 0), choose(1, 0), choose(5, 0))), "only questions asked");
        assertEquals("question.tooLong", refusal(List.of(choose(1, 0), choose(5, 1), write(4, "長".repeat(201)))));
    }
}
