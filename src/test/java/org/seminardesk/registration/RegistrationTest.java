package org.seminardesk.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.seminardesk.seminar.SeminarFixtures.BEFORE;
import static org.seminardesk.registration.RegistrationFixtures.register;
import static org.seminardesk.seminar.SeminarFixtures.published;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.seminardesk.platform.DomainException;
import org.seminardesk.seminar.Seminar;

class RegistrationTest {

    @Test
    void aRegistrationStoredBeforeItsSeatsPresumesWhatTheSeminarLastSaidAndSettlesUnderTheLock() {
        Seminar seminar = published(3);
        Registration presumedConfirmed = Registration.seatsTakenLast(seminar, RegistrationFixtures.ORGANISATION,
                RegistrationFixtures.people(2), BEFORE);
        assertEquals(RegistrationStatus.CONFIRMED, presumedConfirmed.status());
        assertEquals(3, seminar.seatsLeft(), "presuming takes no seat");
        register(seminar, 2); // another registration takes the seats first
        assertFalse(presumedConfirmed.takeSeats(BEFORE), "the presumption no longer holds");
        assertEquals(RegistrationStatus.WAITLISTED, presumedConfirmed.status());
        assertEquals(null, presumedConfirmed.confirmedAt());
        assertEquals(1, seminar.seatsLeft());

        Registration presumedWaiting = Registration.seatsTakenLast(seminar, RegistrationFixtures.ORGANISATION,
                RegistrationFixtures.people(2), BEFORE);
        assertEquals(RegistrationStatus.WAITLISTED, presumedWaiting.status());
        seminar.release(org.seminardesk.seminar.Seats.of(2));
        assertFalse(presumedWaiting.takeSeats(BEFORE), "seats given back meanwhile: it is confirmed after all");
        assertEquals(RegistrationStatus.CONFIRMED, presumedWaiting.status());
        assertEquals(1, seminar.seatsLeft());

        Registration asPresumed = Registration.seatsTakenLast(seminar, RegistrationFixtures.ORGANISATION,
                RegistrationFixtures.people(1), BEFORE);
        assertTrue(asPresumed.takeSeats(BEFORE));
        assertEquals(RegistrationStatus.CONFIRMED, asPresumed.status());
        assertEquals(0, seminar.seatsLeft());
    }

    @Test
    void seatsTakenAtOnceInTheDatabaseConfirmWhateverWasPresumed() {
        Seminar full = published(1);
        register(full, 1);
        Registration presumedWaiting = Registration.seatsTakenLast(full, RegistrationFixtures.ORGANISATION,
                RegistrationFixtures.people(1), BEFORE);
        assertEquals(RegistrationStatus.WAITLISTED, presumedWaiting.status());
        assertFalse(presumedWaiting.seatsWereTaken(BEFORE), "a seat was freed meanwhile: its mails must change");
        assertEquals(RegistrationStatus.CONFIRMED, presumedWaiting.status());
        assertEquals(BEFORE, presumedWaiting.confirmedAt());

        Registration presumedConfirmed = Registration.seatsTakenLast(published(2), RegistrationFixtures.ORGANISATION,
                RegistrationFixtures.people(2), BEFORE);
        assertTrue(presumedConfirmed.seatsWereTaken(BEFORE));
        assertEquals(RegistrationStatus.CONFIRMED, presumedConfirmed.status());
    }

    @Test
    void confirmsWhileSeatsLastThenWaitlists() {
        Seminar seminar = published(3);
        assertEquals(RegistrationStatus.CONFIRMED, register(seminar, 2).status());
        assertEquals(RegistrationStatus.WAITLISTED, register(seminar, 2).status());
        assertEquals(RegistrationStatus.CONFIRMED, register(seminar, 1).status());
        assertEquals(0, seminar.seatsLeft());
    }

