package org.seminardesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.seminardesk.testing.ApplicationIT;
import org.seminardesk.testing.Http;

/**
 * Every page in both languages: no text is missing from either bundle (Faces shows ???key???), and in English
 * the words of the page itself (labels, column heads, buttons, legends, captions) are English, with English
 * punctuation. Names and titles people typed in Japanese are data and may stay Japanese.
 */
class LanguagesIT extends ApplicationIT {

    private static final Pattern JAPANESE = Pattern.compile("[\\u3040-\\u30ff\\u4e00-\\u9fff\\uff08\\uff09\\u3001\\u3002\\uff1a]");
    private static final Pattern LABELS = Pattern.compile(
            "<(label|legend|caption|summary|button)\\b[^>]*>(.*?)</\\1>|<th scope=\"col\"[^>]*>(.*?)</th>|<input(?![^>]*checkin-button)[^>]*type=\"submit\"[^>]*value=\"([^\"]*)\"",
            Pattern.DOTALL);

    /** Each user's shared client keeps its session, so a password is checked once, not on every page. */
    private String page(String path, String language, Http.As who) {
        Http.Reply answer = anonymous.as(who).withHeader("Accept-Language", language).get(path);
        int expected = path.startsWith("no-such-page") ? 404 : 200;
        if (answer.status() != expected) {
            failures.add(path + " [" + language + "]: answered " + answer.status());
        }
        return answer.body();
    }

    private final List<String> failures = new ArrayList<>();

    @Test
    void everyPageHasAllItsTextsAndEnglishPagesSpeakEnglish() throws Exception {
        long seminar = publishedSeminar(5);
        String token = organiser.post("api/manage/registrations", "{\"privacyConsent\":true,\"seminarId\":%d,\"organisationId\":%d,\"participants\":[{\"name\":\"言語 確認\",\"email\":\"lang@example.org\"}]}"
                .formatted(seminar, organisation())).json().getString("token");
        List<String> publicPages = List.of("", "seminar.xhtml?id=" + seminar, "register.xhtml?seminar=" + seminar,
                "registered.xhtml?notice=MAIL_SENT&seminar=" + seminar, "r/" + token, "probono.xhtml", "login.xhtml", "privacy.xhtml",
                "portal-link.xhtml", "no-such-page.xhtml");
        List<String> organiserPages = List.of("manage/index.xhtml", "manage/seminar.xhtml", "manage/seminar.xhtml?id=" + seminar,
                "manage/announcements.xhtml", "manage/mail.xhtml", "manage/registrations.xhtml", "manage/registrations.xhtml?seminar=" + seminar,
                "manage/organisations.xhtml", "manage/organisation.xhtml?id=" + organisation(), "manage/speakers.xhtml", "manage/venues.xhtml",
                "manage/seminars.xhtml", "staff/index.xhtml", "staff/attendance.xhtml?seminar=" + seminar, "staff/checkin.xhtml?seminar=" + seminar,
                "staff/signin-sheet.xhtml?seminar=" + seminar, "staff/review.xhtml?seminar=" + seminar, "manage/surveys.xhtml",
                "manage/groups.xhtml?seminar=" + seminar, "manage/probono.xhtml", "manage/report.xhtml", "manage/personal-data.xhtml",
                "account.xhtml");
        List<String> problems = failures;
        for (String language : List.of("ja", "en")) {
            for (String path : publicPages) {
                check(path, language, page(path, language, Http.As.ANONYMOUS), problems);
            }
            for (String path : organiserPages) {
                check(path, language, page(path, language, Http.As.ORGANISER), problems);
            }
            for (String path : List.of("admin/users.xhtml", "admin/audit.xhtml")) {
                check(path, language, page(path, language, Http.As.ADMIN), problems);
            }
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
        org.junit.jupiter.api.Assertions.assertTrue(japaneseLabels > 100,
                "the check finds the labels it checks (Japanese ones on the Japanese pages): " + japaneseLabels);
    }

    private int japaneseLabels;

    private void check(String path, String language, String html, List<String> problems) {
        if (!html.contains("lang=\"" + language + "\"")) {
            problems.add(path + " [" + language + "]: not in this language");
        }
        if (html.contains("???")) {
            problems.add(path + " [" + language + "]: a text is missing: " + html.substring(html.indexOf("???"), Math.min(html.length(), html.indexOf("???") + 60)));
        }
        Matcher label = LABELS.matcher(html);
        while (label.find()) {
            String text = java.util.stream.Stream.of(label.group(2), label.group(3), label.group(4))
                    .filter(java.util.Objects::nonNull).findFirst().orElse("").replaceAll("<[^>]+>", "").strip();
            boolean japanese = JAPANESE.matcher(text).find();
            if (language.equals("en") && japanese) {
                problems.add(path + " [en]: Japanese in a label: " + text);
            } else if (japanese) {
                japaneseLabels++;
            }
        }
    }
}
