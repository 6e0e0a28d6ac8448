package org.seminardesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.seminardesk.platform.JapaneseDates;
import org.seminardesk.testing.ApplicationIT;
import org.seminardesk.testing.Http;
import org.seminardesk.testing.PageSession;

/**
 * The annual report from a year's data made through the API — a meeting held in writing, a seminar with its
 * lecturer and attendance, a pro bono match, the plans — generated as .docx and read back with POI.
 */
class AnnualReportIT extends ApplicationIT {

    private long created(Http.Reply reply) {
        assertEquals(201, reply.status(), reply.toString());
        return reply.json().getJsonNumber("id").longValue();
    }

    @Test
    void theWordReportReadsLikeTheSubcommitteesOwn() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        int year = JapaneseDates.fiscalYearOf(LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(7));
        long speaker = created(organiser.post("api/speakers", "{\"name\":\"近藤 講師\",\"affiliation\":\"地域自立支援協議会\",\"title\":\"副会長\"}"));
        long seminar = created(organiser.post("api/seminars", """
                {"titleJa":"超短時間雇用セミナー %s","kind":"SEMINAR","format":"ONLINE","capacity":10,"speakerIds":[%d],
                 "description":"「超短時間雇用モデル」をテーマにしたオンラインセミナーを実施した。","reminderHoursBefore":[],
                 "startsAt":"%s","endsAt":"%s","onlineLink":"https://meet.example.org/%s","status":"PUBLISHED"}"""
                .formatted(tag, speaker, inDays(7, 10), inDays(7, 12), tag)));
        Http.Reply registered = organiser.post("api/manage/registrations", """
                {"privacyConsent":true,"seminarId":%d,"organisationId":%d,"participants":[{"name":"山田 太郎","email":"r1-%s@example.org"},{"name":"佐藤 花子","email":"r2-%s@example.org"}]}"""
                .formatted(seminar, organisation(), tag, tag));
        assertEquals(201, registered.status(), registered.toString());
        long participant = staff.get("api/attendance/seminars/" + seminar).json().getJsonArray("participants").getJsonObject(0)
                .getJsonNumber("participantId").longValue();
        assertEquals(200, staff.put("api/attendance/seminars/" + seminar + "/participants/" + participant + "/check-in", null).status());

        long member = created(organiser.post("api/organisations", "{\"name\":\"かもめ第一工房 %s\",\"facilityType\":\"CONTINUATION_B\"}".formatted(tag)));
        long meeting = created(organiser.post("api/seminars", """
                {"titleJa":"第3回就労支援部会 %s","kind":"MEETING","format":"WRITTEN","capacity":0,"startsAt":"%s","status":"PUBLISHED"}"""
                .formatted(tag, inDays(7, 10))));
        organiser.put("api/manage/meetings/" + meeting + "/agenda", """
                {"items":[{"title":"超短時間雇用セミナーについて","minutes":"2月実施予定のセミナーについて、改めて周知を行った。"},
                          {"title":"プロボノについて","minutes":"マッチングした事例が2事業所あった。"}]}""");
        organiser.put("api/manage/meetings/" + meeting + "/roster", """
                {"lines":[{"role":"CHAIR","label":"区立発達障害者支援施設長"},{"role":"MEMBER","organisationId":%d}]}""".formatted(member));

        long need = created(anonymous.post("api/probono/needs", """
                {"organisationId":%d,"contactName":"担当","contactEmail":"n@example.org","title":"ホームページ作成 %s"}""".formatted(member, tag)));
        long offer = created(anonymous.post("api/probono/offers", "{\"name\":\"ウェブ 太郎\",\"email\":\"o@example.org\",\"skills\":\"ウェブ制作\"}"));
        long match = created(organiser.post("api/manage/probono/matches", "{\"needId\":%d,\"offerId\":%d}".formatted(need, offer)));
        organiser.put("api/manage/probono/matches/" + match, "{\"outcome\":\"COMPLETED\"}");
        assertEquals(200, organiser.put("api/manage/reports/" + year + "/plans",
                "{\"plans\":\"障害福祉計画について、引き続きグループワークを通じて話し合う。\"}").status());

