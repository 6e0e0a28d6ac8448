package org.seminardesk.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.seminardesk.testing.ApplicationIT;
import org.seminardesk.testing.Http;
import org.seminardesk.testing.PageSession;

/** The page behind the private link /r/{token}. */
class SelfServicePageIT extends ApplicationIT {

    private String register(long seminar, String name, String email) {
        return organiser.post("api/manage/registrations",
                "{\"privacyConsent\":true,\"needsConsent\":true,\"seminarId\":%d,\"organisationId\":%d,\"participants\":[{\"name\":\"%s\",\"email\":\"%s\",\"accessibilityNeeds\":\"字幕\"}]}"
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
    void theFormsAddRemoveAndCancel() throws Exception {
        long seminar = publishedSeminar(3);
        String token = register(seminar, "山田 太郎", "taro@example.org");
        PageSession browser = new PageSession(base, Http.As.ANONYMOUS);
        String page = browser.open("r/" + token);
        assertFalse(page.contains("jsessionid"), "no session id in URLs");

        page = browser.submit("add", "add:submit", Map.of("add:name", "佐藤 花子", "add:email", "hanako@example.org", "add:accessibilityNeeds", "手話通訳",
                "add:needsConsent", "on"));
        assertTrue(page.contains("参加者を追加しました"), page);
        assertEquals(2, anonymous.get("api/registrations/" + token).json().getJsonArray("participants").size());
        assertEquals(1, anonymous.get("api/seminars/" + seminar).json().getInt("seatsLeft"));

        page = browser.submit("add", "add:submit", Map.of("add:name", "", "add:email", "not-an-email"));
        assertTrue(page.contains("field-error"), "errors shown next to the fields");
        assertEquals(2, anonymous.get("api/registrations/" + token).json().getJsonArray("participants").size());

        Matcher remove = Pattern.compile("name=\"(participants:[^\"]+)\" value=\"削除\"").matcher(page);
        assertTrue(remove.find(), "a remove button per participant");
        page = browser.submit("participants", remove.group(1), Map.of());
        assertTrue(page.contains("参加者を削除しました"), page);
        assertEquals(1, anonymous.get("api/registrations/" + token).json().getJsonArray("participants").size());

        page = browser.submit("cancel", "cancel:submit", Map.of("cancel:reason", "都合がつかなくなったため"));
        assertTrue(page.contains("お申込みを取り消しました"), page);
        var cancelled = anonymous.get("api/registrations/" + token).json();
        assertEquals("CANCELLED", cancelled.getString("status"));
        assertEquals("都合がつかなくなったため", cancelled.getString("cancelReason"));
        assertEquals(3, anonymous.get("api/seminars/" + seminar).json().getInt("seatsLeft"));
    }

    @Test
    void aPersonWithoutAnAddressIsAddedAndAMalformedAddressIsNamedAtItsField() throws Exception {
        String token = register(publishedSeminar(5), "住所 なし", "contact-only@example.org");
        PageSession browser = new PageSession(base, Http.As.ANONYMOUS);
        browser.open("r/" + token);
        String page = browser.submit("add", "add:submit", Map.of("add:name", "アドレス 無し", "add:email", ""));
        assertTrue(page.contains("参加者を追加しました"), "the address is optional, as the form says: " + page);
        assertEquals(2, anonymous.get("api/registrations/" + token).json().getJsonArray("participants").size());
        page = browser.submit("add", "add:submit", Map.of("add:name", "形式 違い", "add:email", "not-an-address"));
        assertTrue(page.contains("id=\"add:email-error\"") && page.contains("メールアドレスの形式が正しくありません"), page);
        assertEquals(2, anonymous.get("api/registrations/" + token).json().getJsonArray("participants").size());
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
