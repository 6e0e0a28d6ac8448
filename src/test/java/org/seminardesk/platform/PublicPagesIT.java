package org.seminardesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.seminardesk.testing.ApplicationIT;
import org.seminardesk.testing.Http;

/** The Faces pages as a browser receives them. */
class PublicPagesIT extends ApplicationIT {

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
    }

    @Test
    void unknownSeminarPagesAnswer404() {
        assertEquals(404, anonymous.get("seminar.xhtml?id=987654321").status());
        assertEquals(404, anonymous.get("seminar.xhtml?id=%3Cscript%3E").status());
        assertEquals(404, anonymous.get("seminar.xhtml").status());
    }
}
