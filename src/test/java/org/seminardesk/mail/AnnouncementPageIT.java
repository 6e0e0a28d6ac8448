package org.seminardesk.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.seminardesk.testing.Http;
import org.seminardesk.testing.PageSession;

/** The organisers' announcement page: write, check the recipients, send, and watch the delivery. */
class AnnouncementPageIT extends MailTestSupport {

    private static final String PAGE = "manage/announcements.xhtml";

    @Test
    void onlyOrganisersOpenIt() {
        assertSentToLogin(PAGE);
        assertEquals(403, staff.get(PAGE).status());
        assertEquals(200, organiser.get(PAGE).status());
    }

    @Test
    void anOrganiserWritesChecksTheRecipientsSendsAndSeesTheProgress() throws Exception {
        long seminar = publishedSeminar(5);
        register(seminar, "page-reader@example.org");
        int before = organiser.get("api/manage/announcements").jsonArray().size();
        PageSession browser = new PageSession(base, Http.As.ORGANISER);
        String page = browser.open(PAGE);
        assertTrue(page.contains("お知らせの配信") && page.contains("lang=\"ja\""), page);

        page = browser.submit("compose", "compose:save", Map.of("compose:subjectJa", "", "compose:bodyJa", "本文",
                "compose:audience", "ALL_ORGANISATIONS"));
        assertTrue(page.contains("id=\"compose:subjectJa-error\""), "the error sits by its field");
        assertEquals(before, organiser.get("api/manage/announcements").jsonArray().size(), "nothing saved");

        page = browser.submit("compose", "compose:save", Map.of("compose:subjectJa", "資料のご案内", "compose:bodyJa",
                "当日の資料を添付します。", "compose:audience", "SEMINAR_REGISTRANTS", "compose:seminarId", String.valueOf(seminar),
                "compose:registrantStatuses", "CONFIRMED"));
        assertTrue(page.contains("下書きを保存しました"), page);
        assertTrue(page.contains("宛先は 1 件です。") && page.contains("page-reader@example.org"), "the recipients before sending");
        assertEquals(0, mailTo("page-reader@example.org").stream().filter(this::isAnnouncement).count());
        assertTrue(page.contains("受け取る人に届くメール") && page.contains("当日の資料を添付します。"), "the mail previewed before sending");
        assertTrue(page.contains("value=\"1 件の宛先に送信する\"") && page.contains("data-confirm=\"1 件の宛先にこのお知らせを送信します"),
                "the button and its question name how many receive it");
        assertEquals(0, mailTo("page-reader@example.org").stream().filter(this::isAnnouncement).count(), "a preview sends nothing");

        page = browser.submit("overview", "overview:send", Map.of());
        assertTrue(page.contains("送信を開始しました"), page);
        assertTrue(page.contains("<progress"), "a progress bar");
        eventually(() -> mailTo("page-reader@example.org").stream().filter(this::isAnnouncement).count(), n -> n == 1);
        page = eventually(() -> {
            try {
                return browser.open(PAGE);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }, html -> html.contains("送信済み 1 / 1 件"));
        assertTrue(page.contains("送信済み 1 / 1 件（送信待ち 0、失敗 0）") && page.contains("送信完了"), page);
        assertFalse(page.contains("overview:send"), "a sent announcement cannot be sent again from the page");
    }

    @Test
    void aDraftForNobodyOffersNoSendButton() throws Exception {
        long seminar = publishedSeminar(5);
        PageSession browser = new PageSession(base, Http.As.ORGANISER);
        browser.open(PAGE);
        String page = browser.submit("compose", "compose:save", Map.of("compose:subjectJa", "誰にも届かない", "compose:bodyJa",
                "本文", "compose:audience", "SEMINAR_REGISTRANTS", "compose:seminarId", String.valueOf(seminar),
                "compose:registrantStatuses", "CONFIRMED"));
        assertTrue(page.contains("宛先は 0 件です。") && page.contains("送信先がありません"), page);
        assertFalse(page.contains("overview:send"), "no send button for 0 recipients");
        long draft = organiser.get("api/manage/announcements").jsonArray().getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(a -> a.getString("subjectJa").equals("誰にも届かない")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        assertEquals(409, organiser.post("api/manage/announcements/" + draft + "/send", "").status(), "refused through the API too");
        assertEquals("DRAFT", organiser.get("api/manage/announcements").jsonArray().getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(a -> a.getJsonNumber("id").longValue() == draft).findFirst().orElseThrow().getString("status"));
    }

    private boolean isAnnouncement(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject().equals("資料のご案内");
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }
}
