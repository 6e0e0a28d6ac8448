package org.seminardesk.security;

import java.util.Locale;
import org.seminardesk.platform.DomainException;

/**
 * What a new password must be. Length is what protects (NIST SP 800-63B): at least 12 characters, no
 * composition rules, not the username in disguise, and not one that breaches show to be common.
 */
public final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static void check(String username, String password) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw DomainException.invalid("password", "A password has " + MIN_LENGTH + " to " + MAX_LENGTH + " characters")
                    .withCode("account.passwordLength", MIN_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(UserAccount.normalisedUsername(username))) {
            throw DomainException.invalid("password", "A password must not contain the username").withCode("account.passwordUsername");
        }
        if (password.chars().distinct().count() < 4) {
            throw DomainException.invalid("password", "A password needs more than a few different characters")
                    .withCode("account.passwordRepetitive");
        }
        if (CommonPasswords.contains(password)) {
            throw DomainException.invalid("password", "This password is among the most common ones in known breaches")
                    .withCode("account.passwordCommon");
        }
    }
}
