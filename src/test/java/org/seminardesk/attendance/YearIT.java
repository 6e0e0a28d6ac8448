package org.seminardesk.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.seminardesk.mail.MailTestSupport;
import org.seminardesk.platform.JapaneseDates;

/** The year at a glance once a seminar has begun: per organisation, the members who never took part, exports, page. */
class YearIT extends MailTestSupport {

    private static JsonObject line(JsonObject year, long organisation) {
        return year.getJsonArray("organisations").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getJsonNumber("id").longValue() == organisation).findFirst().orElseThrow();
    }

    @Test
    void aSeminarCountsForItsOrganisationsOnceItHasBegun() throws Exception {
        long seminar = publishedSeminar(10);
        long first = organisation();
        long second = organisation();
        String tag = AttendanceFixture.registerThree(organiser, seminar, first, second);
        assertEquals(201, staff.upload("api/attendance/seminars/" + seminar + "/imports?fileName=zoom.csv",
                AttendanceFixture.zoomReport(tag), "text/csv").status());
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        assertEquals(0, line(staff.get("api/attendance/years/" + JapaneseDates.fiscalYearOf(today.plusDays(7))).json(), first)
                .getInt("registered"), "not begun yet: not counted");

        ageSeminar(seminar, Duration.ofDays(8)); // it was held yesterday
        int year = JapaneseDates.fiscalYearOf(today.minusDays(1));
        String path = "api/attendance/years/" + year;
        JsonObject glance = staff.get(path).json();
        JsonObject himawari = line(glance, first);
        assertEquals(2, himawari.getInt("registered"));
        assertEquals(1, himawari.getInt("attended"), "山田 online long enough, Sato 30 minutes of 120");
        assertEquals(50, himawari.getInt("ratePercent"));
        assertEquals(1, himawari.getInt("seminarsAttended"));
        assertEquals(0, line(glance, second).getInt("attended"));
        assertTrue(glance.getJsonArray("neverTookPart").getValuesAs(JsonObject.class).stream()
                .anyMatch(m -> m.getJsonNumber("id").longValue() == second), "鈴木's organisation never took part");
        assertTrue(glance.getJsonArray("neverTookPart").getValuesAs(JsonObject.class).stream()
                .noneMatch(m -> m.getJsonNumber("id").longValue() == first));

        String csv = new String(staff.download(path + "/export.csv").body(), StandardCharsets.UTF_8);
        assertTrue(csv.contains(himawari.getString("name") + ",") && csv.contains(",2,1,50,1,"), csv);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(staff.download(path + "/export.xlsx").body()))) {
            assertEquals(3, book.getNumberOfSheets());
            assertEquals("参加のなかった会員", book.getSheetName(2));
        }
        String page = staff.get("staff/year.xhtml?year=" + year).body();
        assertTrue(page.contains("年間の参加状況") && page.contains(himawari.getString("name")), "the page lists it");
        assertEquals(404, staff.get("staff/year.xhtml?year=abc").status());
        assertEquals(404, staff.get("api/attendance/years/1999").status());
        assertEquals(401, anonymous.get(path).status());
    }
}
