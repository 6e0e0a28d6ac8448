package org.seminardesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.seminardesk.security.audit.Audited;

/** The audit log reads in words: every action the code records has a text in Japanese and in English. */
class AuditTextsTest {

    private static final Path CLASSES = Path.of("target", "classes");
    private static final Path SOURCES = Path.of("src", "main", "java");

    @Test
    void everyRecordedActionHasWordsInBothLanguages() throws Exception {
        Set<String> actions = new TreeSet<>();
        try (Stream<Path> files = Files.walk(CLASSES.resolve("org/seminardesk"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                for (Method method : type.getDeclaredMethods()) {
                    Audited audited = method.isAnnotationPresent(Audited.class) ? method.getAnnotation(Audited.class)
                            : type.getAnnotation(Audited.class);
                    if (audited != null && !audited.value().isEmpty() && method.isAnnotationPresent(Audited.class)) {
                        actions.add(audited.value() + "." + method.getName());
                    }
                }
            }
        }
        actions.addAll(explicitlyRecorded());
        assertTrue(actions.size() > 60, "found the actions: " + actions);
        for (Locale language : new Locale[] {Locale.JAPANESE, Locale.ENGLISH}) {
            ResourceBundle bundle = ResourceBundle.getBundle("org.seminardesk.platform.i18n.messages", language);
            Set<String> missing = new TreeSet<>();
            for (String action : actions) {
                if (!bundle.containsKey("audit.action." + action)) {
                    missing.add(action);
                }
            }
            assertEquals(Set.of(), missing, "audit actions without words in " + language);
        }
    }

    /** Actions written with AuditLog.record / recordAs("…") rather than @Audited. */
    private static Set<String> explicitlyRecorded() throws IOException {
        Set<String> actions = new TreeSet<>();
        Pattern call = Pattern.compile("record(?:As)?\\((?:[^,()]+, *)?\"([a-z]+\\.[a-zA-Z]+)\"");
        Pattern ternary = Pattern.compile("\"((?:login|user|privacy|download)\\.[a-zA-Z]+)\"");
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                if (!source.contains("AuditLog") && !source.contains("audit.record")) {
                    continue;
                }
                for (Pattern pattern : new Pattern[] {call, ternary}) {
                    Matcher found = pattern.matcher(source);
                    while (found.find()) {
                        actions.add(found.group(1));
                    }
                }
            }
        }
        return actions;
    }
}
