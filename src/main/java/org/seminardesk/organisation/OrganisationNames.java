package org.seminardesk.organisation;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Organisation names as people type them: full-width and half-width letters (ＬＩＴＡＬＩＣＯ, ﾗｲｸ), spaces
 * of either width and case do not make another organisation. NFKC, then spaces removed, then lower case.
 */
public final class OrganisationNames {

    private OrganisationNames() {
    }

    public static String fold(String name) {
        if (name == null) {
            return "";
        }
        return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("[\\s\\u3000]+", "").toLowerCase(Locale.ROOT);
    }
}
