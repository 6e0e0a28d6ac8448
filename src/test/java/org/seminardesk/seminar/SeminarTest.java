package org.seminardesk.seminar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.seminardesk.seminar.SeminarFixtures.BEFORE;
import static org.seminardesk.seminar.SeminarFixtures.START;
import static org.seminardesk.seminar.SeminarFixtures.details;
import static org.seminardesk.seminar.SeminarFixtures.published;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.seminardesk.platform.DomainException;

class SeminarTest {

    @Test
    void newSeminarIsADraftInItsFiscalYear() {
        Seminar seminar = new Seminar(details(10));
        assertEquals(SeminarStatus.DRAFT, seminar.status());
        assertEquals(2029, seminar.fiscalYear());
        assertEquals("令和11年度", seminar.fiscalYearLabel());
        assertEquals("令和12年1月10日（木） 10:00–12:00", seminar.dateLabel());
    }

    @Test
    void rejectsAnEndBeforeTheStart() {
        var bad = new SeminarDetails("t", null, null, SeminarKind.SEMINAR, SeminarFormat.IN_PERSON, START,
                START.minusSeconds(60), "会場", null, 10, null);
        DomainException e = assertThrows(DomainException.class, () -> new Seminar(bad));
        assertEquals("endsAt", e.field());
    }

    @Test
    void onlyAWrittenMeetingMayLeaveOutTheEnd() {
        var written = new SeminarDetails("書面", null, null, SeminarKind.MEETING, SeminarFormat.WRITTEN, START,
                null, null, null, 0, null);
        assertEquals("令和12年1月10日（木）", new Seminar(written).dateLabel());
        var inPerson = new SeminarDetails("t", null, null, SeminarKind.MEETING, SeminarFormat.IN_PERSON, START,
                null, "会場", null, 0, null);
        assertThrows(DomainException.class, () -> new Seminar(inPerson));
    }

    @Test
    void rejectsNegativeCapacityDeadlineAfterStartAndNonWebLinks() {
        var negative = new SeminarDetails("t", null, null, SeminarKind.SEMINAR, SeminarFormat.ONLINE, START,
                START.plusSeconds(60), null, null, -1, null);
        assertEquals("capacity", assertThrows(DomainException.class, () -> new Seminar(negative)).field());
        var lateDeadline = new SeminarDetails("t", null, null, SeminarKind.SEMINAR, SeminarFormat.ONLINE, START,
                START.plusSeconds(60), null, null, 1, START.plusSeconds(1));
        assertEquals("registrationDeadline", assertThrows(DomainException.class, () -> new Seminar(lateDeadline)).field());
        var script = new SeminarDetails("t", null, null, SeminarKind.SEMINAR, SeminarFormat.ONLINE, START,
                START.plusSeconds(60), null, "javascript:alert(1)", 1, null);
        assertEquals("onlineLink", assertThrows(DomainException.class, () -> new Seminar(script)).field());
    }

    @Test
    void publishingAnOnlineSeminarNeedsItsLink() {
        var noLink = new SeminarDetails("t", null, null, SeminarKind.SEMINAR, SeminarFormat.ONLINE, START,
                START.plusSeconds(60), null, null, 1, null);
        Seminar seminar = new Seminar(noLink);
        assertEquals("onlineLink", assertThrows(DomainException.class,
                () -> seminar.changeStatus(SeminarStatus.PUBLISHED)).field());
    }

    @Test
    void heldAndCancelledAreFinal() {
        Seminar seminar = published(5);
        seminar.changeStatus(SeminarStatus.CANCELLED);
        assertThrows(DomainException.class, () -> seminar.changeStatus(SeminarStatus.PUBLISHED));
        assertEquals(SeminarStatus.CANCELLED, seminar.status());
    }

    @Test
    void reservesWhileAllParticipantsFitThenSaysNo() {
        Seminar seminar = published(3);
        assertTrue(seminar.reserve(2, BEFORE));
        assertFalse(seminar.reserve(2, BEFORE), "two do not fit in one seat: the registration waits whole");
        assertTrue(seminar.reserve(1, BEFORE));
        assertEquals(0, seminar.seatsLeft());
        seminar.release(2);
        assertEquals(2, seminar.seatsLeft());
    }

    @Test
    void noRegistrationForADraftOrAfterTheDeadline() {
        assertThrows(DomainException.class, () -> new Seminar(details(5)).reserve(1, BEFORE));
        Seminar seminar = published(5);
        Instant afterDeadline = START.minusSeconds(60);
        DomainException e = assertThrows(DomainException.class, () -> seminar.reserve(1, afterDeadline));
        assertEquals(DomainException.Kind.CONFLICT, e.kind());
        assertEquals(5, seminar.seatsLeft());
    }

    @Test
    void capacityCannotDropBelowConfirmedSeats() {
        Seminar seminar = published(5);
        seminar.reserve(4, BEFORE);
        DomainException e = assertThrows(DomainException.class, () -> seminar.update(details(3)));
        assertEquals(DomainException.Kind.CONFLICT, e.kind());
        assertEquals(5, seminar.capacity());
    }
}
