package org.seminardesk.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.seminardesk.mail.MailTestSupport;
import org.seminardesk.testing.Http;
import org.seminardesk.testing.Race;

/**
 * Venue or online at a hybrid seminar: each mode fills up to its own cap under concurrent load and never beyond,
 * each person is told only what applies to them, and a person switches mode only where there is a seat.
 */
class AttendanceModeIT extends MailTestSupport {

    private static final Pattern PARTICIPANT_LINK = Pattern.compile("/p/([A-Za-z0-9_-]{20,})");
    private static final String ROOM = "ぐるっぽ 多目的室";

    private long hybridSeminar(int capacity, Integer venue, Integer online, String link) {
        String json = """
                {"titleJa":"%s","kind":"SEMINAR","format":"HYBRID","capacity":%d,"venueCapacity":%s,"onlineCapacity":%s,
                 "reminderHoursBefore":[],"startsAt":"%s","endsAt":"%s","venue":"%s","onlineLink":"%s","status":"PUBLISHED"}"""
                .formatted(unique("併用"), capacity, venue, online, inDays(7, 10), inDays(7, 12), ROOM, link);
        Http.Reply reply = organiser.post("api/seminars", json);
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }

    private Http.Reply registerPeople(long seminar, String... emailAndMode) {
        StringBuilder people = new StringBuilder();
        for (String person : emailAndMode) {
            String[] parts = person.split(" ");
            people.append(people.length() == 0 ? "" : ",").append("{\"name\":\"職員 %s\",\"email\":\"%s\"%s}"
                    .formatted(parts[0].split("@")[0], parts[0], parts.length > 1 ? ",\"mode\":\"" + parts[1] + "\"" : ""));
        }
        return organiser.post("api/manage/registrations", "{\"privacyConsent\":true,\"seminarId\":%d,\"organisationId\":%d,\"participants\":[%s]}"
                .formatted(seminar, organisation(), people));
    }

    private JsonObject modes(long seminar) {
        return staff.get("api/manage/seminars/" + seminar + "/registrations").json().getJsonObject("modes");
    }

    private String participantToken(String address) throws Exception {
        MimeMessage mail = eventually(() -> mailTo(address), list -> !list.isEmpty()).get(0);
        Matcher own = PARTICIPANT_LINK.matcher(text(mail));
        assertTrue(own.find(), text(mail));
        return own.group(1);
    }

    @Test
    void bothModesFillUpToTheirCapsUnderConcurrentLoadAndNoFurther() throws Exception {
        long seminar = hybridSeminar(100, 10, 15, "https://meet.example.org/load");
        List<Long> organisations = java.util.stream.IntStream.range(0, 60).mapToObj(i -> organisation()).toList();
        List<Http.Reply> replies = Race.of(60, 30, i -> organiser.post("api/manage/registrations",
                "{\"privacyConsent\":true,\"seminarId\":%d,\"organisationId\":%d,\"participants\":[{\"name\":\"職員%d\",\"mode\":\"%s\"}]}"
                        .formatted(seminar, organisations.get(i), i, i % 2 == 0 ? "VENUE" : "ONLINE")));
        Map<Integer, Long> statuses = replies.stream().collect(Collectors.groupingBy(Http.Reply::status, Collectors.counting()));
        assertEquals(Map.of(201, 60L), statuses, "every request accepted, no 5xx");

        JsonObject counts = modes(seminar);
        assertEquals(10, counts.getInt("venueConfirmed"), "the room is full and not overbooked: " + counts);
        assertEquals(15, counts.getInt("onlineConfirmed"), counts.toString());
        assertEquals(20, counts.getInt("venueWaitlisted"));
        assertEquals(15, counts.getInt("onlineWaitlisted"));
        JsonObject seats = organiser.get("api/seminars/" + seminar).json().getJsonObject("modes");
        assertEquals(10, seats.getInt("venueTaken"), "the counters agree with the registrations");
        assertEquals(15, seats.getInt("onlineTaken"));
        assertEquals(0, seats.getInt("venueSeatsLeft"));
        assertEquals(75, organiser.get("api/seminars/" + seminar).json().getInt("seatsLeft"));
    }

