package org.seminardesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class JapaneseDatesTest {

    @Test
    void showsTheEraDateWithWeekday() {
        assertEquals("令和4年2月18日（金）", JapaneseDates.eraDate(LocalDate.of(2022, 2, 18)));
    }

    @Test
    void firstYearOfAnEraIsGannen() {
        assertEquals("令和元年5月1日（水）", JapaneseDates.eraDate(LocalDate.of(2019, 5, 1)));
        assertEquals("平成31年4月30日（火）", JapaneseDates.eraDate(LocalDate.of(2019, 4, 30)));
    }

    @Test
    void showsTimeRangeInTokyoWhateverTheZoneGiven() {
        ZonedDateTime start = ZonedDateTime.parse("2022-02-18T01:00:00Z");
        ZonedDateTime end = ZonedDateTime.parse("2022-02-18T03:00:00Z");
        assertEquals("令和4年2月18日（金） 10:00–12:00", JapaneseDates.eraDateTime(start, end, true));
        assertEquals("令和4年2月18日（金） 10:00", JapaneseDates.eraDateTime(start, null, true));
        assertEquals("令和4年2月18日（金）", JapaneseDates.eraDateTime(start, end, false));
    }

    @Test
    void englishReadersGetTheWesternDateInJapanTime() {
        ZonedDateTime start = ZonedDateTime.parse("2022-02-18T01:00:00Z");
        assertEquals("Fri 18 Feb 2022, 10:00–12:00 (Japan time)",
                JapaneseDates.westernDateTime(start, start.plusHours(2), true));
        assertEquals("Fri 18 Feb 2022", JapaneseDates.westernDateTime(start, null, false));
    }

    @Test
    void fiscalYearRunsFromAprilToMarch() {
        assertEquals(2021, JapaneseDates.fiscalYearOf(LocalDate.of(2022, 3, 31)));
        assertEquals(2022, JapaneseDates.fiscalYearOf(LocalDate.of(2022, 4, 1)));
        assertEquals(2021, JapaneseDates.fiscalYearOf(LocalDate.of(2021, 9, 28)));
    }

    @Test
    void fiscalYearIsNamedInTheEraMostOfItFallsIn() {
        assertEquals("令和3年度", JapaneseDates.fiscalYear(2021));
        assertEquals("令和元年度", JapaneseDates.fiscalYear(2019));
        assertEquals("平成30年度", JapaneseDates.fiscalYear(2018));
    }
}
