package org.seminardesk.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.seminardesk.mail.MailTestSupport;
import org.seminardesk.platform.QrCode;
import org.seminardesk.testing.Http;

/**
 * Check-in by code: each participant's code in their mail (with a QR table) and on their page (SVG); staff
 * record it once (a repeat says when); the seminar's attendance code only during the seminar, with a cap on
 * wrong guesses.
 */
class CheckInIT extends MailTestSupport {

    private static final Pattern PARTICIPANT_LINK = Pattern.compile("/p/([A-Za-z0-9_-]{43})");

    /** An in-person seminar 10:00–12:00 in seven days. */
    private long inPersonSeminar() {
        Http.Reply reply = organiser.post("api/seminars", """
                {"titleJa":"%s","kind":"SEMINAR","format":"IN_PERSON","capacity":10,"venue":"ぐるっぽ 多目的室",
                 "startsAt":"%s","endsAt":"%s","status":"PUBLISHED","reminderHoursBefore":[]}"""
                .formatted(unique("受付"), inDays(7, 10), inDays(7, 12)));
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }

    private String linkOf(String address) throws Exception {
        String text = text(eventually(() -> mailTo(address), list -> !list.isEmpty()).get(0));
        Matcher link = PARTICIPANT_LINK.matcher(text);
        assertTrue(link.find(), text);
        return link.group(1);
    }

