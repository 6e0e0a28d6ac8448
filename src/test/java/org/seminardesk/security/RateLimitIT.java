package org.seminardesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seminardesk.testing.ApplicationIT;
import org.seminardesk.testing.Http;
import org.seminardesk.testing.Race;

/** Guessing tokens from one address stops at the limit with a clear 429; registering has its own count. */
class RateLimitIT extends ApplicationIT {

    private static final String UNKNOWN = "x".repeat(43);

    @BeforeEach
    void limitOfFive() {
        assertEquals(200, organiser.put("api/manage/test/rate-limit?perMinute=5", "").status());
    }

    @AfterEach
    void off() {
        organiser.put("api/manage/test/rate-limit?perMinute=0", "");
    }

    @Test
    void tokenGuessesAreCutOffWithA429AndRetryAfter() throws Exception {
        long seminar = publishedSeminar(5);
        long organisation = organisation();
        Http.Reply last = null;
        for (int attempt = 0; attempt < 12 && (last == null || last.status() != 429); attempt++) {
            last = anonymous.get("api/registrations/" + UNKNOWN);
        }
        assertEquals(429, last.status(), "cut off within the minute: " + last);
        assertTrue(last.json().getString("message").startsWith("Too many requests"), last.body());
        int retryAfter = Integer.parseInt(last.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);

        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "r/" + UNKNOWN))
                .header("Accept-Language", "ja").build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(429, page.statusCode(), "the link pages share the count");
        assertTrue(page.body().contains("もう一度お試しください"), page.body());

        Http.Reply registered = anonymous.post("api/registrations", ("{\"privacyConsent\":true,\"seminarId\":%d,\"organisationName\":\"制限 株式会社\","
                + "\"registrant\":{\"name\":\"制限 内\",\"email\":\"limit@example.org\"},\"participants\":[{\"name\":\"制限 内\",\"email\":\"limit@example.org\"}]}")
                .formatted(seminar));
        assertEquals(202, registered.status(), "registering is counted apart: " + registered);
        assertEquals(200, organiser.get("api/manage/seminars/" + seminar + "/registrations").status(), "signed-in routes are not limited");
    }

    @Test
    void requestsCountedByAnotherNodeCountHere() throws Exception {
        awayFromTheEndOfAMinute();
        assertEquals(204, organiser.put("api/manage/test/request-count?routeClass=link&requests=3", "").status());
        assertEquals(404, anonymous.get("api/written-replies/" + UNKNOWN).status(), "the 4th request of the minute");
        assertEquals(404, anonymous.get("api/survey-responses/" + UNKNOWN).status(), "the 5th");
        Http.Reply sixth = anonymous.get("api/registrations/" + UNKNOWN);
        assertEquals(429, sixth.status(), "three were counted by another node, so the 6th is over the limit: " + sixth);
    }

    @Test
    void requestsArrivingAtOnceOnAFreshMinuteGetExactlyTheLimit() throws Exception {
        awayFromTheEndOfAMinute();
        assertEquals(204, organiser.put("api/manage/test/request-count?routeClass=link&requests=0", "").status());
        List<Integer> statuses = Race.of(20, 10, i -> anonymous.get("api/registrations/" + UNKNOWN).status());
        assertEquals(5, statuses.stream().filter(status -> status == 404).count(), "let through: " + statuses);
        assertEquals(15, statuses.stream().filter(status -> status == 429).count(), "refused: " + statuses);
    }

    /** The counts start afresh each minute: the steps of a test must fall in one. */
    @Test
    void forgedForwardedForValuesBehindTheProxyDoNotMakeFreshCounts() throws Exception {
        awayFromTheEndOfAMinute();
        String client = "203.0.113." + (1 + new java.util.Random().nextInt(250));
        int refused = 0;
        for (int attempt = 0; attempt < 8; attempt++) {
            // What nginx passes on: the client's own (forged) header, then the address nginx saw.
            Http.Reply reply = anonymous.from("198.51.100." + attempt + ", 10.9.8." + attempt + ", " + client)
                    .get("api/registrations/" + UNKNOWN);
            refused += reply.status() == 429 ? 1 : 0;
        }
        assertEquals(3, refused, "5 of 8 admitted, whatever the forged part said");
        assertEquals(404, anonymous.from("203.0.113.251".equals(client) ? "203.0.113.252" : "203.0.113.251")
                .get("api/registrations/" + UNKNOWN).status(), "another client has its own count");
        assertEquals(404, anonymous.from("2001:db8:77:1::5").get("api/registrations/" + UNKNOWN).status());
        for (int attempt = 0; attempt < 6; attempt++) {
            anonymous.from("2001:db8:77:1::" + Integer.toHexString(attempt + 6)).get("api/registrations/" + UNKNOWN);
        }
        assertEquals(429, anonymous.from("2001:db8:77:1:ffff::1").get("api/registrations/" + UNKNOWN).status(),
                "an IPv6 client is counted by its /64, not per address");
    }

    @Test
    void theRegistrationFormsPostsAreCountedToo() throws Exception {
        awayFromTheEndOfAMinute();
        Http client = anonymous.from("192.0.2." + (1 + new java.util.Random().nextInt(250)));
        int refused = 0;
        for (int attempt = 0; attempt < 7; attempt++) {
            Http.Reply reply = client.upload("register.xhtml", "a=b".getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
            refused += reply.status() == 429 ? 1 : 0;
        }
        assertEquals(2, refused, "5 form posts a minute from one client in this test");
        assertTrue(client.get("register.xhtml").status() != 429, "reading the form is free");
    }

    private static void awayFromTheEndOfAMinute() throws InterruptedException {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(12))
                .until(() -> java.time.LocalTime.now().getSecond() <= 50);
    }
}
