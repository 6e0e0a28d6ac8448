package org.seminardesk.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seminardesk.testing.ApplicationIT;
import org.seminardesk.testing.Http;

/**
 * A seminar 10:00–12:00 with three confirmed participants in two organisations; staff import a Zoom report of
 * it through the real server and database, assign the guest it could not match, and read the figures.
 */
class AttendanceApiIT extends ApplicationIT {

    private long seminar;
    private String tag;

    @BeforeEach
    void threeConfirmedParticipants() {
        seminar = publishedSeminar(10);
        tag = AttendanceFixture.registerThree(organiser, seminar, organisation(), organisation());
    }

    private void register(long organisation, String people) {
        AttendanceFixture.register(organiser, seminar, organisation, people, tag);
    }

    private byte[] zoomReport() {
        return AttendanceFixture.zoomReport(tag);
    }

    private Http.Reply importAs(Http who, byte[] file) {
        return who.upload("api/attendance/seminars/" + seminar + "/imports?fileName=zoom.csv", file, "text/csv");
    }

    private JsonObject review() {
        return staff.get("api/attendance/seminars/" + seminar).json();
    }

    private static JsonObject participant(JsonObject review, String emailPrefix) {
        return AttendanceFixture.participant(review, emailPrefix);
    }

    private static String overall(JsonObject review) {
        JsonObject overall = review.getJsonObject("figures").getJsonObject("overall");
        return overall.getInt("registered") + "/" + overall.getInt("attended");
    }

    @Test
    void aZoomReportIsMatchedByEmailAndNameAndImportedOnce() {
        Http.Reply imported = importAs(staff, zoomReport());
        assertEquals(201, imported.status(), imported.toString());
        JsonObject view = imported.json();
        assertEquals("ZOOM", view.getString("format"));
        assertEquals(4, view.getInt("rows"));
        assertEquals(3, view.getInt("people"), "山田 太郎's two rows are one person");
        assertEquals(2, view.getInt("matched"));
        assertEquals(1, view.getInt("unmatched"));
        assertTrue(imported.header("Location").endsWith("/api/attendance/imports/" + view.getInt("id")));

        JsonObject review = review();
        assertEquals(76, participant(review, "taro-").getInt("onlineMinutes"), "61:59 + 15:00, by email in another case");
        assertEquals(30, participant(review, "hanako-").getInt("onlineMinutes"), "by name: width, case and word order");
        assertTrue(participant(review, "taro-").getBoolean("attended"), "76 of the 60 minutes needed");
        assertFalse(participant(review, "hanako-").getBoolean("attended"));
        assertEquals("3/1", overall(review));
        assertEquals(1, review.getInt("unmatchedPeople"));

        Http.Reply again = importAs(organiser, zoomReport());
        assertEquals(200, again.status(), "the same file again");
        assertTrue(again.json().getBoolean("alreadyImported"));
        assertEquals(view.getInt("id"), again.json().getInt("id"));
        assertEquals(1, staff.get("api/attendance/seminars/" + seminar + "/imports").jsonArray().size());
        assertEquals(76, participant(review(), "taro-").getInt("onlineMinutes"), "not counted twice");
    }

    @Test
    void reportsOfTheSameEventInTwoFormatsCountEachMinuteOnceWithinTheSeminar() {
        assertEquals(201, importAs(staff, zoomReport()).status());
        Http.Reply teams = staff.upload("api/attendance/seminars/" + seminar + "/imports?fileName=teams.csv",
                AttendanceFixture.teamsReport(tag), "text/csv");
        assertEquals(201, teams.status(), teams.toString());
        assertEquals("TEAMS", teams.json().getString("format"));

        JsonObject review = review();
        assertEquals(81, participant(review, "taro-").getInt("onlineMinutes"), "09:58:01–11:20 once, not 76 + 81");
        assertEquals(30, participant(review, "hanako-").getInt("onlineMinutes"), "the same half hour twice is 30, not 60");
        assertFalse(participant(review, "hanako-").getBoolean("attended"), "two reports do not make her attend");
        assertEquals(120, participant(review, "ichiro-").getInt("onlineMinutes"), "08:00–13:00: the seminar's 120 minutes");

        Http.Reply reExport = importAs(staff, new String(zoomReport(), StandardCharsets.UTF_8)
                .replace("Recording Consent", "Recording consent").getBytes(StandardCharsets.UTF_8));
        assertEquals(201, reExport.status(), "a re-export is another file");
        assertEquals(81, participant(review(), "taro-").getInt("onlineMinutes"), "and still counts once");

        assertEquals(204, staff.delete("api/attendance/imports/" + teams.json().getInt("id")).status());
        JsonObject without = review();
        assertEquals(76, participant(without, "taro-").getInt("onlineMinutes"), "Teams taken back: Zoom's minutes");
        assertEquals(0, participant(without, "ichiro-").getInt("onlineMinutes"));
    }

