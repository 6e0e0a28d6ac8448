package org.seminardesk.platform;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Short codes people read from paper or a screen and type (certificate numbers, check-in codes): Crockford's
 * alphabet without I, L, O and U, and typing that forgives case, spaces and the look-alikes.
 */
public final class ShortCode {

    public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ShortCode() {
    }

    public static String random(int length) {
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** As typed → as issued: upper case, spaces dropped, O read as 0, I and L as 1 (full-width folded too). */
    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        return java.text.Normalizer.normalize(typed, java.text.Normalizer.Form.NFKC).strip()
                .toUpperCase(Locale.ROOT).replaceAll("\\s", "").replace('O', '0').replace('I', '1').replace('L', '1');
    }

    /** Whether the text is length characters of the alphabet. */
    public static boolean isCode(String text, int length) {
        return text.length() == length && text.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }
}
