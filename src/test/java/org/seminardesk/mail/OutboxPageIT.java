package org.seminardesk.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.seminardesk.testing.Http;
import org.seminardesk.testing.PageSession;

/** The organisers' outbox page: failed mail listed from the database, resent from its row. */
class OutboxPageIT extends MailTestSupport {

    private static final String PAGE = "manage/mail.xhtml";

    @Test
    void onlyOrganisersOpenIt() {
        assertSentToLogin(PAGE);
        assertEquals(403, staff.get(PAGE).status());
    }

    @Test
    void aFailedMailIsListedAndResentFromThePage() throws Exception {
        smtp.stop();
        String recipient = "outbox-page-" + java.util.UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        long seminar = publishedSeminar(5);
        register(seminar, recipient);
        long registration = onlyRegistrationOf(seminar);
        eventually(() -> outboxOf(registration).get(0).getString("status"), "FAILED"::equals);

        PageSession browser = new PageSession(base, Http.As.ORGANISER);
        String page = browser.open(PAGE);
        assertTrue(page.contains(recipient), "every mail is listed by default");
        page = browser.open(PAGE + "?status=FAILED");
        assertTrue(page.contains("メールの送信状況") && page.contains(recipient), "failed mail is listed under its filter");
        assertTrue(page.contains("参加確定") && !page.contains(">registration-confirmed<"), "the kind in words");
        assertTrue(page.contains("メールサーバーに接続できませんでした"), "the error explained, not raw SMTP text");
        Matcher view = Pattern.compile(Pattern.quote(recipient) + ".*?/manage/mail-message\\.xhtml\\?id=(\\d+)", Pattern.DOTALL).matcher(page);
        assertTrue(view.find(), "each mail opens");
        String message = browser.open("manage/mail-message.xhtml?id=" + view.group(1));
        assertTrue(message.contains("Couldn") && message.contains("技術的な詳細"), "the raw error stays as detail");
        assertTrue(message.contains("<iframe class=\"mail-html\" sandbox=\"\""), "the HTML body in a sandboxed frame");
        assertTrue(message.contains("送信のときに発行されます"), "where the private link will be; no token is issued to preview: " + message);
        assertTrue(message.contains(".ics"), "the calendar attachment is shown");
        Matcher button = Pattern.compile("<input[^>]*name=\"(outbox:mails:[^\"]+)\"[^>]*aria-label=\"" + Pattern.quote(recipient) + " 再送する\"")
                .matcher(page);
        assertTrue(button.find(), "a resend button on the failed mail's row");

        smtp.start();
        browser.open(PAGE + "?status=FAILED");
        page = browser.submit("outbox", button.group(1), Map.of());
        assertTrue(page.contains("再送を予約しました"), page);
        assertEquals(1, eventually(() -> mailTo(recipient), list -> !list.isEmpty()).size());
        assertEquals("SENT", eventually(() -> outboxOf(registration).get(0).getString("status"), "SENT"::equals));
    }
}
