package org.seminardesk.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.seminardesk.testing.ApplicationIT;

/** Staff see the seminars and take each participant list as CSV that Excel opens in Japanese. */
class StaffExportIT extends ApplicationIT {

    private HttpResponse<byte[]> exportAsStaff(long seminar) throws Exception {
        return staff.download("api/manage/seminars/" + seminar + "/registrations/export");
    }

    @Test
    void staffTakeTheParticipantListAsExcelReadyCsv() throws Exception {
        long seminar = publishedSeminar(5);
        String needs = "車いす席, \"前方\"\n手話通訳";
        organiser.post("api/manage/registrations", "{\"privacyConsent\":true,\"needsConsent\":true,\"seminarId\":%d,\"organisationId\":%d,\"participants\":[{\"name\":\"山田 太郎\",\"email\":\"csv1@example.org\",\"accessibilityNeeds\":\"%s\"},{\"name\":\"佐藤 花子\",\"email\":\"csv2@example.org\"}]}"
                .formatted(seminar, organisation(), needs.replace("\"", "\\\"").replace("\n", "\\n")));

        HttpResponse<byte[]> export = exportAsStaff(seminar);
        assertEquals(200, export.statusCode());
        assertTrue(export.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        assertTrue(export.headers().firstValue("Content-Disposition").orElseThrow().contains("seminar-" + seminar + "-participants.csv"));
        byte[] body = export.body();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(body[0], body[1], body[2]), "a BOM, for Excel");
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.EXCEL.parse(new StringReader(text)).getRecords();
        assertEquals(List.of("事業所", "氏名", "メールアドレス", "配慮の希望", "状態", "申込日時", "参加方法"), rows.get(0).toList());
        assertEquals(3, rows.size(), "one row per participant");
        assertEquals("山田 太郎", rows.get(1).get(1));
        assertEquals(needs, rows.get(1).get(3), "commas, quotes and line breaks survive");
        assertEquals("参加確定", rows.get(1).get(4));

        assertEquals(401, anonymous.get("api/manage/seminars/" + seminar + "/registrations/export").status());
        assertEquals(404, exportAsStaff(987654321L).statusCode());
    }

    @Test
    void theStaffPageListsSeminarsWithTheirExportLinks() {
        long seminar = publishedSeminar(5);
        assertSentToLogin("staff/index.xhtml");
        String page = staff.get("staff/index.xhtml").body();
        assertTrue(page.contains("職員ページ"), page);
        assertTrue(page.contains("/api/manage/seminars/" + seminar + "/registrations/export"), "an export link per seminar");
        assertEquals(200, organiser.get("staff/index.xhtml").status());
    }
}
