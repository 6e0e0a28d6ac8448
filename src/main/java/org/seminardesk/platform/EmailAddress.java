package org.seminardesk.platform;

import java.util.Locale;

/** E-mail addresses compare without case or surrounding spaces: one rule for participants and contacts alike. */
public final class EmailAddress {

    private EmailAddress() {
    }

    public static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
