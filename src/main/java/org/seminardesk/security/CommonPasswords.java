package org.seminardesk.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Passwords that breaches show people choose: the 43 940 entries of 12 or more characters among the million
 * most common (OWASP SecLists, bundled: no network at run time; see common-passwords.NOTICE). Compared folded
 * (NFKC, lower case), so "QwErTy123456" and full-width letters are caught too.
 */
final class CommonPasswords {

    private static final String RESOURCE = "common-passwords.txt.gz";

    private CommonPasswords() {
    }

    /** Loaded on first use and kept: about 44 000 short strings. */
    private static final class Holder {
        static final Set<String> ALL = load();
    }

    static boolean contains(String password) {
        return Holder.ALL.contains(folded(password));
    }

    private static String folded(String password) {
        return Normalizer.normalize(password, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private static Set<String> load() {
        Set<String> all = new HashSet<>(64_000);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(CommonPasswords.class.getResourceAsStream(RESOURCE)), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                all.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled list of common passwords cannot be read", e);
        }
        return Set.copyOf(all);
    }
}
