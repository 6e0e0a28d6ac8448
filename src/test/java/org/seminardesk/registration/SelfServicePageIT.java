package org.seminardesk.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.seminardesk.testing.ApplicationIT;
import org.seminardesk.testing.Http;

/** The page behind the private link /r/{token}. */
class SelfServicePageIT extends ApplicationIT {

    private String register(long seminar, String name, String email) {
        return anonymous.post("api/registrations",
                "{\"seminarId\":%d,\"organisationId\":%d,\"participants\":[{\"name\":\"%s\",\"email\":\"%s\",\"accessibilityNeeds\":\"字幕\"}]}"
                        .formatted(seminar, organisation(), name, email)).json().getString("token");
    }

    @Test
    void showsTheRegistrationEscapedWithTheOnlineLinkOnlyWhenConfirmed() {
        long seminar = publishedSeminar(1);
        String confirmed = register(seminar, "<script>alert(1)</script>", "x@example.org");
        String waiting = register(seminar, "待機 太郎", "w@example.org");

        Http.Reply page = anonymous.get("r/" + confirmed);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("お申込み内容"));
        assertTrue(page.body().contains("参加確定"));
        assertTrue(page.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertFalse(page.body().contains("<script>alert(1)"));
        assertTrue(page.body().contains("https://meet.example.org/"));
        assertTrue(page.body().contains("字幕"));

        Http.Reply waitingPage = anonymous.get("r/" + waiting);
        assertTrue(waitingPage.body().contains("キャンセル待ち"));
        assertFalse(waitingPage.body().contains("https://meet.example.org/"));
    }

    @Test
    void aCancelledRegistrationOffersNoChanges() {
        String token = register(publishedSeminar(3), "取消 花子", "c@example.org");
        anonymous.delete("api/registrations/" + token);
        Http.Reply page = anonymous.get("r/" + token);
        assertTrue(page.body().contains("取り消し済み"));
        assertFalse(page.body().contains("参加者を追加"));
    }

    @Test
    void aWrongLinkIsAPlain404() {
        assertEquals(404, anonymous.get("r/not-a-token").status());
        assertEquals(404, anonymous.get("r/" + "A".repeat(43)).status());
        assertEquals(404, anonymous.get("r/").status());
        assertEquals(404, anonymous.get("registration.xhtml").status());
    }

    @Test
    void tokensNeverReachTheServerLog() throws Exception {
        String token = register(publishedSeminar(3), "ログ 確認", "log@example.org");
        String nearMiss = token.substring(0, 42) + (token.endsWith("A") ? "B" : "A");
        anonymous.get("r/" + token);
        anonymous.get("api/registrations/" + token);
        anonymous.get("api/registrations/" + nearMiss);
        anonymous.get("r/" + nearMiss);
        anonymous.post("api/registrations/" + token + "/participants", "{\"name\":\"\",\"email\":\"bad\"}");
        anonymous.delete("api/registrations/" + token);
        anonymous.delete("api/registrations/" + token);

        Path log = Path.of(System.getProperty("it.server.log"));
        assertTrue(Files.size(log) > 0, "the server log exists: " + log);
        String content = Files.readString(log, StandardCharsets.UTF_8);
        assertFalse(content.contains(token.substring(0, 20)), "a token was written to the server log");
        assertFalse(content.contains(nearMiss.substring(0, 20)));
    }
}