    @Test
    void cancellingAConfirmedRegistrationGivesItsSeatsBack() {
        Seminar seminar = published(3);
        Registration confirmed = register(seminar, 3);
        Registration waiting = register(seminar, 1);
        waiting.cancel(null, BEFORE);
        assertEquals(0, seminar.seatsLeft(), "a waitlisted registration held no seats");
        confirmed.cancel("体調不良", BEFORE);
        assertEquals(3, seminar.seatsLeft());
        assertEquals("体調不良", confirmed.cancelReason());
        assertThrows(DomainException.class, () -> confirmed.cancel(null, BEFORE));
        assertEquals(3, seminar.seatsLeft());
    }

    @Test
    void rejectsTheSamePersonTwiceAndEmptyRegistrations() {
        Seminar seminar = published(10);
        var twice = List.of(new ParticipantDetails("山田 太郎", "a@example.org", null),
                new ParticipantDetails("山田　太郎", " A@Example.org ", null));
        DomainException e = assertThrows(DomainException.class,
                () -> new Registration(seminar, RegistrationFixtures.ORGANISATION, twice, BEFORE));
        assertEquals("participants[1].email", e.field());
        Registration sharedAddress = new Registration(seminar, RegistrationFixtures.ORGANISATION, List.of(
                new ParticipantDetails("山田 太郎", "office@example.org", null), new ParticipantDetails("佐藤 花子", "office@example.org", null)), BEFORE);
        assertEquals(2, sharedAddress.participants().size(), "two staff may share their office address");
        assertEquals(8, seminar.seatsLeft());
        assertThrows(DomainException.class,
                () -> new Registration(seminar, RegistrationFixtures.ORGANISATION, List.of(), BEFORE));
        assertEquals(8, seminar.seatsLeft());
    }

    @Test
    void addingSomeoneToAConfirmedRegistrationNeedsASeat() {
        Seminar seminar = published(2);
        Registration registration = register(seminar, 1);
        registration.addParticipant(new ParticipantDetails("追加", "extra@example.org", null), BEFORE);
        assertEquals(0, seminar.seatsLeft());
        DomainException full = assertThrows(DomainException.class,
                () -> registration.addParticipant(new ParticipantDetails("満席", "full@example.org", null), BEFORE));
        assertEquals(DomainException.Kind.CONFLICT, full.kind());
        assertEquals(2, registration.participants().size());
    }

    @Test
    void removingSomeoneGivesTheirSeatBackButNeverTheLastPerson() {
        Seminar seminar = published(5);
        Registration registration = register(seminar, 2);
        storedWithIds(registration, 11L, 12L);
        registration.removeParticipant(11);
        assertEquals(4, seminar.seatsLeft());
        assertEquals(1, registration.participants().size());
        assertEquals(12L, registration.participants().get(0).id(), "the other person stays");
        assertEquals(DomainException.Kind.NOT_FOUND, assertThrows(DomainException.class, () -> registration.removeParticipant(11)).kind(),
                "removing the same person again removes nobody");
        assertEquals(DomainException.Kind.CONFLICT, assertThrows(DomainException.class, () -> registration.removeParticipant(12)).kind(),
                "never the last person");
        assertThrows(DomainException.class, () -> registration.removeParticipant(7));
    }

    /** The ids the database would give the participants. */
    private static void storedWithIds(Registration registration, Long... ids) {
        try {
            java.lang.reflect.Field id = Participant.class.getDeclaredField("id");
            id.setAccessible(true);
            for (int i = 0; i < ids.length; i++) {
                id.set(registration.participants().get(i), ids[i]);
            }
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aWaitlistedRegistrationGrowsWithoutSeats() {
        Seminar seminar = published(1);
        register(seminar, 1);
        Registration waiting = register(seminar, 1);
        waiting.addParticipant(new ParticipantDetails("二人目", "second@example.org", null), BEFORE);
        assertEquals(RegistrationStatus.WAITLISTED, waiting.status());
        assertEquals(0, seminar.seatsLeft());
    }
}
