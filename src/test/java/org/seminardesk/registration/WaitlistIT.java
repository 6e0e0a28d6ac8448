package org.seminardesk.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.seminardesk.testing.ApplicationIT;
import org.seminardesk.testing.Http;

/** Waitlist promotion and seminar cancellation through the real server and database. */
class WaitlistIT extends ApplicationIT {

    private String register(long seminar, String... emails) {
        StringBuilder people = new StringBuilder();
        for (String email : emails) {
            people.append(people.length() == 0 ? "" : ",").append("{\"name\":\"職員\",\"email\":\"%s\"}".formatted(email));
        }
        Http.Reply reply = organiser.post("api/manage/registrations", "{\"privacyConsent\":true,\"seminarId\":%d,\"organisationId\":%d,\"participants\":[%s]}"
                .formatted(seminar, organisation(), people));
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getString("token");
    }

    private String status(String token) {
        return anonymous.get("api/registrations/" + token).json().getString("status");
    }

    private Http.Reply edit(long seminar, int capacity, String status, String cancelReason) {
        return organiser.put("api/seminars/" + seminar, """
                {"titleJa":"キャンセル待ちの確認","kind":"SEMINAR","format":"ONLINE","capacity":%d,"status":"%s",
                 "startsAt":"%s","endsAt":"%s","onlineLink":"https://meet.example.org/w"%s}"""
                .formatted(capacity, status, inDays(7, 10), inDays(7, 12),
                        cancelReason == null ? "" : ",\"cancelReason\":\"" + cancelReason + "\""));
    }

    @Test
    void aCancellationPromotesTheEarliestWaitlistedRegistrationThatFits() {
        long seminar = publishedSeminar(2);
        String confirmed = register(seminar, "a@example.org", "b@example.org");
        String tooBig = register(seminar, "c@example.org", "d@example.org", "e@example.org");
        String fits = register(seminar, "f@example.org", "g@example.org");
        assertEquals("WAITLISTED", status(tooBig));
        assertEquals("WAITLISTED", status(fits));

        assertEquals(200, anonymous.delete("api/registrations/" + confirmed).status());

        assertEquals("WAITLISTED", status(tooBig), "three people do not fit in two seats: they keep their place");
        assertEquals("CONFIRMED", status(fits));
        assertTrue(anonymous.get("api/registrations/" + fits).json().getJsonObject("seminar").containsKey("onlineLink"));
        assertEquals(0, anonymous.get("api/seminars/" + seminar).json().getInt("seatsLeft"));
    }

    @Test
    void raisingTheCapacityPromotesInArrivalOrder() {
        long seminar = publishedSeminar(1);
        register(seminar, "a@example.org");
        String second = register(seminar, "b@example.org");
        String third = register(seminar, "c@example.org");

        assertEquals(200, edit(seminar, 2, "PUBLISHED", null).status());
        assertEquals("CONFIRMED", status(second));
        assertEquals("WAITLISTED", status(third));

        Http.Reply lower = edit(seminar, 1, "PUBLISHED", null);
        assertEquals(409, lower.status(), "capacity cannot drop below the confirmed participants");
    }

    @Test
    void cancellingTheSeminarCancelsEveryRegistrationAndSaysWhy() {
        long seminar = publishedSeminar(1);
        String confirmed = register(seminar, "a@example.org");
        String waiting = register(seminar, "b@example.org");

        assertEquals(200, edit(seminar, 1, "CANCELLED", "講師の急病のため").status());

        for (String token : new String[] {confirmed, waiting}) {
            var registration = anonymous.get("api/registrations/" + token).json();
            assertEquals("CANCELLED", registration.getString("status"));
            assertTrue(registration.getString("cancelReason").contains("講師の急病のため"));
        }
        assertEquals(409, organiser.post("api/manage/registrations",
                "{\"privacyConsent\":true,\"seminarId\":%d,\"organisationId\":%d,\"participants\":[{\"name\":\"x\",\"email\":\"x@example.org\"}]}"
                        .formatted(seminar, organisation())).status());
    }
}
