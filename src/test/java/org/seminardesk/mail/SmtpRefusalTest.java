package org.seminardesk.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import org.junit.jupiter.api.Test;

class SmtpRefusalTest {

    @Test
    void aFiveHundredReplyIsPermanentAndNamedInTheError() {
        SendFailedException failure = new SendFailedException("Invalid Addresses",
                new MessagingException("550 5.1.1 <nobody@example.org>: mailbox unavailable"));
        SmtpRefusal refusal = SmtpRefusal.of(failure);
        assertTrue(refusal.permanent());
        assertEquals("Invalid Addresses: 550 5.1.1 <nobody@example.org>: mailbox unavailable", refusal.message());
    }

    @Test
    void aFourHundredReplyOrAnythingElseIsTriedAgain() {
        assertFalse(SmtpRefusal.of(new SendFailedException("Invalid Addresses",
                new MessagingException("451 4.3.0 try again later"))).permanent());
        assertFalse(SmtpRefusal.of(new MessagingException("Connection reset")).permanent());
    }

    @Test
    void aMalformedAddressIsPermanent() {
        assertTrue(SmtpRefusal.of(new AddressException("Missing final '@domain'", "nobody")).permanent());
    }
}
