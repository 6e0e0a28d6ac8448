package org.seminardesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seminardesk.testing.ApplicationIT;

/** The first start loaded the demo data from the council report into the real database. */
class DemoDataIT extends ApplicationIT {

    private JsonObject seminar(String title) {
        return anonymous.get("api/seminars").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("titleJa").equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError(title + " is missing"));
    }

    @Test
    void meetingsOfFiscal2021WithAgendaAndRoster() {
        JsonObject first = seminar("第１回就労支援部会");
        assertEquals("令和3年9月28日（火） 09:30–11:00", first.getString("dateLabel"));
        assertEquals(5, first.getJsonArray("agenda").size());
        List<String> roster = first.getJsonArray("roster").getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("name")).toList();
        assertEquals("区立発達障害者支援施設長", roster.get(0));
        assertEquals(23, roster.size(), "the chair and 22 distinct facilities (げんき品川 is listed twice in the report)");

        JsonObject second = seminar("第２回就労支援部会");
        assertTrue(second.getJsonArray("roster").toString().contains("ディーキャリア品川サウスオフィス"));

        JsonObject written = seminar("第３回就労支援部会（書面開催）");
        assertEquals("WRITTEN", written.getString("format"));
        assertEquals("令和4年1月18日（火）", written.getString("dateLabel"));
        assertEquals("令和3年度", written.getString("fiscalYearLabel"));
    }

    @Test
    void anUpcomingProBonoSeminarIsOpenForRegistration() {
        JsonObject proBono = anonymous.get("api/seminars?kind=PRO_BONO").jsonArray().getJsonObject(0);
        assertEquals("PUBLISHED", proBono.getString("status"));
        assertEquals(1, anonymous.get("api/seminars?kind=PRO_BONO").jsonArray().size());
        assertTrue(anonymous.get("api/seminars?fiscalYear=2021").jsonArray().size() >= 4);
    }

    @Test
    void theAnnualReportOfFiscal2021HasTheReportsMeetingsSeminarAndPlans() {
        JsonObject report = organiser.get("api/manage/reports/2021").json();
        assertEquals("令和3年度", report.getString("yearLabel"));
        assertEquals(3, report.getJsonArray("meetings").size());
        assertTrue(report.getJsonArray("meetings").getJsonObject(2).getBoolean("written"), "the third was held in writing");
        assertEquals(1, report.getJsonArray("seminars").size(), "the ultra-short-time employment seminar");
        assertTrue(report.getString("plans").startsWith("１．障害福祉計画について"));
    }
}