        HttpResponse<byte[]> docx = organiser.download("api/manage/reports/" + year + "/report.docx");
        assertEquals(200, docx.statusCode());
        String text;
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            text = document.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
        }
        assertTrue(text.startsWith(JapaneseDates.fiscalYear(year) + "　就労支援部会　報告書"), text);
        String meetingPart = text.substring(text.indexOf("■第3回就労支援部会 " + tag));
        assertTrue(meetingPart.startsWith("■第3回就労支援部会 " + tag + "\n日時：令和") && meetingPart.contains("\n（書面開催）\n概要：\n"), meetingPart);
        assertTrue(meetingPart.contains("1．超短時間雇用セミナーについて\n　　　　　2月実施予定のセミナーについて、改めて周知を行った。"), meetingPart);
        assertTrue(meetingPart.contains("部会長：区立発達障害者支援施設長") && meetingPart.contains("部会員：1．かもめ第一工房 " + tag), meetingPart);
        String seminarPart = text.substring(text.indexOf("■超短時間雇用セミナー " + tag));
        assertTrue(seminarPart.contains("講師：近藤 講師（地域自立支援協議会 副会長）"), seminarPart);
        assertTrue(seminarPart.contains("形式：オンライン\n参加状況：申込 2 名、出席 1 名（出席率 50%）"), seminarPart);
        assertTrue(text.contains("■年間の参加状況\nセミナー "), "the year at a glance is a section of its own: " + text);
        assertTrue(text.contains("ホームページ作成 " + tag + " ― ウェブ 太郎（完了）"), text);
        assertTrue(text.contains("〇" + JapaneseDates.fiscalYear(year + 1) + "について\n障害福祉計画について、引き続きグループワークを通じて話し合う。"), text);

        JsonObject report = organiser.get("api/manage/reports/" + year).json();
        assertTrue(report.getJsonArray("meetings").size() >= 1);
        assertEquals(403, staff.put("api/manage/reports/" + year + "/plans", "{\"plans\":\"x\"}").status());
        assertEquals(401, anonymous.get("api/manage/reports/" + year + "/report.docx").status());
        assertEquals(404, organiser.get("api/manage/reports/1999").status());
        assertEquals(400, organiser.put("api/manage/reports/" + year + "/plans", "{\"plans\":\"" + "あ".repeat(8001) + "\"}").status());
    }

    @Test
    void organisersWriteThePlansOnThePage() throws Exception {
        PageSession page = new PageSession(base, Http.As.ORGANISER);
        String html = page.open("manage/report.xhtml");
        assertTrue(html.contains("活動報告書") && html.contains("report.docx"), html);
        int year = JapaneseDates.fiscalYearOf(LocalDate.now(ZoneId.of("Asia/Tokyo")));
        html = page.submit("report", "report:save", Map.of("report:plans", "ページから書いた計画"));
        assertTrue(html.contains("保存しました"), html);
        assertTrue(organiser.get("api/manage/reports/" + year).json().getString("plans").equals("ページから書いた計画"));

        // the year comes from the address: a year picked in the list but not shown is never written to
        PageSession earlier = new PageSession(base, Http.As.ORGANISER);
        html = earlier.open("manage/report.xhtml?year=" + (year - 1));
        assertTrue(html.contains(JapaneseDates.fiscalYear(year - 1) + "：") && html.contains("/reports/" + (year - 1) + "/report.docx"), html);
        html = earlier.submit("report", "report:save", Map.of("year", String.valueOf(year), "report:plans", "前年度の計画"));
        assertTrue(html.contains("保存しました"), html);
        assertEquals("前年度の計画", organiser.get("api/manage/reports/" + (year - 1)).json().getString("plans"));
        assertEquals("ページから書いた計画", organiser.get("api/manage/reports/" + year).json().getString("plans"));
        assertEquals(404, organiser.get("manage/report.xhtml?year=1999").status());
        assertEquals(404, organiser.get("manage/report.xhtml?year=%3Cscript%3E").status());
    }
}