    @Test
    void aReportOfAnotherDayIsRefusedAndANewSeminarTimeRecounts() {
        Http.Reply otherDay = importAs(staff, AttendanceFixture.zoomReport(tag, AttendanceFixture.seminarDay().minusDays(1)));
        assertEquals(422, otherDay.status(), otherDay.toString());
        assertEquals("file", otherDay.json().getJsonArray("fields").getJsonObject(0).getString("field"));
        assertTrue(otherDay.json().getString("message").contains("another seminar or day"), otherDay.body());
        assertEquals(0, staff.get("api/attendance/seminars/" + seminar + "/imports").jsonArray().size(), "nothing stored");

        importAs(staff, zoomReport());
        assertEquals(76, participant(review(), "taro-").getInt("onlineMinutes"));
        Http.Reply later = organiser.put("api/seminars/" + seminar, """
                {"titleJa":"出欠の時間","kind":"SEMINAR","format":"ONLINE","capacity":10,"status":"PUBLISHED",
                 "startsAt":"%s","endsAt":"%s","onlineLink":"https://meet.example.org/a"}"""
                .formatted(inDays(7, 11), inDays(7, 12)));
        assertEquals(200, later.status(), later.toString());
        JsonObject review = review();
        assertEquals(25, participant(review, "taro-").getInt("onlineMinutes"), "10:50–11:00 and 11:05–11:20 of 11:00–12:00 ± 10");
        assertEquals(0, participant(review, "hanako-").getInt("onlineMinutes"), "10:00–10:30 is before it now");
    }

    @Test
    void staffAssignWhomTheReportCouldNotMatchAndCanUndoTheImport() {
        long importId = importAs(staff, zoomReport()).json().getInt("id");
        JsonObject guest = staff.get("api/attendance/seminars/" + seminar + "/unmatched?max=10").jsonArray().getJsonObject(0);
        assertEquals(422, staff.get("api/attendance/seminars/" + seminar + "/unmatched?max=501").status());
        assertEquals("iPhone", guest.getString("name"));
        long ichiro = participant(review(), "ichiro-").getInt("participantId");

        long otherSeminarsParticipant = otherSeminarsParticipant();
        Http.Reply wrong = staff.put("api/attendance/people/" + guest.getInt("id"), "{\"participantId\":" + otherSeminarsParticipant + "}");
        assertEquals(422, wrong.status(), wrong.toString());
        assertEquals(1, review().getInt("unmatchedPeople"), "a refused assignment changes nothing");
        assertEquals(400, staff.put("api/attendance/people/" + guest.getInt("id"), "{\"participantId\":" + ichiro + ",\"ignore\":true}").status());

        Http.Reply assigned = staff.put("api/attendance/people/" + guest.getInt("id"), "{\"participantId\":" + ichiro + "}");
        assertEquals(200, assigned.status(), assigned.toString());
        assertEquals("HAND", assigned.json().getString("matchedBy"));
        JsonObject review = review();
        assertEquals(90, participant(review, "ichiro-").getInt("onlineMinutes"));
        assertEquals("3/2", overall(review));
        assertEquals(0, review.getInt("unmatchedPeople"));
        assertEquals(67, review.getJsonObject("figures").getJsonObject("overall").getInt("ratePercent"));

        assertEquals(200, staff.put("api/attendance/people/" + guest.getInt("id"), "{\"ignore\":true}").status());
        assertEquals(0, participant(review(), "ichiro-").getInt("onlineMinutes"), "ignored: the minutes go");
        assertEquals(0, review().getInt("unmatchedPeople"));

        assertEquals(204, staff.delete("api/attendance/imports/" + importId).status());
        assertEquals(0, participant(review(), "taro-").getInt("onlineMinutes"), "the import taken back");
        assertEquals(404, staff.get("api/attendance/imports/" + importId).status());
    }

    private long otherSeminarsParticipant() {
        long other = seminar;
        seminar = publishedSeminar(5);
        register(organisation(), "{\"name\":\"別の 人\",\"email\":\"other-%s@example.org\"}");
        long id = participant(review(), "other-").getInt("participantId");
        seminar = other;
        return id;
    }

