package org.seminardesk.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageSelectionTest {

    @Test
    void japaneseUnlessTheBrowserPrefersEnglish() {
        assertEquals(Locale.JAPANESE, LanguageSelection.choose(null));
        assertEquals(Locale.JAPANESE, LanguageSelection.choose("ja,en;q=0.5"));
        assertEquals(Locale.ENGLISH, LanguageSelection.choose("en-US,en;q=0.9"));
        assertEquals(Locale.JAPANESE, LanguageSelection.choose("fr-FR"));
        assertEquals(Locale.JAPANESE, LanguageSelection.choose(";;;q=x"));
    }
}
