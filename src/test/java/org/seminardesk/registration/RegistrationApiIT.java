package org.seminardesk.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.seminardesk.testing.ApplicationIT;
import org.seminardesk.testing.Http;

class RegistrationApiIT extends ApplicationIT {

    private Http.Reply register(long seminar, long organisation, String... emails) {
        StringBuilder people = new StringBuilder();
        for (String email : emails) {
            people.append(people.length() == 0 ? "" : ",")
                    .append("{\"name\":\"職員 %s\",\"email\":\"%s\",\"accessibilityNeeds\":\"手話通訳\"}".formatted(email, email));
        }
        return organiser.post("api/manage/registrations",
                "{\"privacyConsent\":true,\"needsConsent\":true,\"seminarId\":%d,\"organisationId\":%d,\"participants\":[%s]}".formatted(seminar, organisation, people));
    }

    @Test
    void confirmsUntilFullThenWaitlistsAndCancellingPromotes() {
        long seminar = publishedSeminar(3);
        long organisation = organisation();

        Http.Reply first = register(seminar, organisation, "a@example.org", "b@example.org");
        assertEquals(201, first.status(), first.body());
        assertEquals("CONFIRMED", first.json().getString("status"));
        String token = first.json().getString("token");
        assertTrue(first.header("Location").endsWith("/api/registrations/" + token));

        Http.Reply second = register(seminar, organisation(), "c@example.org", "d@example.org");
        assertEquals("WAITLISTED", second.json().getString("status"), "2 people do not fit in 1 seat");
        assertEquals(1, anonymous.get("api/seminars/" + seminar).json().getInt("seatsLeft"));

        Http.Reply cancelled = anonymous.delete("api/registrations/" + token + "?reason=%E4%BD%93%E8%AA%BF%E4%B8%8D%E8%89%AF");
        assertEquals(200, cancelled.status(), cancelled.body());
        assertEquals("CANCELLED", cancelled.json().getString("status"));
        assertEquals("体調不良", cancelled.json().getString("cancelReason"));
        assertEquals("CONFIRMED", anonymous.get("api/registrations/" + second.json().getString("token")).json()
                .getString("status"), "the waitlisted pair moves up into the freed seats");
        assertEquals(1, anonymous.get("api/seminars/" + seminar).json().getInt("seatsLeft"));
        assertEquals(409, anonymous.delete("api/registrations/" + token).status(), "cancelling twice is refused");
    }

    @Test
    void theSelfServiceLinkShowsTheOnlineLinkOnlyToConfirmedRegistrations() {
        long seminar = publishedSeminar(1);
        String confirmed = register(seminar, organisation(), "x@example.org").json().getString("token");
        String waiting = register(seminar, organisation(), "y@example.org").json().getString("token");

        JsonObject mine = anonymous.get("api/registrations/" + confirmed).json();
        assertEquals("CONFIRMED", mine.getString("status"));
        assertTrue(mine.getJsonObject("seminar").getString("onlineLink").startsWith("https://meet.example.org/"));
        assertEquals("手話通訳", mine.getJsonArray("participants").getJsonObject(0).getString("accessibilityNeeds"));

        JsonObject theirs = anonymous.get("api/registrations/" + waiting).json();
        assertEquals("WAITLISTED", theirs.getString("status"));
        assertFalse(theirs.getJsonObject("seminar").containsKey("onlineLink"));
    }

    @Test
    void aWrongTokenIsAPlain404() {
        String real = register(publishedSeminar(5), organisation(), "z@example.org").json().getString("token");
        String wrong = real.substring(0, 42) + (real.endsWith("A") ? "B" : "A");
        for (String token : new String[] {wrong, "short", "%2e%2e%2f", "A".repeat(5000)}) {
            Http.Reply reply = anonymous.get("api/registrations/" + token);
            assertEquals(404, reply.status(), token);
            assertFalse(reply.body().contains(real.substring(0, 10)));
        }
        assertEquals(404, anonymous.delete("api/registrations/" + wrong).status());
    }

    @Test
    void anOrganisationHoldsOneActiveRegistrationPerSeminar() {
        long seminar = publishedSeminar(10);
        long organisation = organisation();
        Http.Reply first = register(seminar, organisation, "same@example.org");
        assertEquals(201, first.status());
        for (String someone : new String[] {"SAME@example.org", "colleague@example.org"}) {
            Http.Reply again = register(seminar, organisation, someone);
            assertEquals(409, again.status(), again.body());
            assertEquals("organisationId", again.json().getJsonArray("fields").getJsonObject(0).getString("field"));
        }
        assertEquals(9, anonymous.get("api/seminars/" + seminar).json().getInt("seatsLeft"), "nothing taken by the refusals");
        assertEquals(201, register(publishedSeminar(10), organisation, "same@example.org").status(), "another seminar is another registration");

        assertEquals(200, anonymous.delete("api/registrations/" + first.json().getString("token")).status());
        assertEquals(201, register(seminar, organisation, "colleague@example.org").status(), "once cancelled, it may register anew");
        assertEquals(1, organiser.get("api/manage/seminars/" + seminar + "/registrations").json().getJsonArray("registrations")
                .getValuesAs(JsonObject.class).stream().filter(r -> !r.getString("status").equals("CANCELLED")).count());
    }

