package org.seminardesk.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.seminardesk.testing.ApplicationIT;
import org.seminardesk.testing.Http;
import org.seminardesk.testing.Race;

/**
 * Many organisations registering at the moment registration opens: the seminar is never overbooked, every
 * accepted registration is kept, and nobody sees a server error.
 */
class CapacityUnderLoadIT extends ApplicationIT {

    private static final int CLIENTS = 50;
    private static final int SETUP_CLIENTS = 8;

    /** The seminars this test loaded: their mail is not what it checks. */
    private final List<Long> seminars = new java.util.ArrayList<>();

    /**
     * About a thousand confirmations and waitlist notices are owed after these tests; sent, they would keep the
     * dispatcher busy for the next mailing test's first 20 seconds. The outbox rows were checked where it matters.
     */
    @AfterEach
    void forgetTheirMail() {
        if (!seminars.isEmpty()) {
            Http.Reply forgotten = organiser.delete("api/manage/test/outbox?" + seminars.stream().map(id -> "seminar=" + id)
                    .collect(Collectors.joining("&")));
            assertEquals(200, forgotten.status(), forgotten.body());
        }
    }

    /** Request i registers organisations[i]: an organisation holds one registration per seminar. */
    private List<Http.Reply> registerAtOnce(long seminar, List<Long> organisations, int maxPeople) throws Exception {
        seminars.add(seminar);
        return Race.of(organisations.size(), CLIENTS, i -> {
            StringBuilder people = new StringBuilder();
            for (int p = 0; p <= i % maxPeople; p++) {
                people.append(p == 0 ? "" : ",").append("{\"name\":\"職員%d-%d\",\"email\":\"s%d-%d@example.org\"}".formatted(i, p, i, p));
            }
            return organiser.post("api/manage/registrations", "{\"privacyConsent\":true,\"seminarId\":%d,\"organisationId\":%d,\"participants\":[%s]}"
                    .formatted(seminar, organisations.get(i), people));
        });
    }

    /** Made side by side: they are the setting, not what is measured. */
    private List<Long> organisations(int count) throws Exception {
        return Race.of(count, SETUP_CLIENTS, i -> organisation());
    }

    private JsonObject managed(long seminar) {
        return staff.get("api/manage/seminars/" + seminar + "/registrations").json();
    }

    @Test
    void fiveHundredAtOnceForAHundredSeatsConfirmExactlyAHundred() throws Exception {
        long seminar = publishedSeminar(100);
        List<Http.Reply> replies = registerAtOnce(seminar, organisations(500), 1);

        Map<Integer, Long> statuses = replies.stream().collect(Collectors.groupingBy(Http.Reply::status, Collectors.counting()));
        assertEquals(Map.of(201, 500L), statuses, "every request accepted, no 5xx");
        Map<String, Long> outcomes = replies.stream()
                .collect(Collectors.groupingBy(r -> r.json().getString("status"), Collectors.counting()));
        assertEquals(Map.of("CONFIRMED", 100L, "WAITLISTED", 400L), outcomes);

        JsonObject stored = managed(seminar);
        assertEquals(500, stored.getJsonArray("registrations").size(), "none lost");
        assertEquals(100, stored.getInt("confirmedParticipants"));
        assertEquals(400, stored.getInt("waitlistedParticipants"));
        assertEquals(0, stored.getInt("seatsLeft"));
        Set<String> answeredTokens = replies.stream().map(r -> r.json().getString("token")).collect(Collectors.toSet());
        assertEquals(500, answeredTokens.size());
        // Mails are owed before the seats are counted, presuming what the seminar last said: many presumed a seat
        // that others took first. Each registration must still owe the mail its settled status needs.
        List<JsonObject> registrations = stored.getJsonArray("registrations").getValuesAs(JsonObject.class);
        List<String> owedOrWrong = Race.of(registrations.size(), SETUP_CLIENTS, i -> {
            JsonObject registration = registrations.get(i);
            jakarta.json.JsonArray mails = organiser.get("api/manage/mail?registrationId=" + registration.getJsonNumber("id")).jsonArray();
            String owed = registration.getString("status").equals("CONFIRMED") ? "registration-confirmed" : "registration-waitlisted";
            return mails.size() == 1 && mails.getJsonObject(0).getString("kind").equals(owed) ? owed : registration + " owes " + mails;
        });
        Map<String, Long> owedKinds = owedOrWrong.stream().collect(Collectors.groupingBy(k -> k, Collectors.counting()));
        assertEquals(Map.of("registration-confirmed", 100L, "registration-waitlisted", 400L), owedKinds);
    }

    @Test
    void groupsOfSeveralPeopleNeverOverbookEither() throws Exception {
        long seminar = publishedSeminar(100);
        List<Http.Reply> replies = registerAtOnce(seminar, organisations(300), 3);
        assertTrue(replies.stream().allMatch(r -> r.status() == 201), "no request refused or failed");

        JsonObject stored = managed(seminar);
        int confirmed = stored.getInt("confirmedParticipants");
        assertTrue(confirmed <= 100, "overbooked: " + confirmed);
        assertEquals(100 - confirmed, stored.getInt("seatsLeft"), "the seat counter agrees with the registrations");
        assertEquals(300, stored.getJsonArray("registrations").size());
        assertEquals(600, confirmed + stored.getInt("waitlistedParticipants"), "1+2+3 people, 100 times");
    }

    @Test
    void oneOrganisationRegisteringTwentyTimesAtOnceHoldsOneRegistration() throws Exception {
        long seminar = publishedSeminar(100);
        List<Http.Reply> replies = registerAtOnce(seminar, java.util.Collections.nCopies(20, organisation()), 1);
        Map<Integer, Long> statuses = replies.stream().collect(Collectors.groupingBy(Http.Reply::status, Collectors.counting()));
        assertEquals(Map.of(201, 1L, 409, 19L), statuses, "one accepted, the others told it is registered; no 5xx");
        assertEquals(1, managed(seminar).getJsonArray("registrations").size());
        assertEquals(99, managed(seminar).getInt("seatsLeft"));
    }

    @Test
    void registrationsAreForOrganisersAndStaffToSee() {
        long seminar = publishedSeminar(3);
        assertEquals(401, anonymous.get("api/manage/seminars/" + seminar + "/registrations").status());
        assertEquals(200, organiser.get("api/manage/seminars/" + seminar + "/registrations").status());
        assertEquals(404, staff.get("api/manage/seminars/987654321/registrations").status());
    }
}
