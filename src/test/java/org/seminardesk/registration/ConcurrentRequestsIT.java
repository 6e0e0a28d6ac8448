package org.seminardesk.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.seminardesk.testing.ApplicationIT;
import org.seminardesk.testing.Http;
import org.seminardesk.testing.Race;

/** Requests racing each other: seats are counted once, clashes answer 409, never 500. */
class ConcurrentRequestsIT extends ApplicationIT {

    private static List<Http.Reply> race(int count, IntFunction<Http.Reply> request) throws Exception {
        return Race.of(count, 20, request);
    }

    private static Map<Integer, Long> statuses(List<Http.Reply> replies) {
        return replies.stream().collect(Collectors.groupingBy(Http.Reply::status, Collectors.counting()));
    }

    @Test
    void aRegistrationCancelledTwiceAtOnceGivesItsSeatsBackOnce() throws Exception {
        long seminar = publishedSeminar(5);
        String token = organiser.post("api/manage/registrations",
                "{\"privacyConsent\":true,\"seminarId\":%d,\"organisationId\":%d,\"participants\":[{\"name\":\"a\",\"email\":\"a@example.org\"},{\"name\":\"b\",\"email\":\"b@example.org\"}]}"
                        .formatted(seminar, organisation())).json().getString("token");
        List<Http.Reply> replies = race(10, i -> anonymous.delete("api/registrations/" + token));
        assertEquals(Map.of(200, 1L, 409, 9L), statuses(replies), replies.toString());
        assertEquals(5, anonymous.get("api/seminars/" + seminar).json().getInt("seatsLeft"));
    }

    @Test
    void organisationsChangingTheirOwnRegistrationsAtOnceDoNotClash() throws Exception {
        long seminar = publishedSeminar(100);
        List<String> tokens = Race.of(20, 20, i -> organiser.post("api/manage/registrations",
                "{\"privacyConsent\":true,\"seminarId\":%d,\"organisationId\":%d,\"participants\":[{\"name\":\"a\",\"email\":\"a%d@example.org\"}]}"
                        .formatted(seminar, organisation(), i))).stream().map(r -> r.json().getString("token")).toList();
        List<Http.Reply> replies = race(20, i -> anonymous.post("api/registrations/" + tokens.get(i) + "/participants",
                "{\"name\":\"b\",\"email\":\"b%d@example.org\"}".formatted(i)));
        assertEquals(Map.of(200, 20L), statuses(replies), replies.toString());
        assertEquals(60, anonymous.get("api/seminars/" + seminar).json().getInt("seatsLeft"));
    }

    @Test
    void simultaneousEditsOfOneSeminarClashWith409NotA500() throws Exception {
        long seminar = publishedSeminar(5);
        List<Http.Reply> replies = race(10, i -> organiser.put("api/seminars/" + seminar, """
                {"titleJa":"同時編集 %d","kind":"SEMINAR","format":"ONLINE","capacity":%d,"status":"PUBLISHED",
                 "startsAt":"%s","endsAt":"%s","onlineLink":"https://meet.example.org/edit"}"""
                .formatted(i, 5 + i, inDays(7, 10), inDays(7, 12))));
        Map<Integer, Long> statuses = statuses(replies);
        assertTrue(statuses.keySet().stream().allMatch(s -> s == 200 || s == 409), statuses + " " + replies);
        assertTrue(statuses.getOrDefault(200, 0L) >= 1, statuses.toString());
    }
}
