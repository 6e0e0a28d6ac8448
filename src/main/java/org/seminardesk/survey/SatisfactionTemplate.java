package org.seminardesk.survey;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.seminardesk.platform.i18n.PageTexts;
import org.seminardesk.question.QuestionKind;

/**
 * The standard satisfaction questionnaire (アンケート) a seminar's organisers start from: satisfaction, usefulness,
 * length, what was good, what to improve. In the organisers' language; they change it as they like.
 */
public final class SatisfactionTemplate {

    private SatisfactionTemplate() {
    }

    public static String title(Locale language) {
        return PageTexts.text("template.title", language);
    }

    public static String intro(Locale language) {
        return PageTexts.text("template.intro", language);
    }

    public static List<SurveyDraft.Question> questions(Locale language) {
        return List.of(
                choice(language, "template.satisfaction", true),
                choice(language, "template.useful", true),
                choice(language, "template.length", false),
                new SurveyDraft.Question(QuestionKind.TEXT, PageTexts.text("template.good", language), false, List.of()),
                new SurveyDraft.Question(QuestionKind.TEXT, PageTexts.text("template.improve", language), false, List.of()));
    }

    /** A single choice whose options are the key's ".options" text, separated by "|". */
    private static SurveyDraft.Question choice(Locale language, String key, boolean required) {
        return new SurveyDraft.Question(QuestionKind.SINGLE, PageTexts.text(key, language), required,
                Arrays.asList(PageTexts.text(key + ".options", language).split("\\|")));
    }
}
