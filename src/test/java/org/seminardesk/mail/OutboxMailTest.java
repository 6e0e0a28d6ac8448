package org.seminardesk.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.seminardesk.platform.DomainException;

class OutboxMailTest {

    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

    @Test
    void failedAttemptsBackOffExponentiallyThenGiveUp() {
        OutboxMail mail = new OutboxMail("test", "a@example.org", new RenderedMail("s", "t", null), null, null, null, NOW);
        Duration base = Duration.ofSeconds(30);
        mail.attemptFailed("421 try later", NOW, 3, base);
        assertEquals(NOW.plusSeconds(30), mail.nextAttemptAt());
        mail.attemptFailed("421 try later", NOW, 3, base);
        assertEquals(NOW.plusSeconds(60), mail.nextAttemptAt());
        assertEquals(OutboxMail.Status.PENDING, mail.status());
        mail.attemptFailed("550 no such user", NOW, 3, base);
        assertEquals(OutboxMail.Status.FAILED, mail.status());
        assertEquals("550 no such user", mail.lastError());
        assertEquals(3, mail.attempts());
    }

    @Test
    void aFailureRecordedOnAMailNoLongerPendingOnlyReleasesIt() {
        OutboxMail mail = new OutboxMail("test", "a@example.org", new RenderedMail("s", "t", null), null, null, null, NOW);
        mail.attemptFailed("550 no such user", NOW, 1, Duration.ofSeconds(30));
        mail.attemptFailed("SMTP: connection refused", NOW, 5, Duration.ofSeconds(30));
        assertEquals(OutboxMail.Status.FAILED, mail.status());
        assertEquals("550 no such user", mail.lastError());
        assertEquals(1, mail.attempts());
    }

    @Test
    void aMailErasedOnRequestIsNeverResent() {
        OutboxMail mail = new OutboxMail("test", OutboxMail.ERASED_RECIPIENT, new RenderedMail("s", "t", null), null, null, null, NOW);
        mail.attemptFailed("erased on request", NOW, 1, Duration.ofSeconds(30));
        DomainException refused = assertThrows(DomainException.class, () -> mail.resend(NOW));
        assertTrue(refused.getMessage().contains("erased"), refused.getMessage());
        assertEquals(OutboxMail.Status.FAILED, mail.status());
    }

    @Test
    void aStoredMailHoldsAPlaceholderAndEachAttemptItsOwnLink() {
        String body = "ご自身のページ: " + org.seminardesk.platform.link.AccessLinks.MAIL_LINK;
        OutboxMail mail = new OutboxMail("registration-confirmed", "a@example.org", new RenderedMail("s", body, "<a href=\""
                + org.seminardesk.platform.link.AccessLinks.MAIL_LINK + "\">link</a>"),
                1L, null, new MailLink(org.seminardesk.platform.link.LinkPurpose.REGISTRATION, 1L), NOW);
        mail.carry("https://seminars.example.jp/r/abc");
        assertEquals("ご自身のページ: https://seminars.example.jp/r/abc", mail.textToSend());
        assertEquals("<a href=\"https://seminars.example.jp/r/abc\">link</a>", mail.htmlToSend());
        assertEquals(body, mail.bodyText(), "what is stored keeps the placeholder");
    }

    @Test
    void aMailOwedToAParticipantIsWrittenLaterAndCarriesItsLinkOnlyIfTheTextHasAPlaceForIt() {
        MailLink page = new MailLink(org.seminardesk.platform.link.LinkPurpose.PARTICIPANT, 7L);
        OutboxMail owed = OutboxMail.owed("registration-confirmed", "a@example.org", 3L, 7L, null, page, NOW);
        assertEquals(false, owed.written());
        owed.write(new RenderedMail("s", "your page: " + org.seminardesk.platform.link.AccessLinks.MAIL_LINK, null));
        assertTrue(owed.written());
        assertTrue(owed.carriesLink());
        OutboxMail plain = OutboxMail.owed("registration-confirmed", "a@example.org", 3L, 7L, null, page, NOW);
        plain.write(new RenderedMail("s", "no link here", null));
        assertEquals(false, plain.carriesLink());
    }

    @Test
    void aMailOwedToSomeoneErasedBeforeItWasWrittenIsNeverSentNorResent() {
        OutboxMail owed = OutboxMail.owed("registration-cancelled", "a@example.org", 3L, 7L, "体調不良のため", null, NOW);
        owed.erasedBeforeWritten();
        assertEquals(OutboxMail.Status.FAILED, owed.status());
        assertEquals(OutboxMail.ERASED_RECIPIENT, owed.recipient());
        assertEquals(null, owed.note(), "the reason given is personal data too");
        assertThrows(DomainException.class, () -> owed.resend(NOW));
    }
}
