package org.seminardesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.seminardesk.mail.MailTestSupport;
import org.seminardesk.testing.Http;

/**
 * Private links: only hashes are stored, each mail carries its own token, each participant's link shows
 * that person alone, and a renewal ends every earlier token and goes to the link's own holder only.
 */
class LinkRenewalIT extends MailTestSupport {

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    private static String tokenIn(MimeMessage mail, String path) throws Exception {
        Matcher link = Pattern.compile("/" + path + "/([A-Za-z0-9_-]{43})").matcher(text(mail));
        assertTrue(link.find(), text(mail));
        return link.group(1);
    }

    private List<String> tablesHolding(String text) {
        return organiser.get("api/manage/test/personal-data/occurrences?text=" + text).jsonArray()
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }

    @Test
    void anOrganiserRenewsALeakedGroupLinkAndOnlyTheNewOneWorks() throws Exception {
        long seminar = publishedSeminar(5);
        String address = "renew-" + tag + "@example.org";
        String oldToken = register(seminar, address);
        long registration = onlyRegistrationOf(seminar);

        assertEquals(403, staff.post("api/manage/seminars/" + seminar + "/registrations/" + registration + "/link", "").status());
        assertEquals(404, organiser.post("api/manage/seminars/" + publishedSeminar(5) + "/registrations/" + registration + "/link", "").status(),
                "only through its own seminar");
        assertEquals(200, anonymous.get("api/registrations/" + oldToken).status(), "nothing renewed by refused requests");

        Http.Reply renewed = organiser.post("api/manage/seminars/" + seminar + "/registrations/" + registration + "/link", "");
        assertEquals(200, renewed.status(), renewed.body());
        assertFalse(renewed.body().contains(oldToken), "the answer carries no old token");
        assertEquals(404, anonymous.get("api/registrations/" + oldToken).status(), "the old link is dead at once");
        String newToken = renewed.json().getString("token");
        assertEquals("CONFIRMED", anonymous.get("api/registrations/" + newToken).json().getString("status"),
                "an organiser registered it, so there is no contact to mail: the organiser gets the new link to pass on");
        MimeMessage confirmation = eventually(() -> mailTo(address), m -> !m.isEmpty()).get(0);
        assertFalse(text(confirmation).contains("/r/"), "a participant never gets the group's link");
        String serverLog = java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("it.server.log")));
        assertFalse(serverLog.contains(oldToken) || serverLog.contains(newToken), "tokens are never logged");
    }

    @Test
    void eachParticipantsLinkShowsThatPersonAloneAndIsRenewedForThemAlone() throws Exception {
        long seminar = publishedSeminar(5);
        String first = "hash-a-" + tag + "@example.org";
        String second = "hash-b-" + tag + "@example.org";
        String answered = register(seminar, first, second);
        String mailedToFirst = tokenIn(eventually(() -> mailTo(first), m -> !m.isEmpty()).get(0), "p");
        String mailedToSecond = tokenIn(eventually(() -> mailTo(second), m -> !m.isEmpty()).get(0), "p");
        for (String token : List.of(answered, mailedToFirst, mailedToSecond)) {
            assertEquals(List.of(), tablesHolding(token), "no table holds a token that was handed out");
        }

        String firstsPage = anonymous.get("api/participants/" + mailedToFirst).body();
        assertTrue(firstsPage.contains(first) && firstsPage.contains("字幕"), firstsPage);
        assertFalse(firstsPage.contains(second) || firstsPage.contains("hash-b"), "nothing of the other participant: " + firstsPage);
        String firstsHtml = anonymous.get("p/" + mailedToFirst).body();
        assertFalse(firstsHtml.contains(second), "the page neither");
        assertEquals(404, anonymous.get("api/registrations/" + mailedToFirst).status(), "a person's link is not the group's");

        long registration = onlyRegistrationOf(seminar);
        JsonObject group = anonymous.get("api/registrations/" + answered).json();
        assertEquals(2, group.getJsonArray("participants").size(), "the contact's view shows the whole group");
        long secondId = organiser.get("api/manage/seminars/" + seminar + "/registrations").json().getJsonArray("registrations")
                .getJsonObject(0).getJsonArray("participants").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("email").equals(second)).findFirst().orElseThrow().getJsonNumber("id").longValue();
        assertEquals(200, organiser.post("api/manage/seminars/" + seminar + "/registrations/" + registration
                + "/participants/" + secondId + "/link", "").status());
        assertEquals(404, anonymous.get("api/participants/" + mailedToSecond).status(), "their old link is dead");
        assertEquals(200, anonymous.get("api/participants/" + mailedToFirst).status(), "the other's still works");
        MimeMessage renewal = eventually(() -> mailTo(second), m -> m.size() == 2).get(1);
        assertEquals(200, anonymous.get("api/participants/" + tokenIn(renewal, "p")).status());
        assertEquals(1, mailTo(first).size(), "the renewed link goes to its own holder alone");
    }
}
