package org.seminardesk.certificate;

import java.util.Optional;
import org.seminardesk.platform.ShortCode;

/** Certificate numbers such as 2021-7KQ4M9XW: the fiscal year, then 8 characters of a {@link ShortCode}. */
public final class CertificateNumber {

    private CertificateNumber() {
    }

    public static String next(int fiscalYear) {
        return fiscalYear + "-" + ShortCode.random(8);
    }

    /** Typed by hand (any case, spaces, O for 0, I or L for 1): the number, or empty when it cannot be one. */
    public static Optional<String> normalise(String typed) {
        String number = ShortCode.normalise(typed);
        return number.length() == 13 && number.substring(0, 4).chars().allMatch(Character::isDigit)
                && number.charAt(4) == '-' && ShortCode.isCode(number.substring(5), 8)
                ? Optional.of(number) : Optional.empty();
    }
}
