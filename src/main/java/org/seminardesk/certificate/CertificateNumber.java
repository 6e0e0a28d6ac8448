package org.seminardesk.certificate;

import java.security.SecureRandom;

/**
 * Certificate numbers such as 2021-7KQ4M9XW: the fiscal year, then 8 random characters from an alphabet
 * without look-alikes (no I, L, O, U), so that a number read from paper is typed right.
 */
public final class CertificateNumber {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateNumber() {
    }

    public static String next(int fiscalYear) {
        StringBuilder number = new StringBuilder().append(fiscalYear).append('-');
        for (int i = 0; i < 8; i++) {
            number.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return number.toString();
    }

    /** Typed by hand: upper-cased, spaces dropped, O read as 0 and I or L as 1; empty when it cannot be one. */
    public static java.util.Optional<String> normalise(String typed) {
        if (typed == null) {
            return java.util.Optional.empty();
        }
        String number = typed.strip().toUpperCase(java.util.Locale.ROOT).replace(" ", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        return number.matches("\\d{4}-[" + ALPHABET + "]{8}") ? java.util.Optional.of(number) : java.util.Optional.empty();
    }
}
