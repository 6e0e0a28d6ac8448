package org.seminardesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.seminardesk.mail.MailTestSupport;
import org.seminardesk.testing.Http;

/** A forwarded link is renewed by an organiser: the old one stops working, the participants get the new one by mail. */
class LinkRenewalIT extends MailTestSupport {

    @Test
    void anOrganiserRenewsALeakedLinkAndOnlyTheNewOneWorks() throws Exception {
        long seminar = publishedSeminar(5);
        String address = "renew-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String oldToken = register(seminar, address);
        long registration = onlyRegistrationOf(seminar);

        assertEquals(403, staff.post("api/manage/seminars/" + seminar + "/registrations/" + registration + "/link", "").status());
        assertEquals(404, organiser.post("api/manage/seminars/" + publishedSeminar(5) + "/registrations/" + registration + "/link", "").status(),
                "only through its own seminar");
        assertEquals(200, anonymous.get("api/registrations/" + oldToken).status(), "nothing renewed by refused requests");

        Http.Reply renewed = organiser.post("api/manage/seminars/" + seminar + "/registrations/" + registration + "/link", "");
        assertEquals(200, renewed.status(), renewed.body());
        assertFalse(renewed.body().contains(oldToken), "the answer carries no token");
        assertEquals(404, anonymous.get("api/registrations/" + oldToken).status(), "the old link is dead at once");

        List<MimeMessage> mails = eventually(() -> mailTo(address), m -> m.size() >= 2);
        MimeMessage notice = mails.stream().filter(m -> {
            try {
                return m.getSubject().contains("リンクを新しくしました");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).findFirst().orElseThrow(() -> new AssertionError("no renewal mail"));
        Matcher link = Pattern.compile("/r/([A-Za-z0-9_-]{43})").matcher(text(notice));
        assertTrue(link.find(), text(notice));
        String newToken = link.group(1);
        assertFalse(newToken.equals(oldToken));
        assertEquals("CONFIRMED", anonymous.get("api/registrations/" + newToken).json().getString("status"));
        assertFalse(html(notice).contains(oldToken) || text(notice).contains(oldToken));
        String serverLog = java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("it.server.log")));
        assertFalse(serverLog.contains(oldToken) || serverLog.contains(newToken), "tokens are never logged");
    }

    @Test
    void onlyHashesAreStoredEachMailCarriesItsOwnTokenAndRenewalEndsThemAll() throws Exception {
        long seminar = publishedSeminar(5);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String first = "hash-a-" + tag + "@example.org";
        String second = "hash-b-" + tag + "@example.org";
        String answered = register(seminar, first, second);
        String mailedToFirst = tokenIn(eventually(() -> mailTo(first), m -> !m.isEmpty()).get(0));
        String mailedToSecond = tokenIn(eventually(() -> mailTo(second), m -> !m.isEmpty()).get(0));
        assertEquals(3, java.util.Set.of(answered, mailedToFirst, mailedToSecond).size(), "a token per mail");
        for (String token : List.of(answered, mailedToFirst, mailedToSecond)) {
            assertEquals(200, anonymous.get("api/registrations/" + token).status());
            assertEquals(List.of(), organiser.get("api/manage/test/tables-containing?text=" + token).jsonArray()
                    .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList(),
                    "no table holds a token that was handed out");
        }

        long registration = onlyRegistrationOf(seminar);
        assertEquals(200, organiser.post("api/manage/seminars/" + seminar + "/registrations/" + registration + "/link", "").status());
        for (String token : List.of(answered, mailedToFirst, mailedToSecond)) {
            assertEquals(404, anonymous.get("api/registrations/" + token).status(), "renewal ends every earlier token");
        }
        String renewed = tokenIn(eventually(() -> mailTo(first), m -> m.size() >= 2).get(1));
        assertEquals(200, anonymous.get("api/registrations/" + renewed).status());
    }

    private static String tokenIn(MimeMessage mail) throws Exception {
        Matcher link = Pattern.compile("/r/([A-Za-z0-9_-]{43})").matcher(text(mail));
        assertTrue(link.find(), text(mail));
        return link.group(1);
    }
}
