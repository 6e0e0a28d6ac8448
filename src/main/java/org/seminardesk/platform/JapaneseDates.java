package org.seminardesk.platform;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;

/**
 * Dates as Japanese users expect them: 令和4年2月18日（金） 10:00–12:00, and fiscal years as 令和3年度.
 * Era names come from {@link JapaneseChronology}; the only addition is 元年 for the first year of an era.
 */
public final class JapaneseDates {

    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private static final DateTimeFormatter ERA_DATE = eraPattern()
            .appendValue(ChronoField.MONTH_OF_YEAR).appendLiteral('月')
            .appendValue(ChronoField.DAY_OF_MONTH).appendLiteral('日')
            .appendLiteral('（').appendText(ChronoField.DAY_OF_WEEK, TextStyle.SHORT).appendLiteral('）')
            .toFormatter(Locale.JAPANESE).withChronology(JapaneseChronology.INSTANCE);

    private static final DateTimeFormatter ERA_YEAR = eraPattern()
            .toFormatter(Locale.JAPANESE).withChronology(JapaneseChronology.INSTANCE);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter WESTERN_DATE = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private JapaneseDates() {
    }

    private static DateTimeFormatterBuilder eraPattern() {
        return new DateTimeFormatterBuilder()
                .appendText(ChronoField.ERA, TextStyle.FULL)
                .appendText(ChronoField.YEAR_OF_ERA, Map.of(1L, "元"))
                .appendLiteral('年');
    }

    /** 令和4年2月18日（金） */
    public static String eraDate(LocalDate date) {
        return ERA_DATE.format(JapaneseDate.from(date));
    }

    /** 令和4年2月18日（金） 10:00–12:00; without an end, only the start time; without times, the date alone. */
    public static String eraDateTime(ZonedDateTime start, ZonedDateTime end, boolean withTime) {
        ZonedDateTime localStart = start.withZoneSameInstant(TOKYO);
        String date = eraDate(localStart.toLocalDate());
        if (!withTime) {
            return date;
        }
        String range = TIME.format(localStart);
        if (end != null) {
            range += "–" + TIME.format(end.withZoneSameInstant(TOKYO));
        }
        return date + " " + range;
    }

    /** A moment such as a deadline: 令和8年12月20日（日） 17:00 in Japanese, Sun 20 Dec 2026, 17:00 (Japan time) in English. */
    public static String moment(java.time.Instant at, java.util.Locale language) {
        ZonedDateTime inTokyo = at.atZone(TOKYO);
        return "en".equals(language.getLanguage()) ? westernDateTime(inTokyo, null, true) : eraDateTime(inTokyo, null, true);
    }

    /** The same moment for English readers: Fri 18 Feb 2022, 10:00–12:00 (Japan time). */
    public static String westernDateTime(ZonedDateTime start, ZonedDateTime end, boolean withTime) {
        ZonedDateTime localStart = start.withZoneSameInstant(TOKYO);
        String date = WESTERN_DATE.format(localStart);
        if (!withTime) {
            return date;
        }
        String range = TIME.format(localStart) + (end == null ? "" : "–" + TIME.format(end.withZoneSameInstant(TOKYO)));
        return date + ", " + range + " (Japan time)";
    }

    /**
     * 令和3年度 for the fiscal year that starts in April 2021. The era is the one in force at the end of the
     * calendar year the fiscal year starts in, so April 2019 – March 2020 reads 令和元年度 as is customary.
     */
    public static String fiscalYear(int startingYear) {
        return ERA_YEAR.format(JapaneseDate.from(LocalDate.of(startingYear, 12, 31))).replace("年", "年度");
    }

    /** The Japanese fiscal year (April–March) a date falls in, named by the calendar year it starts in. */
    public static int fiscalYearOf(LocalDate date) {
        return date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
    }
}
