package org.seminardesk.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.seminardesk.seminar.SeminarFixtures.BEFORE;
import static org.seminardesk.seminar.SeminarFixtures.START;
import static org.seminardesk.registration.RegistrationFixtures.register;
import static org.seminardesk.seminar.SeminarFixtures.published;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.seminardesk.seminar.Seminar;

class WaitlistTest {



    @Test
    void freedSeatsGoToTheEarliestRegistrationThatFitsWhole() {
        Seminar seminar = published(5);
        Registration first = register(seminar, 3);
        Registration waitingThree = register(seminar, 3);
        Registration secondConfirmed = register(seminar, 2);
        Registration waitingOne = register(seminar, 1);
        assertEquals(RegistrationStatus.CONFIRMED, secondConfirmed.status());

        first.cancel(null, BEFORE);
        List<Registration> promoted = Waitlist.promote(List.of(waitingThree, waitingOne), BEFORE);

        assertEquals(List.of(waitingThree), promoted);
        assertEquals(RegistrationStatus.CONFIRMED, waitingThree.status());
        assertEquals(RegistrationStatus.WAITLISTED, waitingOne.status());
        assertEquals(0, seminar.seatsLeft());
    }

    @Test
    void aSmallerLaterRegistrationMayPassOneThatDoesNotFit() {
        Seminar seminar = published(4);
        Registration a = register(seminar, 2);
        register(seminar, 2);
        Registration three = register(seminar, 3);
        Registration one = register(seminar, 1);

        a.cancel(null, BEFORE);
        assertEquals(List.of(one), Waitlist.promote(List.of(three, one), BEFORE));
        assertEquals(RegistrationStatus.WAITLISTED, three.status(), "three people still do not fit in two seats");
        assertEquals(1, seminar.seatsLeft());
    }

    @Test
    void nobodyMovesUpOnceTheSeminarHasStarted() {
        Seminar seminar = published(1);
        Registration confirmed = register(seminar, 1);
        Registration waiting = register(seminar, 1);
        confirmed.cancel(null, BEFORE);
        assertEquals(List.of(), Waitlist.promote(List.of(waiting), START.plusSeconds(60)));
        assertEquals(1, seminar.seatsLeft());
    }
}
