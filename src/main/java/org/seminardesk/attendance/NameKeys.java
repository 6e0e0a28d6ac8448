package org.seminardesk.attendance;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a name in a meeting report is compared with a registered name. People join as "ﾔﾏﾀﾞ ﾀﾛｳ", "山田　太郎",
 * "Yamada, Taro" or "山田太郎 (ひまわり作業所)": width, case, spaces, kana script, word order and a bracketed
 * remark must not stop a match.
 */
public final class NameKeys {

    private static final Pattern BRACKETED = Pattern.compile("[(\\[【]([^)\\]】]*)[)\\]】]");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s・,.\u3000]+");

    private NameKeys() {
    }

    /** Width, case, kana script and spaces folded: "ﾔﾏﾀﾞ ﾀﾛｳ" and "やまだたろう" give the same key. */
    public static String exact(String name) {
        return SEPARATORS.matcher(folded(name)).replaceAll("");
    }

    /** The words in alphabetical order, so "Yamada, Taro" meets "Taro Yamada"; empty for a single word. */
    public static String wordsInAnyOrder(String name) {
        String[] words = SEPARATORS.split(folded(name).strip());
        if (words.length < 2) {
            return "";
        }
        Arrays.sort(words);
        return String.join(" ", words).strip();
    }

    /**
     * The names a report's name may stand for: the name without its bracketed remark, and the bracketed part
     * (Zoom's "Name (Original Name)" column puts the original there).
     */
    public static List<String> readings(String name) {
        String text = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKC);
        List<String> readings = new ArrayList<>();
        String outside = BRACKETED.matcher(text).replaceAll(" ").strip();
        if (!outside.isEmpty()) {
            readings.add(outside);
        }
        Matcher inside = BRACKETED.matcher(text);
        while (inside.find()) {
            if (!inside.group(1).isBlank()) {
                readings.add(inside.group(1).strip());
            }
        }
        return readings;
    }

    private static String folded(String name) {
        String text = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder hiragana = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // Katakana ァ..ヶ sit 0x60 above their hiragana.
            hiragana.append(c >= '\u30A1' && c <= '\u30F6' ? (char) (c - 0x60) : c);
        }
        return hiragana.toString();
    }
}
