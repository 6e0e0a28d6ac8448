package org.seminardesk.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.seminardesk.testing.Http;

/**
 * Three confirmed participants in two organisations (山田 太郎 and Hanako Sato; 鈴木 一郎), registered through
 * the API, and a Zoom report of their seminar: 山田 by email in two rows (76 min), Sato by name only (30 min),
 * and an "iPhone" guest (90 min) nobody can match.
 */
final class AttendanceFixture {

    private AttendanceFixture() {
    }

    /** Registers the three; returns the tag that makes their addresses unique to this test. */
    static String registerThree(Http anonymous, long seminar, long firstOrganisation, long secondOrganisation) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        register(anonymous, seminar, firstOrganisation,
                "{\"name\":\"山田 太郎\",\"email\":\"taro-%s@example.org\"},{\"name\":\"Hanako Sato\",\"email\":\"hanako-%s@example.org\"}", tag);
        register(anonymous, seminar, secondOrganisation, "{\"name\":\"鈴木 一郎\",\"email\":\"ichiro-%s@example.org\"}", tag);
        return tag;
    }

    static void register(Http anonymous, long seminar, long organisation, String people, String tag) {
        Http.Reply reply = anonymous.post("api/registrations", "{\"privacyConsent\":true,\"seminarId\":%d,\"organisationId\":%d,\"participants\":[%s]}"
                .formatted(seminar, organisation, people.replace("%s", tag)));
        assertEquals(201, reply.status(), reply.toString());
    }

    static byte[] zoomReport(String tag) {
        return ("\uFEFFName (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest,Recording Consent\n"
                + "山田 太郎,TARO-%1$s@example.org,02/18/2022 09:58:01 AM,02/18/2022 11:00:00 AM,62,No,Yes\n"
                + "山田 太郎,taro-%1$s@example.org,02/18/2022 11:05:00 AM,02/18/2022 11:20:00 AM,15,No,Yes\n"
                + "\"SATO, ＨＡＮＡＫＯ\",,02/18/2022 10:00:00 AM,02/18/2022 10:30:00 AM,30,Yes,Yes\n"
                + "iPhone,,02/18/2022 10:00:00 AM,02/18/2022 11:30:00 AM,90,Yes,Yes\n").formatted(tag).getBytes(StandardCharsets.UTF_8);
    }

    static JsonObject participant(JsonObject review, String emailPrefix) {
        return review.getJsonArray("participants").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("email").startsWith(emailPrefix)).findFirst().orElseThrow();
    }
}
