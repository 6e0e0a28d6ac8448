package org.seminardesk.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.seminardesk.testing.Http;

/**
 * Reminders go out at each slot of a seminar's schedule, once per confirmed registration, also after the
 * server was down at the due time — driven by a server clock the test shifts forward instead of waiting days.
 */
class ReminderIT extends MailTestSupport {

    private static final Duration QUIET = Duration.ofSeconds(3);

    /** A published online seminar starting this long from now, with the given reminder slots. */
    private long seminarIn(Duration fromNow, String reminders, int capacity) {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(9)).plus(fromNow).truncatedTo(ChronoUnit.MINUTES);
        return publishedSeminar(capacity, start.toString(), start.plusHours(2).toString(), reminders);
    }

    private List<MimeMessage> remindersTo(String address) {
        return mailTo(address).stream().filter(m -> {
            try {
                return m.getSubject().startsWith("【リマインド】");
            } catch (jakarta.mail.MessagingException e) {
                throw new AssertionError(e);
            }
        }).toList();
    }

    /** The reminders to the address reach this count and stay there while the scheduler and dispatcher (1 s) go round. */
    private void remindersSettleAt(String address, int expected, String message) {
        settlesAt(() -> remindersTo(address).size(), expected, QUIET, message);
    }

    @Test
    void eachConfirmedParticipantIsRemindedOncePerSlotAndNeverAfterTheStart() throws Exception {
        long seminar = seminarIn(Duration.ofDays(10), "[168,24]", 2);
        register(seminar, "remind-a@example.org", "remind-b@example.org");
        register(seminar, "remind-waiting@example.org");
        remindersSettleAt("remind-a@example.org", 0, "nothing is due yet");

        ageSeminar(seminar, Duration.ofDays(4)); // it now starts in 6 days
        MimeMessage first = eventually(() -> remindersTo("remind-a@example.org"), list -> !list.isEmpty()).get(0);
        assertEquals(1, eventually(() -> remindersTo("remind-b@example.org"), list -> !list.isEmpty()).size());
        String title = anonymous.get("api/seminars/" + seminar).json().getString("titleJa");
        assertTrue(first.getSubject().contains(title), first.getSubject());
        assertTrue(text(first).contains("https://meet.example.org/"), "a confirmed participant gets the link: " + text(first));
        assertTrue(text(first).contains("/p/"), "and the participant's own link");
        remindersSettleAt("remind-a@example.org", 1, "7 days before: once");
        assertEquals(0, remindersTo("remind-waiting@example.org").size(), "the waitlisted get no reminder");

        ageSeminar(seminar, Duration.ofDays(5).plusHours(1)); // in 23 hours
        assertEquals(2, eventually(() -> remindersTo("remind-a@example.org"), list -> list.size() >= 2).size());
        remindersSettleAt("remind-b@example.org", 2, "1 day before: once more");

        ageSeminar(seminar, Duration.ofDays(1)); // started an hour ago
        remindersSettleAt("remind-a@example.org", 2, "nothing after the start");
    }

    @Test
    void aReminderDueWhileNoServerWasRunningGoesOutWhenItIsBackButNotOnceTheSeminarHasStarted() throws Exception {
        long later = seminarIn(Duration.ofDays(10), "[168,24]", 5);
        register(later, "catch-up@example.org");
        long started = seminarIn(Duration.ofDays(5), "[72]", 5);
        register(started, "too-late@example.org");

        // both slots of the first seminar and the only slot of the second passed while "nobody was running"
        ageSeminar(later, Duration.ofDays(9).plusHours(1));
        ageSeminar(started, Duration.ofDays(9).plusHours(1));
        assertEquals(1, eventually(() -> remindersTo("catch-up@example.org"), list -> !list.isEmpty()).size());
        remindersSettleAt("catch-up@example.org", 1, "one reminder, not one per missed slot");
        assertEquals(0, remindersTo("too-late@example.org").size(), "the second seminar has started: no reminder");
        List<String> kinds = outboxOf(onlyRegistrationOf(later)).stream().map(m -> m.getString("kind")).toList();
        assertEquals(List.of("registration-confirmed", "seminar-reminder"), kinds);
    }

    @Test
    void whoIsConfirmedAfterASlotsTimeIsNotRemindedOfThatSlot() throws Exception {
        long soon = seminarIn(Duration.ofDays(2), "[168,24]", 5);
        register(soon, "late-comer@example.org");
        remindersSettleAt("late-comer@example.org", 0, "the 7-day slot had passed: the confirmation said it all");
        ageSeminar(soon, Duration.ofDays(1).plusHours(1));
        assertEquals(1, eventually(() -> remindersTo("late-comer@example.org"), list -> !list.isEmpty()).size());
    }

    @Test
    void organisersSetTheScheduleAndNonsenseIsRefused() {
        long seminar = seminarIn(Duration.ofDays(20), "[24,168,24]", 5);
        JsonObject view = organiser.get("api/seminars/" + seminar).json();
        assertEquals("[168,24]", view.getJsonArray("reminderHoursBefore").toString(), "ordered, duplicates removed");
        String edit = """
                {"titleJa":"予定変更","kind":"SEMINAR","format":"ONLINE","capacity":5,"status":"PUBLISHED",
                 "startsAt":"%s","endsAt":"%s","onlineLink":"https://meet.example.org/x","reminderHoursBefore":%s}""";
        String start = view.getString("startsAt");
        String end = view.getString("endsAt");
        assertEquals("[2]", organiser.put("api/seminars/" + seminar, edit.formatted(start, end, "[2]")).json()
                .getJsonArray("reminderHoursBefore").toString());
        Map<String, Integer> refusals = Map.of("[0]", 422, "[-1]", 422, "[2161]", 422, "[1,2,3,4,5,6]", 400,
                "[null]", 400, "[\"soon\"]", 400, "[1.5]", 400);
        refusals.forEach((bad, status) -> {
            Http.Reply refused = organiser.put("api/seminars/" + seminar, edit.formatted(start, end, bad));
            assertEquals(status, refused.status(), bad + " → " + refused.body());
            assertTrue(status == 400 || refused.body().contains("reminderHoursBefore"), refused.body());
        });
        assertEquals("[2]", organiser.get("api/seminars/" + seminar).json().getJsonArray("reminderHoursBefore").toString(),
                "a refused edit changes nothing");
    }
}
