package org.seminardesk.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.seminardesk.testing.ApplicationIT;
import org.seminardesk.testing.Http;
import org.seminardesk.testing.PageSession;

/** The organisers' registrations page: seats and waitlist, and cancelling on an organisation's behalf. */
class SeminarRegistrationsPageIT extends ApplicationIT {

    private String registerAs(long seminar, String organisationName, String email) {
        long organisation = organiser.post("api/organisations", "{\"name\":\"%s\",\"facilityType\":\"OTHER\"}"
                .formatted(organisationName)).json().getJsonNumber("id").longValue();
        return organiser.post("api/manage/registrations", "{\"privacyConsent\":true,\"seminarId\":%d,\"organisationId\":%d,\"participants\":[{\"name\":\"職員\",\"email\":\"%s\"}]}"
                .formatted(seminar, organisation, email)).json().getString("token");
    }

    @Test
    void anOrganiserCancelsARegistrationWithAReasonAndTheWaitlistMovesUp() throws Exception {
        long seminar = publishedSeminar(1);
        String first = unique("先着事業所");
        String firstToken = registerAs(seminar, first, "first@example.org");
        String waitingToken = registerAs(seminar, unique("待機事業所"), "waiting@example.org");
        String page = "manage/registrations.xhtml?seminar=" + seminar;
        assertSentToLogin(page);
        assertEquals(403, staff.get(page).status());

        PageSession browser = new PageSession(base, Http.As.ORGANISER);
        String html = browser.open(page);
        assertTrue(html.contains("参加確定 1 / 定員 1 名、キャンセル待ち 1 名"), html);
        Matcher cancel = Pattern.compile("<a[^>]*href=\"([^\"]*cancel=\\d+)[^\"]*\"[^>]*aria-label=\"" + Pattern.quote(first)
                + " この申込を取り消す\"").matcher(html);
        assertTrue(cancel.find(), "a cancel link on the first registration's row");

        html = browser.open(cancel.group(1).replace("&amp;", "&").substring(1));
        assertTrue(html.contains(first + " のお申込み（1 名）を取り消します"), "the step names what is cancelled: " + html);
        assertEquals("CONFIRMED", anonymous.get("api/registrations/" + firstToken).json().getString("status"), "opening it cancels nothing");
        html = browser.submit("cancel", "cancel:submit", Map.of("cancel:reason", "電話で取り消しの連絡"));
        assertTrue(html.contains("申込を取り消しました"), html);
        assertTrue(html.contains("参加確定 1 / 定員 1 名、キャンセル待ち 0 名"), "the waitlist moved up: " + html);
        var cancelled = anonymous.get("api/registrations/" + firstToken).json();
        assertEquals("CANCELLED", cancelled.getString("status"));
        assertEquals("電話で取り消しの連絡", cancelled.getString("cancelReason"));
        assertEquals("CONFIRMED", anonymous.get("api/registrations/" + waitingToken).json().getString("status"));
        assertEquals(404, organiser.get("manage/registrations.xhtml?seminar=987654321").status());
    }

    @Test
    void registrationsAreSearchedPagedAndDownloadedWithTheirNeeds() throws Exception {
        long seminar = publishedSeminar(60);
        String tag = unique("検索");
        for (int i = 0; i < 23; i++) {
            registerAs(seminar, tag + "事業所" + i, "search-" + i + "-" + tag.hashCode() + "@example.org");
        }
        PageSession browser = new PageSession(base, Http.As.ORGANISER);
        String html = browser.open("manage/registrations.xhtml?seminar=" + seminar);
        assertTrue(html.contains("20 件を表示（全 23 件）") || html.contains("23 件を表示（全 23 件）"), html);
        assertTrue(html.contains("page=1"), "a second page");
        html = browser.open("manage/registrations.xhtml?seminar=" + seminar + "&q=" + java.net.URLEncoder.encode(tag + "事業所7",
                java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(html.contains("1 件を表示（全 23 件）") && html.contains(tag + "事業所7"), html);
        html = browser.open("manage/registrations.xhtml?seminar=" + seminar + "&q=SEARCH-7-");
        assertTrue(html.contains("1 件を表示（全 23 件）"), "addresses too, whatever the case: " + html);

        Http.Reply csv = staff.get("api/manage/seminars/" + seminar + "/registrations/export");
        assertEquals(200, csv.status());
        assertTrue(csv.body().contains("配慮の希望"), "the needs column");
        var xlsx = organiser.download("api/manage/seminars/" + seminar + "/registrations/export.xlsx");
        assertEquals(200, xlsx.statusCode());
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            var sheet = workbook.getSheetAt(0);
            assertEquals("配慮の希望", sheet.getRow(0).getCell(3).getStringCellValue());
            assertEquals(24, sheet.getPhysicalNumberOfRows(), "a header and 23 people");
        }
    }

    @Test
    void organisersCancelThroughTheApiWithAReason() {
        long seminar = publishedSeminar(2);
        String token = registerAs(seminar, unique("API取消"), "api-cancel@example.org");
        long registration = organiser.get("api/manage/seminars/" + seminar + "/registrations").json()
                .getJsonArray("registrations").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(403, staff.post("api/manage/seminars/" + seminar + "/registrations/" + registration + "/cancel",
                "{\"reason\":\"x\"}").status(), "staff read, organisers change");
        assertEquals(404, organiser.post("api/manage/seminars/" + publishedSeminar(2) + "/registrations/" + registration + "/cancel",
                "{}").status(), "only through its own seminar");
        assertEquals(400, organiser.post("api/manage/seminars/" + seminar + "/registrations/" + registration + "/cancel",
                "{\"reason\":\"" + "長".repeat(501) + "\"}").status());
        Http.Reply done = organiser.post("api/manage/seminars/" + seminar + "/registrations/" + registration + "/cancel",
                "{\"reason\":\"会場の都合\"}");
        assertEquals(200, done.status(), done.body());
        assertEquals("CANCELLED", anonymous.get("api/registrations/" + token).json().getString("status"));
        assertEquals("会場の都合", anonymous.get("api/registrations/" + token).json().getString("cancelReason"));
        assertEquals(409, organiser.post("api/manage/seminars/" + seminar + "/registrations/" + registration + "/cancel",
                "{}").status(), "once");
    }
}
