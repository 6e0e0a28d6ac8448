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
        assertTrue(seminar.reserve(Seats.of(2), BEFORE));
        assertFalse(seminar.reserve(Seats.of(2), BEFORE), "two do not fit in one seat: the registration waits whole");
        assertTrue(seminar.reserve(Seats.of(1), BEFORE));
        assertEquals(0, seminar.seatsLeft());
        seminar.release(Seats.of(2));
        assertEquals(2, seminar.seatsLeft());
    }

    @Test
    void noRegistrationForADraftOrAfterTheDeadline() {
        assertThrows(DomainException.class, () -> new Seminar(details(5)).reserve(Seats.of(1), BEFORE));
        Seminar seminar = published(5);
        Instant afterDeadline = START.minusSeconds(60);
        DomainException e = assertThrows(DomainException.class, () -> seminar.reserve(Seats.of(1), afterDeadline));
        assertEquals(DomainException.Kind.CONFLICT, e.kind());
        assertEquals(5, seminar.seatsLeft());
    }

    @Test
    void capacityCannotDropBelowConfirmedSeats() {
        Seminar seminar = published(5);
        seminar.reserve(Seats.of(4), BEFORE);
        DomainException e = assertThrows(DomainException.class, () -> seminar.update(details(3)));
        assertEquals(DomainException.Kind.CONFLICT, e.kind());
        assertEquals(5, seminar.capacity());
    }

    @Test
    void aCopyIsADraftOnTheNewDayWithTheSameShapeButNoLinkOrPeople() {
        var lastYear = new SeminarDetails("令和11年度 第2回 部会", "Subcommittee", "説明", SeminarKind.MEETING,
                SeminarFormat.HYBRID, START, START.plusSeconds(7200), "会議室", "https://meet.example.org/x", 40,
                START.minusSeconds(86_400 * 3));
        Seminar original = new Seminar(lastYear);
        original.changeStatus(SeminarStatus.PUBLISHED);
        original.changeReminders(ReminderSchedule.of(java.util.List.of(48)));
        original.addAgendaItem("事業計画について", "承認された");
        original.addToRoster(MeetingAttendee.Role.CHAIR, null, "部会長");
        original.reserve(Seats.of(3), BEFORE);

        Instant nextYear = Instant.parse("2031-01-16T05:00:00Z");
        Seminar copy = original.copyStartingAt(nextYear);

        assertEquals(SeminarStatus.DRAFT, copy.status());
        assertEquals("令和12年度 第2回 部会", copy.titleJa(), "the fiscal year in the title moves on");
        assertEquals(nextYear.plusSeconds(7200), copy.endsAt());
        assertEquals(nextYear.minusSeconds(86_400 * 3), copy.registrationDeadline());
        assertEquals(40, copy.capacity());
        assertEquals(0, copy.seatsTaken());
        assertEquals(null, copy.onlineLink(), "a new session gets a new link");
        assertEquals("会議室", copy.venue());
        assertEquals(java.util.List.of(48), copy.reminders().hoursBefore());
        assertEquals("事業計画について", copy.agenda().get(0).title());
        assertEquals(null, copy.agenda().get(0).summary(), "last year's outcome stays behind");
        assertEquals("部会長", copy.roster().get(0).label());
        assertEquals(null, copy.roster().get(0).present());
    }

    @Test
    void aHeldBackLinkIsShownToTheConfirmedFromItsReleaseOnly() {
        Seminar seminar = published(5);
        assertEquals("https://meet.example.org/x", seminar.onlineLinkFor(null, true, BEFORE), "by default from confirmation");
        assertEquals(null, seminar.onlineLinkFor(null, false, START), "never to the waitlisted");

        seminar.releaseLinkMinutesBefore(60);
        Instant release = START.minusSeconds(3600);
        assertEquals(null, seminar.onlineLinkFor(null, true, release.minusSeconds(1)));
        assertEquals(release, seminar.onlineLinkComesAt(null, true, release.minusSeconds(1)));
        assertEquals("https://meet.example.org/x", seminar.onlineLinkFor(null, true, release));
        assertEquals(null, seminar.onlineLinkComesAt(null, true, release));
        assertEquals(null, seminar.onlineLinkComesAt(null, false, BEFORE), "the waitlisted are not promised it");

        assertEquals("linkReleaseMinutesBefore",
                assertThrows(DomainException.class, () -> seminar.releaseLinkMinutesBefore(-1)).field());
        assertThrows(DomainException.class, () -> seminar.releaseLinkMinutesBefore(Seminar.MAX_LINK_RELEASE_MINUTES + 1));
        seminar.releaseLinkMinutesBefore(0);
        assertEquals(null, seminar.onlineLinkReleasedAt(), "0: back to from confirmation");
    }

    @Test
    void theSelfCheckinCodeIsTakenOnlyAroundTheSeminarsTime() {
        Seminar seminar = published(5);
        String code = seminar.selfCheckinCode();
        assertTrue(code.matches("\\d{6}"), code);
        assertEquals(code, seminar.selfCheckinCode(), "made once");
        Instant opens = START.minus(Seminar.SELF_CHECKIN_MARGIN);
        Instant closes = START.plusSeconds(7200).plus(Seminar.SELF_CHECKIN_MARGIN);
        assertFalse(seminar.acceptsSelfCheckin(code, opens.minusSeconds(1)));
        assertTrue(seminar.acceptsSelfCheckin(code, opens));
        assertTrue(seminar.acceptsSelfCheckin(" " + code.replace("1", "１") + " ", START), "full-width digits and spaces are fine");
        assertFalse(seminar.acceptsSelfCheckin(code, closes));
        String wrong = code.equals("000000") ? "000001" : "000000";
        assertFalse(seminar.acceptsSelfCheckin(wrong, START));
        assertFalse(seminar.acceptsSelfCheckin(null, START));
    }
}
