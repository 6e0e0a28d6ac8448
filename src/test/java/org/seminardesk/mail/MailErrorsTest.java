package org.seminardesk.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MailErrorsTest {

    @Test
    void namesWhatHappened() {
        assertEquals("MailError.unreachable", MailErrors.explain("SMTP: Couldn't connect to host, port: localhost, 25; timeout 10000"));
        assertEquals("MailError.rejected", MailErrors.explain("Invalid Addresses: 550 5.1.1 <x@example.org>: Recipient address rejected: User unknown"));
        assertEquals("MailError.temporary", MailErrors.explain("Invalid Addresses: 451 4.7.1 Try again later"));
        assertEquals("MailError.auth", MailErrors.explain("535 5.7.8 Authentication credentials invalid"));
        assertEquals("MailError.address", MailErrors.explain("Illegal address in string ``a@@b''"));
        assertEquals("MailError.other", MailErrors.explain("something odd"));
        assertNull(MailErrors.explain(null));
        assertNull(MailErrors.explain(" "));
    }
}
