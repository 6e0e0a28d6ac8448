package org.seminardesk.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.seminardesk.testing.Http;

/**
 * Three confirmed participants in two organisations (山田 太郎 and Hanako Sato; 鈴木 一郎), registered through
 * the API for a seminar 10:00–12:00 in seven days (ApplicationIT.publishedSeminar), and reports of it: Zoom
 * with 山田 by email in two rows (76 min), Sato by name only (30 min) and an "iPhone" guest (90 min) nobody can
 * match; Teams, the same event seen by Microsoft's report, overlapping Zoom's.
 */
final class AttendanceFixture {

    private AttendanceFixture() {
    }

    /** Registers the three; returns the tag that makes their addresses unique to this test. */
    static String registerThree(Http organiser, long seminar, long firstOrganisation, long secondOrganisation) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        register(organiser, seminar, firstOrganisation,
                "{\"name\":\"山田 太郎\",\"email\":\"taro-%s@example.org\"},{\"name\":\"Hanako Sato\",\"email\":\"hanako-%s@example.org\"}", tag);
        register(organiser, seminar, secondOrganisation, "{\"name\":\"鈴木 一郎\",\"email\":\"ichiro-%s@example.org\"}", tag);
        return tag;
    }

    static void register(Http organiser, long seminar, long organisation, String people, String tag) {
        Http.Reply reply = organiser.post("api/manage/registrations", "{\"privacyConsent\":true,\"seminarId\":%d,\"organisationId\":%d,\"participants\":[%s]}"
                .formatted(seminar, organisation, people.replace("%s", tag)));
        assertEquals(201, reply.status(), reply.toString());
    }

    /** The day of the seminar that ApplicationIT.publishedSeminar(capacity) makes. */
    static LocalDate seminarDay() {
        return LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(7);
    }

    static byte[] zoomReport(String tag) {
        return zoomReport(tag, seminarDay());
    }

    static byte[] zoomReport(String tag, LocalDate day) {
        String d = DateTimeFormatter.ofPattern("MM/dd/yyyy").format(day);
        return ("\uFEFFName (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest,Recording Consent\n"
                + "山田 太郎,TARO-%1$s@example.org,%2$s 09:58:01 AM,%2$s 11:00:00 AM,62,No,Yes\n"
                + "山田 太郎,taro-%1$s@example.org,%2$s 11:05:00 AM,%2$s 11:20:00 AM,15,No,Yes\n"
                + "\"SATO, ＨＡＮＡＫＯ\",,%2$s 10:00:00 AM,%2$s 10:30:00 AM,30,Yes,Yes\n"
                + "iPhone,,%2$s 10:00:00 AM,%2$s 11:30:00 AM,90,Yes,Yes\n").formatted(tag, d).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Teams' report of the same seminar (UTF-16, tabs, sections): 山田 in one stretch 09:58–11:20 that covers
     * both of Zoom's rows, Sato by email 10:00–10:30 as in Zoom, 鈴木 online all day 08:00–13:00.
     */
    static byte[] teamsReport(String tag) {
        String d = DateTimeFormatter.ofPattern("M/d/yy").format(seminarDay());
        String text = ("\uFEFF1. Summary\nMeeting title\t超短時間雇用セミナー\nAttended participants\t3\n\n"
                + "3. In-Meeting Activities\nName\tJoin Time\tLeave Time\tDuration\tEmail\tRole\n"
                + "山田 太郎\t%2$s, 9:58:01 AM\t%2$s, 11:20:00 AM\t1h 21m 59s\ttaro-%1$s@example.org\tAttendee\n"
                + "Hanako Sato\t%2$s, 10:00:00 AM\t%2$s, 10:30:00 AM\t30m 0s\thanako-%1$s@example.org\tAttendee\n"
                + "鈴木 一郎\t%2$s, 8:00:00 AM\t%2$s, 1:00:00 PM\t5h 0m 0s\tichiro-%1$s@example.org\tAttendee\n")
                .formatted(tag, d);
        return text.getBytes(StandardCharsets.UTF_16LE);
    }

    static JsonObject participant(JsonObject review, String emailPrefix) {
        return review.getJsonArray("participants").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("email").startsWith(emailPrefix)).findFirst().orElseThrow();
    }
}
