package org.seminardesk.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every mail kind renders in both languages with sample values, and its templates use only what it declares. */
class MailKindsTest {

    private static final Pattern NAME = Pattern.compile("\\{\\{\\{?[#^/]?\\s*(\\w+)\\s*}?}}");
    private static final List<Locale> LANGUAGES = List.of(Locale.JAPANESE, Locale.ENGLISH);
    private final MailTemplates templates = new MailTemplates();

    @ParameterizedTest
    @EnumSource(MailKind.class)
    void rendersInBothLanguagesWithEveryDeclaredValueAndWithTheRequiredOnly(MailKind kind) {
        for (Locale language : LANGUAGES) {
            Map<String, String> all = sample(kind.placeholders().required());
            all.putAll(sample(kind.placeholders().optional()));
            RenderedMail full = templates.render(kind.template(), language, all);
            RenderedMail bare = templates.render(kind.template(), language, sample(kind.placeholders().required()));
            for (RenderedMail mail : List.of(full, bare)) {
                assertFalse(mail.subject().isBlank(), kind + " " + language);
                assertFalse(mail.text().contains("{{") || mail.html().contains("{{"), kind + " " + language + ": a tag left in " + mail.text());
                assertFalse(mail.text().contains("\n\n\n"), kind + " " + language + ": an empty line left where a fact was: " + mail.text());
            }
            Set<String> usedInText = used(kind, language, "txt");
            for (String name : usedInText) {
                boolean markup = name.endsWith("Html");
                assertTrue(markup || (full.subject() + full.text()).contains("‹" + name + "›"), kind + " " + language + " text shows " + name);
            }
            for (String name : kind.placeholders().optional()) {
                assertFalse(bare.text().contains("‹" + name + "›") || bare.html().contains("‹" + name + "›"), kind + " " + name);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(MailKind.class)
    void templatesUseOnlyDeclaredNamesAndTheSameInBothLanguages(MailKind kind) {
        Set<String> reference = null;
        for (Locale language : LANGUAGES) {
            for (String extension : List.of("txt", "html")) {
                Set<String> used = used(kind, language, extension);
                Set<String> undeclared = new TreeSet<>(used);
                undeclared.removeIf(kind.placeholders()::declares);
                assertEquals(Set.of(), undeclared, kind + " " + language + " ." + extension + " uses names it does not declare");
                used.removeIf(name -> name.endsWith("Html"));
                if (reference == null) {
                    reference = used;
                }
                assertEquals(reference, used, kind + " " + language + " ." + extension + " says other things than the Japanese text");
            }
        }
    }

    private static Set<String> used(MailKind kind, Locale language, String extension) {
        Set<String> names = new TreeSet<>();
        Matcher tags = NAME.matcher(MailTemplates.source(kind.template(), language, extension));
        while (tags.find()) {
            names.add(tags.group(1));
        }
        return names;
    }

    private static Map<String, String> sample(Set<String> names) {
        Map<String, String> values = new HashMap<>();
        names.forEach(name -> values.put(name, "‹" + name + "›"));
        return values;
    }
}
