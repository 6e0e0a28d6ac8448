package org.seminardesk.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.seminardesk.attendance.AttendanceReportException;

/** The two languages say the same things, each in its own script, and every text with values formats whole. */
class BundleTextsTest {

    private static final Path DIR = Path.of("src/main/resources/org/seminardesk/platform/i18n");
    private static final Pattern JAPANESE_SCRIPT = Pattern.compile("[\\u3040-\\u30ff\\u4e00-\\u9fff\\uff08\\uff09\\u3001\\u3002\\uff1a]");
    /** English texts that quote Japanese on purpose: the column names a Japanese file may use. */
    private static final Set<String> QUOTES_JAPANESE = Set.of("organisations.importIntro");

    private static Properties load(String file) throws IOException {
        Properties texts = new Properties();
        try (Reader in = Files.newBufferedReader(DIR.resolve(file), StandardCharsets.UTF_8)) {
            texts.load(in);
        }
        return texts;
    }

    @Test
    void bothLanguagesHaveTheSameTexts() throws IOException {
        assertEquals(new TreeSet<>(load("messages_ja.properties").stringPropertyNames()),
                new TreeSet<>(load("messages.properties").stringPropertyNames()));
    }

    @Test
    void englishTextsAreInEnglishScriptAndPunctuation() throws IOException {
        Properties english = load("messages.properties");
        Set<String> mixed = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            if (!QUOTES_JAPANESE.contains(key) && !key.equals("language.ja") && JAPANESE_SCRIPT.matcher(english.getProperty(key)).find()) {
                mixed.add(key + "=" + english.getProperty(key));
            }
        }
        assertEquals(Set.of(), mixed, "Japanese script or brackets in English texts");
    }

    /** Asides shown on their own, or after a space the page writes itself. */
    private static final Set<String> ASIDES_ON_THEIR_OWN = Set.of("outbox.linkNote", "outbox.notWritten", "reply.replied",
            "surveyAnswer.answered");

    /** "Email (optional …)": a .properties value loses its leading space unless it is written "\ (". */
    @Test
    void englishAsidesAddedToAWordKeepTheirSpace() throws IOException {
        Properties english = load("messages.properties");
        Set<String> glued = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            if (english.getProperty(key).startsWith("(") && !ASIDES_ON_THEIR_OWN.contains(key)) {
                glued.add(key + "=" + english.getProperty(key));
            }
        }
        assertEquals(Set.of(), glued, "English texts appended to another start with a space: write \\ ( in the file");
    }

    @Test
    void textsWithValuesFormatWhole() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_ja.properties"}) {
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (!text.matches("(?s).*\\{\\d.*")) {
                    continue;
                }
                assertDoesNotThrow(() -> new MessageFormat(text, Locale.ENGLISH), file + " " + key);
                // In a pattern a lone apostrophe starts a quote and vanishes with what follows ("participants' names").
                assertTrue(!text.replace("''", "").contains("'"), file + " " + key + ": write '' for an apostrophe");
                String formatted = new MessageFormat(text, Locale.ENGLISH).format(new Object[] {1, 2, 3, 4, 5, 6, 7, 8});
                assertTrue(!formatted.contains("{"), file + " " + key + " leaves a placeholder: " + formatted);
            }
        }
    }

    @Test
    void everyMailKindIsNamedInBothLanguages() throws IOException {
        java.util.Set<String> kinds;
        try (var files = Files.list(Path.of("src/main/resources/mail"))) {
            kinds = files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith("_"))
                    .map(n -> n.replaceFirst("_(ja|en)\\.(txt|html)$", "")).collect(java.util.stream.Collectors.toSet());
        }
        for (String file : new String[] {"messages.properties", "messages_ja.properties"}) {
            Properties texts = load(file);
            assertEquals(java.util.List.of(), kinds.stream().filter(k -> !texts.containsKey("MailKind." + k)).sorted().toList(),
                    "mail kinds the outbox pages cannot name in " + file);
        }
    }

    @Test
    void everyReportProblemIsExplainedInBothLanguages() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_ja.properties"}) {
            Properties texts = load(file);
            for (AttendanceReportException.Problem problem : AttendanceReportException.Problem.values()) {
                assertTrue(texts.containsKey("error.attendance.report." + problem), file + " " + problem);
            }
        }
    }

    @Test
    void pluralsReadRightInEnglish() {
        ResourceBundleTexts english = new ResourceBundleTexts(Locale.ENGLISH);
        assertEquals("1 seat left", english.format("seminar.seatsLeft", 1));
        assertEquals("3 seats left", english.format("seminar.seatsLeft", 3));
        assertEquals("Send to 1 recipient", english.format("announcement.sendTo", 1));
        assertEquals("January", english.format("filter.monthLabel", 1));
        assertEquals("FY 2021: 1 seminar and 3 meetings. No seminar registrations, 0 attended (0%).",
                english.format("year.summary", "FY 2021", 1, 3, 0, 0, 0));
        assertEquals("FY 2021: 2 seminars and 1 meeting. 1 seminar registration, 1 attended (100%).",
                english.format("year.summary", "FY 2021", 2, 1, 1, 1, 100));
        assertTrue(english.format("privacy.retentionText", 6).contains("participants' names"));
    }

    private record ResourceBundleTexts(Locale language) {
        String format(String key, Object... args) {
            return new MessageFormat(java.util.ResourceBundle.getBundle("org.seminardesk.platform.i18n.messages", language)
                    .getString(key), language).format(args);
        }
    }
}