    @Test
    void staffRecordAParticipantsCodeOnceAndARepeatSaysWhen() throws Exception {
        long seminar = inPersonSeminar();
        String address = "door-" + System.nanoTime() + "@example.org";
        register(seminar, address);
        var confirmation = eventually(() -> mailTo(address), list -> !list.isEmpty()).get(0);
        String token = linkOf(address);
        String code = anonymous.get("api/participants/" + token).json().getString("checkinCode");
        assertTrue(code.matches("[0-9A-Z]{8}"), code);
        assertTrue(text(confirmation).contains(code), "the mail carries the code");
        // stored as the code's place, drawn as the mail goes out
        assertTrue(html(confirmation).contains(QrCode.htmlTable(code, 4)), "and the QR code as a table");
        var qr = anonymous.download("api/participants/" + token + "/checkin-qr.svg");
        assertEquals(200, qr.statusCode());
        assertTrue(qr.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"));
        assertTrue(anonymous.get("p/" + token).body().contains(code), "the page shows it");

        String path = "api/attendance/seminars/" + seminar + "/check-ins";
        Http.Reply first = staff.post(path, "{\"code\":\"" + code.toLowerCase() + "\"}");
        assertEquals(200, first.status(), first.body());
        assertFalse(first.json().getBoolean("already"));
        Http.Reply again = staff.post(path, "{\"code\":\"" + code + "\"}");
        assertTrue(again.json().getBoolean("already"), "a second scan says so");
        assertEquals(first.json().getString("checkedInAt"), again.json().getString("checkedInAt"), "and keeps the first time");
        JsonObject row = AttendanceFixture.participant(staff.get("api/attendance/seminars/" + seminar).json(), "door-");
        assertTrue(row.getBoolean("attended"), "checked in at the door counts as attended");

        long other = inPersonSeminar();
        assertEquals(409, staff.post("api/attendance/seminars/" + other + "/check-ins", "{\"code\":\"" + code + "\"}").status(),
                "another seminar's participant");
        assertEquals(422, staff.post(path, "{\"code\":\"ZZZZZZZZ\"}").status());
        assertEquals(422, staff.post(path, "{\"code\":\"<script>\"}").status());
        assertEquals(401, anonymous.post(path, "{\"code\":\"" + code + "\"}").status());
    }

    @Test
    void participantsCheckThemselvesInWithTheSeminarsCodeDuringItOnly() throws Exception {
        long seminar = publishedSeminar(10); // online: no door code, the attendance code instead
        String address = "self-" + System.nanoTime() + "@example.org";
        String guesser = "guess-" + System.nanoTime() + "@example.org";
        register(seminar, address);
        register(seminar, guesser);
        String token = linkOf(address);
        String guessing = linkOf(guesser);
        JsonObject view = anonymous.get("api/participants/" + token).json();
        assertTrue(!view.containsKey("checkinCode") || view.isNull("checkinCode"), "online only: no door code");
        String code = staff.get("api/attendance/seminars/" + seminar + "/check-ins/code").json().getString("code");
        String self = "api/participants/" + token + "/check-in";
        assertEquals(409, anonymous.put(self, "{\"code\":\"" + code + "\"}").status(), "a week before: closed");

        Duration untilStart = Duration.between(java.time.Instant.now(), java.time.OffsetDateTime.parse(
                anonymous.get("api/seminars/" + seminar).json().getString("startsAt")).toInstant());
        ageSeminar(seminar, untilStart.minusMinutes(10)); // it now starts in 10 minutes
        assertTrue(anonymous.get("p/" + token).body().contains("selfCheckin"), "the page asks for the code now");
        Http.Reply wrong = anonymous.put(self, "{\"code\":\"" + (code.equals("000000") ? "000001" : "000000") + "\"}");
        assertEquals(422, wrong.status());
        assertTrue(wrong.body().contains("9 tries left"), wrong.body());
        Http.Reply right = anonymous.put(self, "{\"code\":\"" + code + "\"}");
        assertEquals(200, right.status(), right.body());
        assertEquals("CHECKED_IN", right.json().getString("outcome"));
        assertEquals("ALREADY", anonymous.put(self, "{\"code\":\"" + code + "\"}").json().getString("outcome"));

        String guess = "api/participants/" + guessing + "/check-in";
        for (int i = 0; i < 10; i++) {
            anonymous.put(guess, "{\"code\":\"" + String.format("%06d", (Integer.parseInt(code) + 1 + i) % 1_000_000) + "\"}");
        }
        assertEquals(409, anonymous.put(guess, "{\"code\":\"" + code + "\"}").status(), "ten wrong codes: not even the right one now");

        ageSeminar(seminar, Duration.ofHours(3).plusMinutes(10)); // it ended an hour ago
        assertEquals(409, anonymous.put(self, "{\"code\":\"" + code + "\"}").status(), "after the end: closed");
    }

    @Test
    void someoneWhoDidNotRegisterIsRegisteredAtTheDoorWithinTheCapacity() throws Exception {
        Http.Reply made = organiser.post("api/seminars", """
                {"titleJa":"%s","kind":"SEMINAR","format":"IN_PERSON","capacity":2,"venue":"会議室",
                 "startsAt":"%s","endsAt":"%s","status":"PUBLISHED","reminderHoursBefore":[],
                 "registrationDeadline":"%s"}"""
                .formatted(unique("当日参加"), inDays(7, 10), inDays(7, 12), inDays(3, 17)));
        long seminar = made.json().getJsonNumber("id").longValue();
        long registered = organisation();
        AttendanceFixture.register(organiser, seminar, registered, "{\"name\":\"申込 済子\",\"email\":\"walkin-%s@example.org\"}",
                String.valueOf(System.nanoTime()));
        String path = "api/attendance/seminars/" + seminar + "/check-ins/walk-ins";

        Http.Reply joined = staff.post(path, "{\"organisationId\":%d,\"name\":\"飛び込み 一郎\"}".formatted(registered));
        assertEquals(201, joined.status(), joined.body());
        assertEquals(1, staff.get("api/manage/seminars/" + seminar + "/registrations").json().getJsonArray("registrations").size(),
                "someone from a registered organisation joins its registration");
        JsonObject review = staff.get("api/attendance/seminars/" + seminar).json();
        assertTrue(review.getJsonArray("participants").getValuesAs(JsonObject.class).stream()
                .anyMatch(p -> p.getString("name").equals("飛び込み 一郎") && p.getBoolean("attended")), review.toString());

        Http.Reply full = staff.post(path, "{\"organisationId\":%d,\"name\":\"満席 花子\"}".formatted(registered));
        assertEquals(409, full.status(), "two seats, two people: " + full.body());
        assertEquals(400, staff.post(path, "{\"organisationId\":%d,\"name\":\"\"}".formatted(registered)).status());
        assertEquals(401, anonymous.post(path, "{\"organisationId\":%d,\"name\":\"x\"}".formatted(registered)).status());
        assertEquals(2, organiser.get("api/seminars/" + seminar).json().getInt("capacity")
                - organiser.get("api/seminars/" + seminar).json().getInt("seatsLeft"), "never beyond the capacity");
    }
}