    @Test
    void eachPersonIsToldOnlyWhatAppliesToThem() throws Exception {
        String link = "https://meet.example.org/mode-" + System.nanoTime();
        long seminar = hybridSeminar(10, null, null, link);
        assertEquals(201, registerPeople(seminar, "room-a@example.org VENUE", "net-b@example.org ONLINE").status());

        MimeMessage toRoom = eventually(() -> mailTo("room-a@example.org"), list -> !list.isEmpty()).get(0);
        MimeMessage toNet = eventually(() -> mailTo("net-b@example.org"), list -> !list.isEmpty()).get(0);
        assertTrue(text(toRoom).contains("■ 参加方法：会場で参加"), text(toRoom));
        assertTrue(text(toRoom).contains(ROOM) && text(toRoom).contains("受付コード"), text(toRoom));
        assertFalse(text(toRoom).contains(link), "the link is not for those in the room");
        assertTrue(text(toNet).contains("■ 参加方法：オンラインで参加") && text(toNet).contains(link), text(toNet));
        assertFalse(text(toNet).contains(ROOM) || text(toNet).contains("受付コード"), text(toNet));
        assertTrue(part(toRoom, "text/calendar").contains("\nLOCATION:" + ROOM), part(toRoom, "text/calendar"));
        assertFalse(part(toNet, "text/calendar").contains("\nLOCATION"), part(toNet, "text/calendar"));

        JsonObject room = anonymous.get("api/participants/" + participantToken("room-a@example.org")).json();
        assertEquals("VENUE", room.getString("mode"));
        assertTrue(absent(room, "onlineLink") && room.getString("venue").equals(ROOM), room.toString());
        JsonObject net = anonymous.get("api/participants/" + participantToken("net-b@example.org")).json();
        assertTrue(absent(net, "venue") && net.getString("onlineLink").equals(link), net.toString());
        assertTrue(absent(net, "checkinCode"), "no door code for someone online");
    }

    @Test
    void aPersonSwitchesOnlyWhereThereIsASeatAndTheFreedSeatGoesToTheWaitlist() throws Exception {
        long seminar = hybridSeminar(100, 1, 2, "https://meet.example.org/switch");
        assertEquals("CONFIRMED", registerPeople(seminar, "sw-a@example.org VENUE").json().getString("status"));
        assertEquals("CONFIRMED", registerPeople(seminar, "sw-b@example.org ONLINE").json().getString("status"));
        Http.Reply waiting = registerPeople(seminar, "sw-c@example.org VENUE");
        assertEquals("WAITLISTED", waiting.json().getString("status"));
        String a = participantToken("sw-a@example.org");
        String b = participantToken("sw-b@example.org");

        Http.Reply full = anonymous.put("api/participants/" + b + "/mode", "{\"mode\":\"VENUE\"}");
        assertEquals(409, full.status(), full.body());
        assertEquals("ONLINE", anonymous.get("api/participants/" + b).json().getString("mode"), "nothing changed");

        Http.Reply moved = anonymous.put("api/participants/" + a + "/mode", "{\"mode\":\"ONLINE\"}");
        assertEquals(200, moved.status(), moved.body());
        assertEquals("ONLINE", moved.json().getString("mode"));
        assertEquals(200, anonymous.put("api/participants/" + a + "/mode", "{\"mode\":\"ONLINE\"}").status(), "a repeat is harmless");
        assertEquals("CONFIRMED", anonymous.get("api/registrations/" + waiting.json().getString("token")).json().getString("status"),
                "the freed seat in the room went to the one waiting for it");
        List<MimeMessage> changed = eventually(() -> mailTo("sw-a@example.org").stream()
                .filter(m -> subjectOf(m).startsWith("【参加方法の変更】")).toList(), list -> !list.isEmpty());
        assertEquals(1, changed.size(), "one mail for the change, none for the repeat");
        assertTrue(text(changed.get(0)).contains("https://meet.example.org/switch"), text(changed.get(0)));

        JsonObject counts = modes(seminar);
        assertEquals(1, counts.getInt("venueConfirmed"));
        assertEquals(2, counts.getInt("onlineConfirmed"));
        assertEquals(0, counts.getInt("venueWaitlisted"));
    }

    @Test
    void aHybridRegistrationWithoutAChoiceIsRefusedAndChangesNothing() {
        long seminar = hybridSeminar(10, null, null, "https://meet.example.org/none");
        Http.Reply refused = registerPeople(seminar, "none-a@example.org VENUE", "none-b@example.org");
        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.body().contains("participants[1].mode"), refused.body());
        assertEquals(10, organiser.get("api/seminars/" + seminar).json().getInt("seatsLeft"));
        Http.Reply badCap = organiser.put("api/seminars/" + seminar, """
                {"titleJa":"併用","kind":"SEMINAR","format":"HYBRID","capacity":10,"venueCapacity":-1,
                 "startsAt":"%s","endsAt":"%s","venue":"会議室","onlineLink":"https://meet.example.org/none"}"""
                .formatted(inDays(7, 10), inDays(7, 12)));
        assertEquals(400, badCap.status(), badCap.body());
        assertTrue(badCap.body().contains("venueCapacity"), badCap.body());
    }

    private static boolean absent(JsonObject object, String key) {
        return !object.containsKey(key) || object.isNull(key);
    }

    private static String subjectOf(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }
}
