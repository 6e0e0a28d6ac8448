package org.seminardesk.seminar;

import java.util.Map;
import java.util.function.Predicate;

/**
 * The public list's filters, read from the query string so a filtered list can be bookmarked: kind, format,
 * fiscal year (2021 = 令和3年度) and month (1–12, of the start in Japan time). Unknown values are ignored.
 */
public record CatalogueFilter(SeminarKind kind, SeminarFormat format, Integer fiscalYear, Integer month) implements java.io.Serializable {

    public static CatalogueFilter of(Map<String, String> parameters) {
        return new CatalogueFilter(enumOf(SeminarKind.class, parameters.get("kind")),
                enumOf(SeminarFormat.class, parameters.get("format")),
                number(parameters.get("fiscalYear"), 1989, 2200), number(parameters.get("month"), 1, 12));
    }

    public Predicate<SeminarView> asPredicate() {
        return s -> (kind == null || s.kind() == kind) && (format == null || s.format() == format)
                && (fiscalYear == null || s.fiscalYear() == fiscalYear)
                && (month == null || s.startsAt().atZoneSameInstant(org.seminardesk.platform.JapaneseDates.TOKYO).getMonthValue() == month);
    }

    public boolean isActive() {
        return kind != null || format != null || fiscalYear != null || month != null;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static Integer number(String value, int min, int max) {
        try {
            int n = Integer.parseInt(value);
            return n >= min && n <= max ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
