package org.seminardesk.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.seminardesk.registration.RegistrationFixtures.ORGANISATION;
import static org.seminardesk.seminar.AttendanceMode.ONLINE;
import static org.seminardesk.seminar.AttendanceMode.VENUE;
import static org.seminardesk.seminar.SeminarFixtures.BEFORE;
import static org.seminardesk.seminar.SeminarFixtures.hybrid;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.seminardesk.platform.DomainException;
import org.seminardesk.seminar.AttendanceMode;
import org.seminardesk.seminar.Seminar;

class RegistrationModeTest {

    private static Registration register(Seminar seminar, AttendanceMode... modes) {
        List<ParticipantDetails> people = new java.util.ArrayList<>();
        for (int i = 0; i < modes.length; i++) {
            people.add(new ParticipantDetails("参加者" + i, "p" + i + "@example.org", null, modes[i]));
        }
        return new Registration(seminar, ORGANISATION, people, BEFORE);
    }

    @Test
    void aHybridSeminarAsksEveryoneHowTheyTakePart() {
        Seminar seminar = hybrid(10, null, null);
        DomainException refused = assertThrows(DomainException.class, () -> register(seminar, VENUE, null));
        assertEquals("registration.modeRequired", refused.code());
        assertEquals("participants[1].mode", refused.field());
        assertEquals(10, seminar.seatsLeft(), "nothing was taken");
    }

    @Test
    void aChoiceIsNotKeptWhereThereIsNone() {
        Seminar online = org.seminardesk.seminar.SeminarFixtures.published(10);
        Registration registration = register(online, VENUE);
        assertEquals(null, registration.participants().get(0).mode());
    }

    @Test
    void theWaitlistOfOneModeDoesNotHoldUpTheOther() {
        Seminar seminar = hybrid(100, 1, 1);
        Registration venue = register(seminar, VENUE);
        Registration online = register(seminar, ONLINE);
        Registration waitingForTheRoom = register(seminar, VENUE);
        Registration waitingOnline = register(seminar, ONLINE);
        assertEquals(RegistrationStatus.CONFIRMED, venue.status());
        assertEquals(RegistrationStatus.CONFIRMED, online.status());
        assertEquals(RegistrationStatus.WAITLISTED, waitingForTheRoom.status());
        assertEquals(RegistrationStatus.WAITLISTED, waitingOnline.status());

        online.cancel(null, BEFORE);
        List<Registration> promoted = Waitlist.promote(List.of(waitingForTheRoom, waitingOnline), BEFORE);
        assertEquals(List.of(waitingOnline), promoted, "the freed online seat goes to the first who waits for one");
        assertEquals(RegistrationStatus.WAITLISTED, waitingForTheRoom.status());
    }
}
