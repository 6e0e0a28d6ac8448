package org.seminardesk.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.seminardesk.testing.Http;

/**
 * An online link held back until shortly before the start: not in the confirmation, the API, the participant's
 * page or calendar entry before; one mail with it at its release (also after downtime); visible after.
 */
class LinkReleaseIT extends MailTestSupport {

    private static final Pattern PARTICIPANT_LINK = Pattern.compile("/p/([A-Za-z0-9_-]{20,})");

    /** A published online seminar starting this long from now whose link is shown 60 minutes before. */
    private long seminarIn(Duration fromNow, String link) {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(9)).plus(fromNow).truncatedTo(ChronoUnit.MINUTES);
        String json = """
                {"titleJa":"%s","kind":"SEMINAR","format":"ONLINE","capacity":10,"reminderHoursBefore":[],
                 "startsAt":"%s","endsAt":"%s","onlineLink":"%s","status":"PUBLISHED","linkReleaseMinutesBefore":60}"""
                .formatted(unique("URL後出し"), start, start.plusHours(2), link);
        Http.Reply reply = organiser.post("api/seminars", json);
        assertEquals(201, reply.status(), reply.body());
        assertEquals(60, reply.json().getInt("linkReleaseMinutesBefore"));
        return reply.json().getJsonNumber("id").longValue();
    }

    private List<MimeMessage> linkMailsTo(String address) {
        return mailTo(address).stream().filter(m -> subject(m).startsWith("【参加URL】")).toList();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theLinkIsHeldBackUntilItsTimeThenMailedOnceAndShown() throws Exception {
        String link = "https://meet.example.org/held-" + System.nanoTime();
        long seminar = seminarIn(Duration.ofDays(3), link);
        String token = register(seminar, "held-a@example.org");

        MimeMessage confirmation = eventually(() -> mailTo("held-a@example.org"), list -> !list.isEmpty()).get(0);
        assertFalse(text(confirmation).contains(link), "the confirmation does not carry the link yet");
        assertTrue(text(confirmation).contains("にメールでお送りします"), text(confirmation));
        JsonObject before = anonymous.get("api/registrations/" + token).json().getJsonObject("seminar");
        assertTrue(!before.containsKey("onlineLink") || before.isNull("onlineLink"), before.toString());
        assertTrue(before.getJsonObject("onlineLinkFrom").getString("label").startsWith("令和"), before.toString());
        Matcher own = PARTICIPANT_LINK.matcher(text(confirmation));
        assertTrue(own.find(), text(confirmation));
        String participant = own.group(1);
        assertFalse(anonymous.get("api/participants/" + participant).body().contains(link));
        assertFalse(anonymous.get("api/participants/" + participant + "/calendar.ics").body().contains(link));
        String page = anonymous.get("p/" + participant).body();
        assertFalse(page.contains(link), "the participant's page does not show it yet");
        assertTrue(page.contains("に表示し、メールでもお送りします"), page);

        ageSeminar(seminar, Duration.ofDays(3).minusMinutes(59)); // it now starts in 59 minutes
        MimeMessage released = eventually(() -> linkMailsTo("held-a@example.org"), list -> !list.isEmpty()).get(0);
        assertTrue(text(released).contains(link), text(released));
        assertTrue(anonymous.get("api/registrations/" + token).body().contains(link), "now the API shows it");
        assertTrue(anonymous.get("p/" + participant).body().contains(link), "and the page");

        ageSeminar(seminar, Duration.ofMinutes(29)); // in 30 minutes
        settlesAt(() -> linkMailsTo("held-a@example.org").size(), 1, Duration.ofSeconds(3), "exactly one mail with the link");
    }

    @Test
    void whoIsConfirmedAfterTheReleaseGetsTheLinkInTheConfirmationAndNoSecondMail() throws Exception {
        String link = "https://meet.example.org/late-" + System.nanoTime();
        long seminar = seminarIn(Duration.ofMinutes(40), link);
        register(seminar, "held-late@example.org");
        MimeMessage confirmation = eventually(() -> mailTo("held-late@example.org"), list -> !list.isEmpty()).get(0);
        assertTrue(text(confirmation).contains(link), text(confirmation));
        settlesAt(() -> linkMailsTo("held-late@example.org").size(), 0, Duration.ofSeconds(3), "no second mail with the link");
        assertEquals(List.of("registration-confirmed"),
                outboxOf(onlyRegistrationOf(seminar)).stream().map(m -> m.getString("kind")).toList());
    }

    @Test
    void organisersChooseTheTimeAndNonsenseIsRefused() {
        String json = """
                {"titleJa":"%s","kind":"SEMINAR","format":"ONLINE","capacity":10,
                 "startsAt":"2031-03-01T10:00:00+09:00","endsAt":"2031-03-01T12:00:00+09:00",
                 "onlineLink":"https://meet.example.org/x"%s}""";
        String title = unique("URL表示");
        Http.Reply created = organiser.post("api/seminars", json.formatted(title, ""));
        long seminar = created.json().getJsonNumber("id").longValue();
        assertEquals(0, created.json().getInt("linkReleaseMinutesBefore"), "by default: from confirmation");
        Http.Reply tooEarly = organiser.put("api/seminars/" + seminar, json.formatted(title, ",\"linkReleaseMinutesBefore\":20000"));
        assertEquals(400, tooEarly.status(), tooEarly.body());
        assertTrue(tooEarly.body().contains("linkReleaseMinutesBefore"), tooEarly.body());
        assertEquals(0, organiser.get("api/seminars/" + seminar).json().getInt("linkReleaseMinutesBefore"), "unchanged");
        Http.Reply set = organiser.put("api/seminars/" + seminar, json.formatted(title, ",\"linkReleaseMinutesBefore\":30"));
        assertEquals(30, set.json().getInt("linkReleaseMinutesBefore"), set.body());
        Http.Reply kept = organiser.put("api/seminars/" + seminar, json.formatted(title, ""));
        assertEquals(30, kept.json().getInt("linkReleaseMinutesBefore"), "left out on an edit: unchanged");
    }
}
