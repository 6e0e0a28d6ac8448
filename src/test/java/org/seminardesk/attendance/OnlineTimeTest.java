package org.seminardesk.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seminardesk.platform.JapaneseDates;

/** A seminar 10:00–12:00 in Tokyo and the times reports give for one person, overlapping and nested. */
class OnlineTimeTest {

    private static final Instant TEN = Instant.parse("2022-02-18T01:00:00Z");
    private static final Instant TWELVE = Instant.parse("2022-02-18T03:00:00Z");
    private static final AttendanceWindow SEMINAR = new AttendanceWindow(TEN, TWELVE, Duration.ofMinutes(10));

    private static OnlineTime reported(String... fromTo) {
        List<AttendanceInterval> rows = new java.util.ArrayList<>();
        for (String stretch : fromTo) {
            String[] times = stretch.split("-");
            rows.add(new AttendanceInterval("山田 太郎", "taro@example.org", at(times[0]), at(times[1])));
        }
        return OnlineTime.of(rows, JapaneseDates.TOKYO);
    }

    private static LocalDateTime at(String hhmm) {
        return LocalDateTime.of(2022, 2, 18, Integer.parseInt(hhmm.substring(0, 2)), Integer.parseInt(hhmm.substring(3, 5)));
    }

    @Test
    void overlappingAndNestedRowsCountEachMinuteOnce() {
        assertEquals(90, reported("10:00-11:00", "10:30-11:30").minutes(), "overlap");
        assertEquals(60, reported("10:00-11:00", "10:15-10:45").minutes(), "nested");
        assertEquals(60, reported("10:00-10:30", "10:30-11:00").minutes(), "touching");
        assertEquals(40, reported("10:00-10:20", "10:40-11:00").minutes(), "a gap stays a gap");
        assertEquals(0, reported("11:00-10:00").minutes(), "leave before join is nothing");
    }

    @Test
    void theSameEventReportedTwiceIsUnitedNotAdded() {
        OnlineTime zoom = reported("09:58-11:00", "11:05-11:20");
        OnlineTime teams = reported("09:58-11:20");
        OnlineTime reExport = reported("09:58-11:00", "11:05-11:20");
        assertEquals(82, zoom.union(teams).union(reExport).minutes());
        assertEquals(zoom.union(teams), teams.union(zoom), "order does not matter");
        assertEquals(zoom, zoom.union(OnlineTime.NONE));
    }

    @Test
    void onlyTheSeminarsTimeWithItsMarginCountsAndNeverMoreThanItsLength() {
        assertEquals(120, SEMINAR.minutesOf(reported("08:00-13:00")), "all day online: the seminar's length");
        assertEquals(120, SEMINAR.minutesOf(reported("09:50-12:00")), "10 minutes early within the margin, capped");
        assertEquals(70, SEMINAR.minutesOf(reported("09:00-11:00")), "from 09:50 only");
        assertEquals(0, SEMINAR.minutesOf(reported("07:00-09:00", "13:00-14:00")), "before and after");
        assertEquals(0, new AttendanceWindow(TEN, TWELVE, Duration.ZERO).minutesOf(reported("09:30-10:00")));
        assertEquals(120, SEMINAR.minutesOf(reported("10:00-11:00").union(reported("10:00-11:00")).union(reported("11:00-12:00"))));
    }

    @Test
    void aSeminarWithoutAnEndCountsFromItsStart() {
        AttendanceWindow written = new AttendanceWindow(TEN, null, Duration.ofMinutes(10));
        assertEquals(310, written.minutesOf(reported("09:00-15:00")));
    }

    @Test
    void storedAsTextAndReadBack() {
        OnlineTime time = reported("10:00-10:20", "10:40-11:00");
        assertEquals("1645146000-1645147200 1645148400-1645149600", time.encoded());
        assertEquals(time, OnlineTime.decode(time.encoded()));
        assertTrue(OnlineTime.decode("").isEmpty());
        assertEquals(OnlineTime.NONE, OnlineTime.decode(null));
        assertThrows(IllegalArgumentException.class, () -> OnlineTime.decode("10:00-11:00"));
        assertThrows(IllegalArgumentException.class, () -> new AttendanceWindow(TEN, TWELVE, Duration.ofMinutes(-1)));
    }
}
