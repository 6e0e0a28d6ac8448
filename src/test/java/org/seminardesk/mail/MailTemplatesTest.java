package org.seminardesk.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.seminardesk.platform.QrCode;

class MailTemplatesTest {

    private final MailTemplates templates = new MailTemplates();

    private static Map<String, String> facts() {
        return new HashMap<>(Map.of("name", "山田 太郎", "organisation", "ガーデン",
                "seminar", "超短時間雇用セミナー", "when", "令和4年2月18日（金） 10:00–12:00",
                "manageUrl", "http://localhost:8080/r/abc"));
    }

    @Test
    void theRealTemplatesRenderInJapaneseWithSubjectAndLeaveOutFactsNotGiven() {
        RenderedMail waitlisted = templates.render("registration-waitlisted", Locale.JAPANESE, facts());
        assertEquals("【キャンセル待ち】超短時間雇用セミナー", waitlisted.subject());
        assertTrue(waitlisted.text().contains("令和4年2月18日（金） 10:00–12:00"));
        assertFalse(waitlisted.text().contains("会場："), "no venue given: the line is left out");
        assertTrue(waitlisted.html().contains("<a href=\"http://localhost:8080/r/abc\">"));
    }

    @Test
    void anEmptyValueLeavesItsLineOutLikeAMissingOne() {
        Map<String, String> values = facts();
        values.put("venue", "  ");
        values.put("needs", null);
        RenderedMail mail = templates.render("registration-confirmed", Locale.JAPANESE, values);
        assertFalse(mail.text().contains("会場："), mail.text());
        assertFalse(mail.text().contains("配慮のご希望"), mail.text());
        assertFalse(mail.text().contains("\n\n\n"), "no empty lines where facts were left out: " + mail.text());
    }

    @Test
    void escapesValuesInHtmlOnlyAndKeepsLineBreaks() {
        Map<String, String> values = facts();
        values.put("name", "<b>&\"'");
        values.put("needs", "車椅子\n手話通訳");
        RenderedMail mail = templates.render("registration-confirmed", Locale.JAPANESE, values);
        assertTrue(mail.html().contains("&lt;b&gt;&amp;&quot;&#39;"), mail.html());
        assertTrue(mail.html().contains("車椅子<br>\n手話通訳"), mail.html());
        assertTrue(mail.text().contains("<b>&\"' 様"), mail.text());
    }

    @Test
    void markupTheApplicationMadeGoesIntoTheHtmlAsItIsAndNeverIntoTheText() {
        Map<String, String> values = facts();
        values.put("checkinCode", "K7Q2");
        values.put("checkinQrHtml", "<table class=\"qr\"></table>");
        RenderedMail mail = templates.render("registration-confirmed", Locale.ENGLISH, values);
        assertTrue(mail.html().contains("<table class=\"qr\"></table>"), mail.html());
        assertFalse(mail.text().contains("<table"), mail.text());
    }

    @Test
    void onlyTheApplicationPlacesACheckInCodesTableNotWhatPeopleType() {
        Map<String, String> values = facts();
        values.put("name", "<!--check-in QR 7KQ4M9X0-->");
        values.put("checkinCode", "K7Q2M9X0");
        values.put("checkinQrHtml", QrCode.inMail("K7Q2M9X0"));
        String html = QrCode.drawnInMail(templates.render("registration-confirmed", Locale.JAPANESE, values).html());
        assertEquals(1, html.split("<table", -1).length - 1, "one table, for the code the application gave: " + html);
        assertTrue(html.contains("&lt;!--check-in QR 7KQ4M9X0--&gt;"), html);
    }

    @Test
    void aSharedPartIsTakenInAndFilledLikeTheRest() {
        Map<String, String> values = facts();
        values.putAll(Map.of("seminar", "Short-hours work", "when", "Fri 18 Feb 2022", "onlineLink", "https://meet.example.org/x"));
        RenderedMail reminder = templates.render("seminar-reminder", Locale.ENGLISH, values);
        assertTrue(reminder.text().contains("- When: Fri 18 Feb 2022\n- Online link: https://meet.example.org/x\n"), reminder.text());
        assertFalse(reminder.text().contains("{{"), "no placeholder or part left: " + reminder.text());
        assertTrue(reminder.html().contains("<li>Online link: <a href=\"https://meet.example.org/x\">"), reminder.html());
    }

    @Test
    void aMisspelledOrForgottenPlaceholderIsRefusedInsteadOfDroppingALine() {
        Map<String, String> misspelled = facts();
        misspelled.put("venu", "ぐるっぽ");
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> templates.render("registration-confirmed", Locale.JAPANESE, misspelled));
        assertTrue(unknown.getMessage().contains("unknown placeholders [venu]"), unknown.getMessage());
        Map<String, String> forgotten = facts();
        forgotten.remove("when");
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> templates.render("registration-confirmed", Locale.JAPANESE, forgotten));
        assertTrue(missing.getMessage().contains("missing [when]"), missing.getMessage());
        assertThrows(IllegalArgumentException.class, () -> templates.render("registration-confirmd", Locale.JAPANESE, facts()));
    }
}
