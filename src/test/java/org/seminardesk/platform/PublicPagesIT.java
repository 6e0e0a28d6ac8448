package org.seminardesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seminardesk.testing.ApplicationIT;
import org.seminardesk.testing.Http;

/** The Faces pages as a browser receives them. */
class PublicPagesIT extends ApplicationIT {

    @Test
    void browsingThePublicPagesOpensNoSession() {
        for (String page : List.of("", "privacy.xhtml", "seminar.xhtml?id=4", "registered.xhtml")) {
            Http.Reply reply = anonymous.get(page);
            assertEquals(200, reply.status(), page);
            assertTrue(reply.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                    page + " opened a session: " + reply.headers().allValues("Set-Cookie"));
            String csp = String.join(" ", reply.headers().allValues("Content-Security-Policy"));
            java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("'nonce-([^']+)'").matcher(csp);
            assertTrue(nonce.find(), page + ": the scripts' nonce is in the policy");
            assertTrue(reply.body().contains("nonce=\"" + nonce.group(1) + "\""), page + ": and on the page's scripts");
        }
        assertTrue(anonymous.get("login.xhtml").headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID")),
                "a page with a form keeps its state in the session, as before");
    }

    @Test
    void theListShowsSeminarsInJapaneseWithEraDates() {
        Http.Reply page = anonymous.get("");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("lang=\"ja\""));
        assertTrue(page.body().contains("セミナー・会議一覧"));
        assertTrue(page.body().contains("超短時間雇用セミナー"));
        assertTrue(page.body().contains("令和4年2月18日（金） 10:00–12:00"));
        assertTrue(page.body().contains("href=\"#main\""), "skip link");
    }

    @Test
    void englishWhenTheBrowserAsksForIt() {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(base.toString()))
                .header("Accept-Language", "en-GB,en;q=0.8").build();
        try {
            String body = java.net.http.HttpClient.newHttpClient()
                    .send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(body.contains("lang=\"en\""));
            assertTrue(body.contains("Seminars and meetings"));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theSeminarPageShowsDetailsButNeverTheOnlineLink() {
        JsonObject seminar = anonymous.get("api/seminars?kind=PRO_BONO").jsonArray().getJsonObject(0);
        Http.Reply page = anonymous.get("seminar.xhtml?id=" + seminar.getInt("id"));
        assertEquals(200, page.status());
        assertTrue(page.body().contains(seminar.getString("titleJa")));
        assertTrue(page.body().contains(seminar.getString("dateLabel")));
        assertTrue(page.body().contains("申込締切"));
        assertTrue(page.body().contains("残り"));
        assertFalse(page.body().contains("meet.example.org"));
        String english = anonymous.withHeader("Accept-Language", "en").get("seminar.xhtml?id=" + seminar.getInt("id")).body();
        java.util.regex.Matcher deadline = java.util.regex.Pattern.compile("<dt>Registration deadline</dt>\\s*<dd>([^<]*)</dd>").matcher(english);
        assertTrue(deadline.find(), "the deadline in English");
        assertTrue(deadline.group(1).endsWith("(Japan time)") && !deadline.group(1).contains("令和"), "a Western date: " + deadline.group(1));
        int year = seminar.getInt("fiscalYear");
        assertTrue(english.contains("<dd>FY " + year + "</dd>") && !english.contains("年度</dd>"), "the fiscal year in English: FY " + year);
        assertTrue(page.body().contains("<dd>" + seminar.getString("fiscalYearLabel") + "</dd>"), "and in the era in Japanese");
        String list = anonymous.withHeader("Accept-Language", "en").get("").body();
        assertTrue(list.contains(">FY " + year + "</option>") && !list.contains("年度</option>"), "the programme's year filter in English");
    }

    @Test
    void unknownSeminarPagesAnswer404() {
        assertEquals(404, anonymous.get("seminar.xhtml?id=987654321").status());
        assertEquals(404, anonymous.get("seminar.xhtml?id=%3Cscript%3E").status());
        assertEquals(404, anonymous.get("seminar.xhtml").status());
    }

    @Test
    void theListFiltersByKindFormatFiscalYearAndMonth() {
        String meetings = anonymous.get("?kind=MEETING").body();
        assertTrue(meetings.contains("第２回就労支援部会") && !meetings.contains("超短時間雇用セミナー"), "kind");
        String written = anonymous.get("?format=WRITTEN").body();
        assertTrue(written.contains("第３回就労支援部会（書面開催）") && !written.contains("第２回就労支援部会</a>"), "format");
        String february = anonymous.get("?fiscalYear=2021&month=2").body();
        assertTrue(february.contains("超短時間雇用セミナー") && !february.contains("第２回就労支援部会"), "fiscal year and month");
        assertTrue(february.contains("<option value=\"2021\" selected=\"selected\">令和3年度</option>"), "the choice stays selected");
        Http.Reply nonsense = anonymous.get("?kind=NONSENSE&month=13&fiscalYear=abc");
        assertEquals(200, nonsense.status(), "unknown filter values are ignored");
        assertTrue(nonsense.body().contains("超短時間雇用セミナー"));
    }

    @Test
    void theLanguageSwitchIsRememberedAndOnlyReturnsWithinTheSite() throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        java.net.http.HttpResponse<String> switched = client.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(base + "language?to=en&back=%2Fseminar.xhtml%3Fid%3D1")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(302, switched.statusCode());
        assertTrue(switched.headers().firstValue("Location").orElseThrow().endsWith("/seminar.xhtml?id=1"));
        String cookie = switched.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.contains("seminardesk-lang=en") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);
        String english = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base.toString()))
                .header("Accept-Language", "ja").build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(english.contains("lang=\"en\"") && english.contains("日本語</a>"), "the choice beats the browser's language");

        assertEquals(400, anonymous.get("language?to=fr").status());
        for (String away : List.of("//evil.example", "https://evil.example/", "/\\evil.example")) {
            java.net.http.HttpResponse<String> back = client.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(base + "language?to=ja&back=" + java.net.URLEncoder.encode(away, java.nio.charset.StandardCharsets.UTF_8))).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(base.getPath(), java.net.URI.create(back.headers().firstValue("Location").orElseThrow()).getPath(), away);
        }
    }
}