    @Test
    void aBrokenFileIsRefusedWithItsLineAndStoresNothing() {
        byte[] broken = ("Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes)\n"
                + "山田 太郎,taro-" + tag + "@example.org,02/18/2022 09:58:01 AM,02/18/2022 11:00:00 AM,62\n"
                + "鈴木 一郎,,soon,02/18/2022 11:00:00 AM,1\n").getBytes(StandardCharsets.UTF_8);
        Http.Reply refused = importAs(staff, broken);
        assertEquals(422, refused.status(), refused.toString());
        assertTrue(refused.json().getString("message").startsWith("Line 3:"), refused.body());
        assertEquals("file", refused.json().getJsonArray("fields").getJsonObject(0).getString("field"));
        assertEquals(0, staff.get("api/attendance/seminars/" + seminar + "/imports").jsonArray().size());
        assertEquals(0, participant(review(), "taro-").getInt("onlineMinutes"));
        assertEquals(422, importAs(staff, new byte[0]).status());
        assertEquals(404, staff.upload("api/attendance/seminars/987654321/imports", zoomReport(), "text/csv").status());
    }

    @Test
    void checkInAndTheThresholdDecideWhoAttended() {
        importAs(staff, zoomReport());
        long hanako = participant(review(), "hanako-").getInt("participantId");
        Http.Reply checkedIn = staff.put("api/attendance/seminars/" + seminar + "/participants/" + hanako + "/check-in", null);
        assertEquals(200, checkedIn.status(), checkedIn.toString());
        assertTrue(checkedIn.json().getBoolean("attended"));
        assertFalse(checkedIn.json().getString("checkedInAt").isBlank());
        assertEquals("3/2", overall(review()));

        Http.Reply stricter = staff.put("api/attendance/seminars/" + seminar + "/threshold", "{\"thresholdPercent\":90}");
        assertEquals(200, stricter.status(), stricter.toString());
        assertEquals(108, stricter.json().getInt("minutesNeeded"));
        assertFalse(participant(stricter.json(), "taro-").getBoolean("attended"), "76 < 108");
        assertEquals("3/1", overall(stricter.json()), "only the one checked in");
        assertEquals(400, staff.put("api/attendance/seminars/" + seminar + "/threshold", "{\"thresholdPercent\":0}").status());
        assertEquals(90, review().getJsonObject("rule").getInt("thresholdPercent"), "a refused threshold changes nothing");

        assertEquals(200, staff.delete("api/attendance/seminars/" + seminar + "/participants/" + hanako + "/check-in").status());
        assertEquals("3/0", overall(review()));
        assertEquals(422, staff.put("api/attendance/seminars/" + seminar + "/participants/" + otherSeminarsParticipant() + "/check-in", null).status());
    }

    @Test
    void aFollowUpGoesToTheNoShowsAndAThankYouToTheAttendees() {
        importAs(staff, zoomReport());
        assertEquals(java.util.List.of("hanako-" + tag + "@example.org", "ichiro-" + tag + "@example.org"),
                recipientsOf("SEMINAR_NO_SHOWS"));
        assertEquals(java.util.List.of("taro-" + tag + "@example.org"), recipientsOf("SEMINAR_ATTENDEES"));
        Http.Reply noSeminar = organiser.post("api/manage/announcements",
                "{\"subjectJa\":\"ご欠席の方へ\",\"bodyJa\":\"資料をお送りします。\",\"audience\":\"SEMINAR_NO_SHOWS\"}");
        assertEquals(422, noSeminar.status(), noSeminar.toString());
    }

    private java.util.List<String> recipientsOf(String audience) {
        Http.Reply draft = organiser.post("api/manage/announcements",
                "{\"subjectJa\":\"ご参加ありがとうございました\",\"bodyJa\":\"資料をお送りします。\",\"audience\":\"%s\",\"seminarId\":%d}"
                        .formatted(audience, seminar));
        assertEquals(201, draft.status(), draft.toString());
        return organiser.get("api/manage/announcements/" + draft.json().getInt("id") + "/recipients").json()
                .getJsonArray("recipients").getValuesAs(JsonObject.class).stream().map(r -> r.getString("email")).sorted().toList();
    }

    @Test
    void exportsOpenInExcelAndOnlyStaffAndOrganisersReachAttendance() throws Exception {
        importAs(staff, zoomReport());
        HttpResponse<byte[]> csv = staff.download("api/attendance/seminars/" + seminar + "/export.csv");
        assertEquals(200, csv.statusCode());
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF事業所,施設種別,氏名"), text);
        assertTrue(text.contains("山田 太郎,taro-" + tag + "@example.org,76,,出席"), text);

        HttpResponse<byte[]> xlsx = organiser.download("api/attendance/seminars/" + seminar + "/export.xlsx");
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertEquals(4, workbook.getSheet("参加者").getPhysicalNumberOfRows(), "a header and three participants");
            assertEquals(3, workbook.getSheet("集計").getRow(4).getCell(1).getNumericCellValue());
        }

        assertEquals(401, anonymous.get("api/attendance/seminars/" + seminar).status());
        assertEquals(401, anonymous.upload("api/attendance/seminars/" + seminar + "/imports", zoomReport(), "text/csv").status());
        assertEquals(401, anonymous.download("api/attendance/seminars/" + seminar + "/export.csv").statusCode());
    }
}
