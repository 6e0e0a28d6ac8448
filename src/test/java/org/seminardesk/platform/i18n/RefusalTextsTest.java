package org.seminardesk.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.seminardesk.platform.DomainException;

/** Refused rules read in the page's language; every coded rule has its Japanese and English text. */
class RefusalTextsTest {

    @Test
    void aCodedRefusalIsShownInThePagesLanguageWithItsValues() {
        DomainException refused = DomainException.conflict("Capacity cannot go below the 12 participants already confirmed")
                .withCode("seminar.capacityBelowConfirmed", 12);
        assertEquals("定員は参加確定済みの 12 名より少なくできません。", PageTexts.refusal(refused, Locale.JAPANESE));
        assertEquals("Capacity cannot go below the 12 participants already confirmed.", PageTexts.refusal(refused, Locale.ENGLISH));
    }

    @Test
    void anUncodedRefusalKeepsTheApisMessage() {
        assertEquals("Seminar 7 does not exist", PageTexts.refusal(DomainException.notFound("Seminar", 7), Locale.JAPANESE));
    }

    @Test
    void everyCodeInTheSourcesHasAJapaneseAndAnEnglishText() throws IOException {
        Pattern code = Pattern.compile("withCode\\(\"([^\"]+)\"\\s*[,)]"); // a literal code (built ones are checked where they are built)
        List<String> codes;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            codes = files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> {
                try {
                    Matcher m = code.matcher(Files.readString(f));
                    return m.results().map(r -> r.group(1)).toList().stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).distinct().toList();
        }
        assertTrue(codes.size() >= 20, "codes found: " + codes);
        for (Locale language : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
            ResourceBundle bundle = ResourceBundle.getBundle("org.seminardesk.platform.i18n.messages", language);
            for (String c : codes) {
                assertTrue(bundle.containsKey("error." + c), "error." + c + " for " + language);
            }
        }
        ResourceBundle japanese = ResourceBundle.getBundle("org.seminardesk.platform.i18n.messages", Locale.JAPANESE);
        ResourceBundle english = ResourceBundle.getBundle("org.seminardesk.platform.i18n.messages", Locale.ENGLISH);
        for (String c : codes) {
            assertTrue(!japanese.getString("error." + c).equals(english.getString("error." + c)), "translated: " + c);
        }
    }
}
