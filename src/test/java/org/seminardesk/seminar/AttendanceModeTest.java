package org.seminardesk.seminar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.seminardesk.seminar.AttendanceMode.ONLINE;
import static org.seminardesk.seminar.AttendanceMode.VENUE;
import static org.seminardesk.seminar.SeminarFixtures.BEFORE;
import static org.seminardesk.seminar.SeminarFixtures.START;
import static org.seminardesk.seminar.SeminarFixtures.hybrid;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.seminardesk.platform.DomainException;

class AttendanceModeTest {

    @Test
    void eachModeFillsUpOnItsOwnWithinTheTotal() {
        Seminar seminar = hybrid(100, 2, null);
        assertTrue(seminar.reserve(Seats.of(List.of(VENUE, VENUE)), BEFORE));
        assertFalse(seminar.reserve(Seats.one(VENUE), BEFORE), "the room is full");
        assertTrue(seminar.reserve(Seats.of(List.of(ONLINE, ONLINE, ONLINE)), BEFORE), "online is not capped");
        assertEquals(0, seminar.seatsLeft(VENUE));
        assertEquals(95, seminar.seatsLeft(ONLINE));
        assertFalse(seminar.reserve(Seats.of(List.of(ONLINE, VENUE)), BEFORE), "a group waits whole when one mode is full");
        assertEquals(95, seminar.seatsLeft());
    }

    @Test
    void theTotalStillLimitsBothModes() {
        Seminar seminar = hybrid(3, 3, 3);
        assertTrue(seminar.reserve(Seats.of(List.of(VENUE, VENUE)), BEFORE));
        assertEquals(1, seminar.seatsLeft(ONLINE), "three online seats, but one left in total");
        assertFalse(seminar.reserve(Seats.of(List.of(ONLINE, ONLINE)), BEFORE));
    }

    @Test
    void releasingGivesTheSeatBackToItsMode() {
        Seminar seminar = hybrid(100, 1, 1);
        assertTrue(seminar.reserve(Seats.of(List.of(VENUE, ONLINE)), BEFORE));
        seminar.release(Seats.one(VENUE));
        assertEquals(1, seminar.seatsLeft(VENUE));
        assertEquals(0, seminar.seatsLeft(ONLINE));
        assertTrue(seminar.admitFromWaitlist(Seats.one(VENUE), BEFORE));
        assertFalse(seminar.admitFromWaitlist(Seats.one(ONLINE), BEFORE));
    }

    @Test
    void aSeatMovesOnlyWhereThereIsOne() {
        Seminar seminar = hybrid(100, 1, 5);
        assertTrue(seminar.reserve(Seats.of(List.of(VENUE)), BEFORE));
        assertTrue(seminar.reserve(Seats.of(List.of(ONLINE)), BEFORE));
        assertFalse(seminar.move(Seats.one(ONLINE), Seats.one(VENUE)), "the room is full");
        assertEquals(1, seminar.seatsTaken(VENUE));
        assertEquals(1, seminar.seatsTaken(ONLINE), "nothing changed");
        assertTrue(seminar.move(Seats.one(VENUE), Seats.one(ONLINE)));
        assertEquals(0, seminar.seatsTaken(VENUE));
        assertEquals(2, seminar.seatsTaken(ONLINE));
    }

    @Test
    void aCapCannotGoBelowTheSeatsItGave() {
        Seminar seminar = hybrid(100, 5, null);
        seminar.reserve(Seats.of(List.of(VENUE, VENUE, VENUE)), BEFORE);
        var smaller = new SeminarDetails("併用セミナー", null, null, SeminarKind.SEMINAR, SeminarFormat.HYBRID, START,
                START.plusSeconds(7200), "会議室", "https://meet.example.org/x", 100, null, 2, null);
        DomainException refused = assertThrows(DomainException.class, () -> seminar.update(smaller));
        assertEquals("seminar.capacityBelowConfirmed", refused.code());
        assertEquals(Integer.valueOf(5), seminar.venueCapacity(), "nothing changed");
    }

    @Test
    void eachPersonSeesOnlyWhatAppliesToThem() {
        Seminar seminar = hybrid(100, null, null);
        assertEquals("会議室", seminar.venueFor(VENUE));
        assertNull(seminar.venueFor(ONLINE));
        assertNull(seminar.onlineLinkFor(VENUE, true, BEFORE));
        assertEquals("https://meet.example.org/x", seminar.onlineLinkFor(ONLINE, true, BEFORE));
        assertEquals("https://meet.example.org/x", seminar.onlineLinkFor(null, true, BEFORE), "no choice made: both, as before");
        assertEquals("会議室", seminar.venueFor(null));
    }

    @Test
    void onlyAHybridSeminarKeepsCapsPerMode() {
        var online = new SeminarDetails("t", null, null, SeminarKind.SEMINAR, SeminarFormat.ONLINE, START,
                START.plusSeconds(60), null, "https://meet.example.org/x", 10, null, 3, 3);
        Seminar seminar = new Seminar(online);
        assertNull(seminar.venueCapacity());
        assertNull(seminar.onlineCapacity());
        assertFalse(seminar.asksForMode());
    }
}
