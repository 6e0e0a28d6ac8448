package org.seminardesk.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailTemplatesTest {

    @Test
    void fillsPlaceholdersAndDropsLinesWhoseFactsAreMissing() {
        String filled = MailTemplates.fill("会場：{{venue}}\nURL：{{link}}\n固定の行\n", Map.of("venue", "ぐるっぽ"), false);
        assertEquals("会場：ぐるっぽ\n固定の行\n", filled);
    }

    @Test
    void escapesValuesInHtmlOnly() {
        Map<String, String> values = Map.of("name", "<b>&\"'");
        assertEquals("<p>&lt;b&gt;&amp;&quot;&#39;</p>\n", MailTemplates.fill("<p>{{name}}</p>", values, true));
        assertEquals("<b>&\"'\n", MailTemplates.fill("{{name}}", values, false));
    }

    @Test
    void theRealTemplatesRenderInJapaneseWithSubject() {
        Map<String, String> values = new HashMap<>(Map.of("name", "山田 太郎", "organisation", "ガーデン",
                "seminar", "超短時間雇用セミナー", "when", "令和4年2月18日（金） 10:00–12:00",
                "manageUrl", "http://localhost:8080/r/abc"));
        RenderedMail waitlisted = new MailTemplates().render("registration-waitlisted", Locale.JAPANESE, values);
        assertEquals("【キャンセル待ち】超短時間雇用セミナー", waitlisted.subject());
        assertTrue(waitlisted.text().contains("令和4年2月18日（金） 10:00–12:00"));
        assertFalse(waitlisted.text().contains("会場："), "no venue given: the line is left out");
        assertTrue(waitlisted.html().contains("<a href=\"http://localhost:8080/r/abc\">"));
    }

    @Test
    void aSharedPartIsTakenInAndFilledLikeTheRest() {
        RenderedMail reminder = new MailTemplates().render("seminar-reminder", java.util.Locale.ENGLISH, java.util.Map.of(
                "seminar", "Short-hours work", "when", "Fri 18 Feb 2022", "onlineLink", "https://meet.example.org/x"));
        assertTrue(reminder.text().contains("- When: Fri 18 Feb 2022\n- Online link: https://meet.example.org/x\n"), reminder.text());
        assertFalse(reminder.text().contains("{{"), "no placeholder or part left: " + reminder.text());
        assertTrue(reminder.html().contains("<li>Online link: <a href=\"https://meet.example.org/x\">"), reminder.html());
    }
}
