package org.seminardesk.registration;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The secret of a self-service link: 256 random bits, URL-safe, compared in constant time. */
public final class RegistrationToken {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;

    private RegistrationToken() {
    }

    public static String next() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Only strings that could be a token are looked up; anything else is simply unknown. */
    public static boolean looksValid(String candidate) {
        return candidate != null && candidate.length() == 43 && candidate.chars().allMatch(RegistrationToken::isUrlSafe);
    }

    public static boolean matches(String expected, String candidate) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                candidate.getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean isUrlSafe(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
}
