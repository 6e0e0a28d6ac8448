package org.seminardesk.mail;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Mail templates are files, src/main/resources/mail/{name}_{language}.txt (first line "Subject: …") and .html.
 * {{key}} is replaced by its value (HTML-escaped in the .html file, line breaks kept as <br>); a line whose placeholders are all empty
 * is left out, so optional facts (venue, online link) need no conditionals. A line "{{> part}}" takes in the
 * shared file _{part}_{language}.{txt|html} (e.g. the seminar's facts), filled with the same values.
 */
@ApplicationScoped
public class MailTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");
    private static final Pattern PART = Pattern.compile("(?m)^\\{\\{> (\\w+)}}\\R?");
    private final Map<String, String> sources = new ConcurrentHashMap<>();

    public RenderedMail render(String name, Locale language, Map<String, String> values) {
        String text = fill(source(name, language, "txt"), values, false);
        int firstBreak = text.indexOf('\n');
        if (!text.startsWith("Subject: ") || firstBreak < 0) {
            throw new IllegalStateException("Mail template " + name + " must start with a Subject: line");
        }
        String subject = text.substring("Subject: ".length(), firstBreak).strip();
        String body = text.substring(firstBreak + 1).stripLeading();
        return new RenderedMail(subject, body, fill(source(name, language, "html"), values, true));
    }

    static String fill(String template, Map<String, String> values, boolean html) {
        return template.lines()
                .filter(line -> !PLACEHOLDER.matcher(line).find() || PLACEHOLDER.matcher(line).results()
                        .anyMatch(m -> !blank(values.get(m.group(1)))))
                .map(line -> {
                    Matcher m = PLACEHOLDER.matcher(line);
                    return m.replaceAll(found -> Matcher.quoteReplacement(value(found.group(1), values.get(found.group(1)), html)));
                })
                .collect(Collectors.joining("\n", "", "\n"));
    }

    /**
     * A key ending in "Html" is markup the application made (a QR code as a table), put into the .html part as it
     * is; never give such a key anything a person typed. Every other value is escaped there.
     */
    private static String value(String key, String value, boolean html) {
        if (blank(value)) {
            return "";
        }
        if (key.endsWith("Html")) {
            return html ? value : "";
        }
        return html ? value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;").replace("\r\n", "\n").replace("\n", "<br>\n") : value;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private String source(String name, Locale language, String extension) {
        String path = "/mail/" + name + "_" + language.getLanguage() + "." + extension;
        String cached = sources.get(path);
        if (cached != null) {
            return cached;
        }
        String text = PART.matcher(read(path)).replaceAll(part ->
                Matcher.quoteReplacement(source("_" + part.group(1), language, extension)));
        sources.put(path, text);
        return text;
    }

    private static String read(String path) {
        try (InputStream in = MailTemplates.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Mail template " + path + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
