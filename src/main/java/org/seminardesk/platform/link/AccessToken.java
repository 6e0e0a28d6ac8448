package org.seminardesk.platform.link;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The secret of a private link: 256 random bits, URL-safe base64 (43 characters). Only its SHA-256 is stored;
 * the token itself exists in the mail or the answer that carries it. Never printed: toString hides it.
 */
public final class AccessToken {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;
    private static final int LENGTH = 43;

    private final String value;

    private AccessToken(String value) {
        this.value = value;
    }

    public static AccessToken generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return new AccessToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** Only strings that could be a token are looked up; anything else is simply unknown. */
    public static Optional<AccessToken> parse(String candidate) {
        return looksValid(candidate) ? Optional.of(new AccessToken(candidate)) : Optional.empty();
    }

    public static boolean looksValid(String candidate) {
        return candidate != null && candidate.length() == LENGTH && candidate.chars().allMatch(AccessToken::isUrlSafe);
    }

    /** The token as it goes into a link. */
    public String value() {
        return value;
    }

    /** What is stored: lower-case hex SHA-256 of the token's ASCII. Looked up by equality, so no timing to measure. */
    public String hash() {
        return hashOf(value);
    }

    static String hashOf(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    private static boolean isUrlSafe(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccessToken token && MessageDigest.isEqual(
                value.getBytes(StandardCharsets.US_ASCII), token.value.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "AccessToken[hidden]";
    }
}
