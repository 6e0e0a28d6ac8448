package org.seminardesk.mail;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import com.github.mustachejava.reflect.MapObjectHandler;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mail templates are Mustache files, src/main/resources/mail/{kind}_{language}.txt (first line "Subject: …") and
 * .html, with the placeholders their {@link MailKind} declares. Values are escaped in the .html file (line breaks
 * kept as &lt;br&gt;) and written as they are in the text; {{{…Html}}} is markup the application made (a QR code as
 * a table). A line "{{> part}}" takes in the shared file _{part}_{language}.{txt|html} (e.g. the seminar's facts).
 * An empty value counts as not given, so a section around it ({{#venue}} … {{/venue}}) leaves its line out.
 */
@ApplicationScoped
public class MailTemplates {

    private static final Pattern PART = Pattern.compile("(?m)^\\{\\{> (\\w+)}}\\R?");
    private static final MustacheFactory TEXT = new Factory(false);
    private static final MustacheFactory HTML = new Factory(true);
    private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();

    public RenderedMail render(String kind, Locale language, Map<String, String> values) {
        MailKind.named(kind).check(values.keySet());
        Map<String, String> given = new HashMap<>();
        values.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                given.put(name, value);
            }
        });
        String text = run(template(kind, language, "txt"), given);
        int firstBreak = text.indexOf('\n');
        if (!text.startsWith("Subject: ") || firstBreak < 0) {
            throw new IllegalStateException("Mail template " + kind + " must start with a Subject: line");
        }
        String subject = text.substring("Subject: ".length(), firstBreak).strip();
        String body = text.substring(firstBreak + 1).stripLeading();
        return new RenderedMail(subject, body, run(template(kind, language, "html"), given));
    }

    /** The template's source with its parts taken in, as MailKindsTest reads it. */
    static String source(String kind, Locale language, String extension) {
        String path = "/mail/" + kind + "_" + language.getLanguage() + "." + extension;
        return PART.matcher(read(path)).replaceAll(part ->
                Matcher.quoteReplacement(source("_" + part.group(1), language, extension)));
    }

    private static String run(Mustache template, Map<String, String> values) {
        StringWriter out = new StringWriter();
        template.execute(out, values);
        return out.toString();
    }

    private Mustache template(String kind, Locale language, String extension) {
        String name = kind + "_" + language.getLanguage() + "." + extension;
        return compiled.computeIfAbsent(name, key ->
                (extension.equals("html") ? HTML : TEXT).compile(new StringReader(source(kind, language, extension)), key));
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

    /** Mustache over plain maps (no reflection on values), escaping for HTML or not at all for text. */
    private static final class Factory extends DefaultMustacheFactory {

        private final boolean html;

        Factory(boolean html) {
            this.html = html;
            setObjectHandler(new MapObjectHandler());
        }

        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(html ? escape(value) : value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String escape(String value) {
            return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                    .replace("'", "&#39;").replace("\r\n", "\n").replace("\n", "<br>\n");
        }
    }
}