    @Test
    void accessibilityNeedsAreTakenOnlyWithTheirOwnExplicitConsent() {
        long seminar = publishedSeminar(10);
        Http.Reply refused = organiser.post("api/manage/registrations", """
                {"privacyConsent":true,"seminarId":%d,"organisationId":%d,"participants":[{"name":"配慮 あり","email":"needs@example.org","accessibilityNeeds":"手話通訳"}]}"""
                .formatted(seminar, organisation()));
        assertEquals(422, refused.status(), refused.body());
        assertEquals("needsConsent", refused.json().getJsonArray("fields").getJsonObject(0).getString("field"));
        assertEquals(10, anonymous.get("api/seminars/" + seminar).json().getInt("seatsLeft"), "nothing taken");
        assertEquals(201, organiser.post("api/manage/registrations", """
                {"privacyConsent":true,"seminarId":%d,"organisationId":%d,"participants":[{"name":"配慮 なし","email":"plain@example.org"}]}"""
                .formatted(seminar, organisation())).status(), "without needs, no such consent is asked");
    }

    @Test
    void noRegistrationForHeldDraftOrUnknownSeminars() {
        long organisation = organisation();
        long held = anonymous.get("api/seminars").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("status").equals("HELD")).findFirst().orElseThrow().getInt("id");
        assertEquals(409, register(held, organisation, "h@example.org").status());

        Http.Reply draft = organiser.post("api/seminars", """
                {"titleJa":"下書き","kind":"SEMINAR","format":"IN_PERSON","capacity":5,"venue":"会場",
                 "startsAt":"%s","endsAt":"%s"}""".formatted(inDays(9, 10), inDays(9, 11)));
        assertEquals(409, register(draft.json().getJsonNumber("id").longValue(), organisation, "d@example.org").status());

        Http.Reply unknown = register(987654321L, organisation, "u@example.org");
        assertEquals(422, unknown.status());
        assertEquals("seminarId", unknown.json().getJsonArray("fields").getJsonObject(0).getString("field"));
        assertEquals(422, register(publishedSeminar(2), 987654321L, "u@example.org").status());
    }

    @Test
    void noRegistrationAfterTheDeadline() {
        Http.Reply closed = organiser.post("api/seminars", """
                {"titleJa":"締切済み","kind":"SEMINAR","format":"IN_PERSON","capacity":5,"venue":"会場","status":"PUBLISHED",
                 "startsAt":"%s","endsAt":"%s","registrationDeadline":"%s"}""".formatted(inDays(3, 10), inDays(3, 12), inDays(-1, 9)));
        assertEquals(201, closed.status(), closed.body());
        Http.Reply late = register(closed.json().getJsonNumber("id").longValue(), organisation(), "late@example.org");
        assertEquals(409, late.status());
        assertTrue(late.json().getString("message").contains("closed"), late.body());
        assertEquals(5, anonymous.get("api/seminars/" + closed.json().getJsonNumber("id")).json().getInt("seatsLeft"));
    }

    @Test
    void invalidRegistrationsNameTheirFields() {
        long seminar = publishedSeminar(5);
        Http.Reply empty = organiser.post("api/manage/registrations",
                "{\"privacyConsent\":true,\"needsConsent\":true,\"seminarId\":%d,\"organisationId\":%d,\"participants\":[]}".formatted(seminar, organisation()));
        assertEquals(400, empty.status());
        Http.Reply badEmail = register(seminar, organisation(), "not-an-email");
        assertEquals(400, badEmail.status());
        assertEquals("participants[0].email", badEmail.json().getJsonArray("fields").getJsonObject(0).getString("field"));
        assertEquals(400, organiser.post("api/manage/registrations", "[1,2,3]").status());
        assertEquals(400, register(seminar, organisation(), "nul\\u0000@example.org").status());
        assertEquals(400, organiser.post("api/manage/registrations",
                "{\"seminarId\":99999999999999999999,\"organisationId\":1,\"participants\":[{\"name\":\"a\",\"email\":\"a@example.org\"}]}").status());
        assertEquals(5, anonymous.get("api/seminars/" + seminar).json().getInt("seatsLeft"));
    }
}
