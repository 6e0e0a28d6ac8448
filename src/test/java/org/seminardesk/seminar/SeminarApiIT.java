package org.seminardesk.seminar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.seminardesk.testing.ApplicationIT;
import org.seminardesk.testing.Http;

class SeminarApiIT extends ApplicationIT {

    private static final String VALID = """
            {"titleJa":"%s","kind":"SEMINAR","format":"HYBRID","capacity":20,
             "startsAt":"2030-06-01T13:00:00+09:00","endsAt":"2030-06-01T15:00:00+09:00",
             "venue":"ぐるっぽ 多目的室","onlineLink":"https://meet.example.org/secret-room"}""";

    @Test
    void demoSeminarIsPublicWithJapaneseEraDateButWithoutItsOnlineLink() {
        JsonObject seminar = anonymous.get("api/seminars").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("titleJa").equals("超短時間雇用セミナー")).findFirst().orElseThrow();
        assertEquals("令和4年2月18日（金） 10:00–12:00", seminar.getString("dateLabel"));
        assertEquals("令和3年度", seminar.getString("fiscalYearLabel"));
        assertEquals("2022-02-18T10:00:00+09:00", seminar.getString("startsAt"));
        assertEquals("近藤先生", seminar.getJsonArray("speakers").getJsonObject(0).getString("name"));
        assertFalse(seminar.containsKey("onlineLink"));
        assertFalse(anonymous.get("api/seminars/" + seminar.getInt("id")).body().contains("meet.example.org"));
        assertTrue(organiser.get("api/seminars/" + seminar.getInt("id")).json().containsKey("onlineLink"));
    }

    @Test
    void organiserCreatesADraftThatOnlyOrganisersSeeUntilPublished() {
        String title = unique("下書き");
        Http.Reply created = organiser.post("api/seminars", VALID.formatted(title));
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        assertTrue(created.header("Location").endsWith("/api/seminars/" + id));
        assertEquals("DRAFT", created.json().getString("status"));
        assertEquals(2030, created.json().getInt("fiscalYear"));

        assertEquals(404, anonymous.get("api/seminars/" + id).status());
        assertFalse(anonymous.get("api/seminars").body().contains(title));
        assertEquals(200, organiser.get("api/seminars/" + id).status());

        String published = VALID.formatted(title).replace("\"capacity\":20", "\"capacity\":20,\"status\":\"PUBLISHED\"");
        assertEquals(200, organiser.put("api/seminars/" + id, published).status());
        JsonObject visible = anonymous.get("api/seminars/" + id).json();
        assertEquals("PUBLISHED", visible.getString("status"));
        assertEquals(20, visible.getInt("seatsLeft"));
        assertFalse(visible.containsKey("onlineLink"));
    }

    @Test
    void onlyOrganisersChangeTheProgramme() {
        assertEquals(401, anonymous.post("api/seminars", VALID.formatted("x")).status());
        assertEquals(403, staff.post("api/seminars", VALID.formatted("x")).status());
        assertEquals(401, anonymous.put("api/seminars/1", VALID.formatted("x")).status());
        assertEquals(401, anonymous.post("api/speakers", "{\"name\":\"x\"}").status());
    }

    @Test
    void badInputIsRefusedWithTheFieldsNamedAndChangesNothing() {
        int before = organiser.get("api/seminars").jsonArray().size();

        Http.Reply malformed = organiser.post("api/seminars", "{\"titleJa\": \"x\",");
        assertEquals(400, malformed.status());
        assertTrue(malformed.json().getString("message").contains("not valid JSON"));

        Http.Reply missing = organiser.post("api/seminars", "{}");
        assertEquals(400, missing.status());
        assertEquals(java.util.List.of("capacity", "format", "kind", "startsAt", "titleJa"), fields(missing));

        String longTitle = "あ".repeat(10_000);
        Http.Reply tooLong = organiser.post("api/seminars", VALID.formatted(longTitle));
        assertEquals(400, tooLong.status());
        assertEquals(java.util.List.of("titleJa"), fields(tooLong));

        Http.Reply negative = organiser.post("api/seminars", VALID.formatted("t").replace("\"capacity\":20", "\"capacity\":-1"));
        assertEquals(400, negative.status());
        assertEquals(java.util.List.of("capacity"), fields(negative));

        Http.Reply wrongType = organiser.post("api/seminars", VALID.formatted("t").replace("\"capacity\":20", "\"capacity\":\"twenty\""));
        assertEquals(400, wrongType.status());

        Http.Reply endBeforeStart = organiser.post("api/seminars", VALID.formatted("t").replace("15:00:00", "12:00:00"));
        assertEquals(422, endBeforeStart.status());
        assertEquals(java.util.List.of("endsAt"), fields(endBeforeStart));

        Http.Reply unknownSpeaker = organiser.post("api/seminars",
                VALID.formatted("t").replace("\"capacity\":20", "\"capacity\":20,\"speakerIds\":[987654]"));
        assertEquals(422, unknownSpeaker.status());

        assertEquals(before, organiser.get("api/seminars").jsonArray().size(), "nothing was created");
    }

    @Test
    void hostileValuesAreRefusedRatherThanMangled() {
        int before = organiser.get("api/seminars").jsonArray().size();
        String[] hostile = {
            VALID.formatted("NUL\\u0000inside"),
            VALID.formatted("broken \\ud800 surrogate"),
            VALID.formatted("t").replace("\"capacity\":20", "\"capacity\":4294967297"),
            VALID.formatted("t").replace("\"capacity\":20", "\"capacity\":2.5"),
            VALID.formatted("t").replace("\"capacity\":20", "\"capacity\":1e400"),
            VALID.formatted("t").replace("\"capacity\":20", "\"capacity\":[20]"),
            VALID.formatted("t").replace("\"kind\":\"SEMINAR\"", "\"kind\":\"PARTY\""),
            VALID.formatted("t").replace("2030-06-01T13", "2030-13-01T13"),
            VALID.formatted("t").replace("https://meet.example.org/secret-room", "javascript:alert(1)"),
            "null", "\"text\"", "[]",
        };
        for (String body : hostile) {
            Http.Reply reply = organiser.post("api/seminars", body);
            assertTrue(reply.status() == 400 || reply.status() == 422, reply + " for " + body);
            assertNotNull(reply.json().getString("message"));
        }
        assertEquals(before, organiser.get("api/seminars").jsonArray().size(), "nothing was created");
        Http.Reply emoji = organiser.post("api/seminars", VALID.formatted("就労😀𠮷セミナー"));
        assertEquals(201, emoji.status(), "characters outside the BMP are fine");
        assertEquals("就労😀𠮷セミナー", emoji.json().getString("titleJa"));
    }

    @Test
    void unknownIdsAndPathsAnswer404InJson() {
        Http.Reply unknown = anonymous.get("api/seminars/987654321");
        assertEquals(404, unknown.status());
        assertNotNull(unknown.json().getString("message"));
        assertEquals(404, organiser.put("api/seminars/987654321", VALID.formatted("t")).status());
        assertEquals(404, anonymous.get("api/seminars/not-a-number").status());
        assertEquals(404, anonymous.get("api/speakers/987654321").status());
    }

    @Test
    void speakersCanBeCreatedAndAttached() {
        Http.Reply speaker = organiser.post("api/speakers",
                "{\"name\":\"%s\",\"affiliation\":\"品川区\",\"title\":\"講師\",\"bio\":\"就労支援の専門家\"}"
                        .formatted(unique("講師")));
        assertEquals(201, speaker.status(), speaker.body());
        long speakerId = speaker.json().getJsonNumber("id").longValue();
        Http.Reply seminar = organiser.post("api/seminars",
                VALID.formatted(unique("講演")).replace("\"capacity\":20", "\"capacity\":20,\"speakerIds\":[" + speakerId + "]"));
        assertEquals(201, seminar.status(), seminar.body());
        assertEquals(speakerId, seminar.json().getJsonArray("speakers").getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(200, anonymous.get("api/speakers/" + speakerId).status());
    }

    @Test
    void aSeminarIsCopiedAsADraftOnTheNewDayWithItsSpeakersButWithoutItsLink() {
        long speakerId = organiser.post("api/speakers", "{\"name\":\"%s\"}".formatted(unique("講師"))).json()
                .getJsonNumber("id").longValue();
        String title = unique("令和12年度 研修");
        String original = VALID.formatted(title).replace("\"capacity\":20", "\"capacity\":20,\"status\":\"PUBLISHED\","
                + "\"speakerIds\":[" + speakerId + "],\"reminderHoursBefore\":[48],"
                + "\"registrationDeadline\":\"2030-05-25T23:59:00+09:00\"");
        long id = organiser.post("api/seminars", original).json().getJsonNumber("id").longValue();

        Http.Reply copied = organiser.post("api/seminars/" + id + "/copies", "{\"startDate\":\"2031-06-07\"}");

        assertEquals(201, copied.status(), copied.body());
        JsonObject copy = organiser.get(copied.header("Location").replaceFirst(".*/api/", "api/")).json();
        assertEquals("DRAFT", copy.getString("status"));
        assertEquals(title.replace("令和12年度", "令和13年度"), copy.getString("titleJa"));
        assertEquals("2031-06-07T13:00:00+09:00", copy.getString("startsAt"));
        assertEquals("2031-06-07T15:00:00+09:00", copy.getString("endsAt"));
        assertEquals("2031-05-31T23:59:00+09:00", copy.getString("registrationDeadline"));
        assertEquals(speakerId, copy.getJsonArray("speakers").getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals("[48]", copy.getJsonArray("reminderHoursBefore").toString());
        assertFalse(copy.containsKey("onlineLink") && !copy.isNull("onlineLink"), "a new session gets a new link");
        assertEquals(404, anonymous.get("api/seminars/" + copy.getInt("id")).status(), "a copy is a draft");

        assertEquals(400, organiser.post("api/seminars/" + id + "/copies", "{}").status());
        assertEquals(400, organiser.post("api/seminars/" + id + "/copies", "{\"startDate\":\"2031-13-45\"}").status());
        assertEquals(404, organiser.post("api/seminars/999999/copies", "{\"startDate\":\"2031-06-07\"}").status());
        assertEquals(403, staff.post("api/seminars/" + id + "/copies", "{\"startDate\":\"2031-06-07\"}").status());
        assertEquals(401, anonymous.post("api/seminars/" + id + "/copies", "{\"startDate\":\"2031-06-07\"}").status());
    }

    private static java.util.List<String> fields(Http.Reply reply) {
        return reply.json().getJsonArray("fields").getValuesAs(JsonObject.class).stream()
                .map(f -> f.getString("field")).sorted().toList();
    }

}
