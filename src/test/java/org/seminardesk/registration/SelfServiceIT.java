package org.seminardesk.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.seminardesk.testing.ApplicationIT;
import org.seminardesk.testing.Http;
import org.seminardesk.testing.Race;

/** Retries with an Idempotency-Key, and an organisation changing its registration through its link. */
class SelfServiceIT extends ApplicationIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private String body(long seminar, long organisation, String email) {
        return "{\"privacyConsent\":true,\"seminarId\":%d,\"organisationId\":%d,\"participants\":[{\"name\":\"職員\",\"email\":\"%s\"}]}"
                .formatted(seminar, organisation, email);
    }

    private HttpResponse<String> postWithKey(String key, String json) {
        try {
            String credentials = Http.username(Http.As.ORGANISER) + ":" + Http.password(Http.As.ORGANISER);
            return CLIENT.send(HttpRequest.newBuilder(URI.create(base + "api/manage/registrations"))
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/json").header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The private link's token an answer carries; a replay carries none (only its hash is stored). */
    private static String token(HttpResponse<String> response) {
        return new Http.Reply(response.statusCode(), response.body(), response.headers()).json().getString("token", null);
    }

    private int seatsLeft(long seminar) {
        return anonymous.get("api/seminars/" + seminar).json().getInt("seatsLeft");
    }

    @Test
    void aReplayAfterALinkRenewalGivesNoLiveLinkAndAKeyIsKeptOneDay() {
        long seminar = publishedSeminar(5);
        long organisation = organisation();
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = postWithKey(key, body(seminar, organisation, "renewed-" + key + "@example.org"));
        assertEquals(201, first.statusCode(), first.body());
        long registration = staff.get("api/manage/seminars/" + seminar + "/registrations").json().getJsonArray("registrations")
                .getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(200, organiser.post("api/manage/seminars/" + seminar + "/registrations/" + registration + "/link", "").status());
        HttpResponse<String> replay = postWithKey(key, body(seminar, organisation, "renewed-" + key + "@example.org"));
        assertEquals(201, replay.statusCode(), replay.body());
        assertNull(token(replay), "a replay never hands out a link, least of all after a renewal");
        assertEquals(404, anonymous.get("api/registrations/" + token(first)).status(), "the renewed-away link is dead");

        long later = publishedSeminar(5);
        assertEquals(422, postWithKey(key, body(later, organisation, "other-" + key + "@example.org")).statusCode(),
                "within 24 hours the key is taken");
        // This key alone was first used 25 hours ago (the server's clock stays).
        age("idempotency_key", "idem_key", key, java.time.Duration.ofHours(25));
        HttpResponse<String> dayLater = postWithKey(key, body(later, organisation, "other-" + key + "@example.org"));
        assertEquals(201, dayLater.statusCode(), "after 24 hours the key is forgotten and counts as new: " + dayLater.body());
        assertNotNull(token(dayLater));
    }

    @Test
    void aRetriedRequestGetsTheFirstResultNotASecondRegistration() {
        long seminar = publishedSeminar(5);
        long organisation = organisation();
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = postWithKey(key, body(seminar, organisation, "retry@example.org"));
        HttpResponse<String> retry = postWithKey(key, body(seminar, organisation, "retry@example.org"));
        assertEquals(201, first.statusCode(), first.body());
        assertEquals(201, retry.statusCode(), retry.body());
        assertNotNull(token(first));
        assertNull(token(retry), "a replay does not hand out the link again: it went by mail");
        assertEquals("true", retry.headers().firstValue("Idempotent-Replayed").orElse(null));
        assertEquals(200, anonymous.get("api/registrations/" + token(first)).status(), "the first answer's link works");
        assertEquals(4, seatsLeft(seminar));

        HttpResponse<String> misuse = postWithKey(key, body(seminar, organisation, "someone-else@example.org"));
        assertEquals(422, misuse.statusCode());
        assertEquals(422, postWithKey("x".repeat(101), body(seminar, organisation, "k@example.org")).statusCode(),
                "a key longer than 100 characters is refused");
        assertEquals(4, seatsLeft(seminar));
    }

    @Test
    void retriesInFlightAtTheSameTimeRegisterOnce() throws Exception {
        long seminar = publishedSeminar(5);
        long organisation = organisation();
        String key = UUID.randomUUID().toString();
        List<HttpResponse<String>> replies =
                Race.of(10, 10, i -> postWithKey(key, body(seminar, organisation, "same@example.org")));
        assertEquals(Set.of(201), replies.stream().map(HttpResponse::statusCode).collect(Collectors.toSet()),
                replies.stream().map(HttpResponse::body).toList().toString());
        assertEquals(1, replies.stream().map(SelfServiceIT::token).filter(java.util.Objects::nonNull).count(),
                "one registration and one link; the other nine are replays");
        assertEquals(4, seatsLeft(seminar));
    }

    @Test
    void theLinkAddsAndRemovesPeopleWithinCapacity() {
        long seminar = publishedSeminar(3);
        String mine = organiser.post("api/manage/registrations", body(seminar, organisation(), "one@example.org")).json().getString("token");
        Http.Reply added = anonymous.post("api/registrations/" + mine + "/participants?needsConsent=true",
                "{\"name\":\"二人目\",\"email\":\"two@example.org\",\"accessibilityNeeds\":\"車椅子\"}");
        assertEquals(200, added.status(), added.body());
        assertEquals(2, added.json().getJsonArray("participants").size());
        assertEquals(1, seatsLeft(seminar));

        String waiting = organiser.post("api/manage/registrations", """
                {"privacyConsent":true,"seminarId":%d,"organisationId":%d,"participants":[{"name":"a","email":"w1@example.org"},{"name":"b","email":"w2@example.org"}]}"""
                .formatted(seminar, organisation())).json().getString("token");
        assertEquals("WAITLISTED", anonymous.get("api/registrations/" + waiting).json().getString("status"));

        anonymous.post("api/registrations/" + mine + "/participants", "{\"name\":\"三人目\",\"email\":\"three@example.org\"}");
        Http.Reply full = anonymous.post("api/registrations/" + mine + "/participants", "{\"name\":\"四人目\",\"email\":\"four@example.org\"}");
        assertEquals(409, full.status(), "no seat left for a fourth");
        assertEquals(422, anonymous.post("api/registrations/" + mine + "/participants",
                "{\"name\":\"職員\",\"email\":\"ONE@example.org\"}").status(), "already in this registration");

        JsonObject registration = anonymous.get("api/registrations/" + mine).json();
        long second = registration.getJsonArray("participants").getJsonObject(1).getJsonNumber("id").longValue();
        long third = registration.getJsonArray("participants").getJsonObject(2).getJsonNumber("id").longValue();
        long someoneElses = anonymous.get("api/registrations/" + waiting).json().getJsonArray("participants").getJsonObject(0)
                .getJsonNumber("id").longValue();
        assertEquals(404, anonymous.delete("api/registrations/" + mine + "/participants/" + someoneElses).status(),
                "my link cannot remove a person of another registration");
        assertEquals(404, anonymous.put("api/registrations/" + mine + "/participants/" + someoneElses,
                "{\"name\":\"乗っ取り\",\"email\":\"x@example.org\"}").status(), "nor replace them");
        assertEquals(2, anonymous.get("api/registrations/" + waiting).json().getJsonArray("participants").size());
        assertEquals(200, anonymous.delete("api/registrations/" + mine + "/participants/" + second).status());
        assertEquals(404, anonymous.delete("api/registrations/" + mine + "/participants/" + second).status(),
                "the same removal again (refresh, Back) finds nobody and removes nobody else");
        assertEquals(2, anonymous.get("api/registrations/" + mine).json().getJsonArray("participants").size());
        assertEquals(1, seatsLeft(seminar), "one freed seat does not fit the waiting pair");
        assertEquals(200, anonymous.delete("api/registrations/" + mine + "/participants/" + third).status());
        assertEquals("CONFIRMED", anonymous.get("api/registrations/" + waiting).json().getString("status"),
                "two freed seats: the waiting pair moves up");
        assertEquals(0, seatsLeft(seminar));

        long last = anonymous.get("api/registrations/" + mine).json().getJsonArray("participants").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(409, anonymous.delete("api/registrations/" + mine + "/participants/" + last).status());
        assertEquals(404, anonymous.delete("api/registrations/" + mine + "/participants/99").status());
    }

    @Test
    void aCancelledRegistrationCannotChange() {
        long seminar = publishedSeminar(3);
        String token = organiser.post("api/manage/registrations", body(seminar, organisation(), "c@example.org")).json().getString("token");
        anonymous.delete("api/registrations/" + token);
        assertEquals(409, anonymous.post("api/registrations/" + token + "/participants",
                "{\"name\":\"x\",\"email\":\"x@example.org\"}").status());
        assertNull(anonymous.get("api/registrations/" + token).json().getJsonObject("seminar").get("onlineLink"));
    }
}
