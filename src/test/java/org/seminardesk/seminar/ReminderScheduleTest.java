package org.seminardesk.seminar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seminardesk.platform.DomainException;

class ReminderScheduleTest {

    private static final Instant START = Instant.parse("2026-12-10T01:00:00Z");

    @Test
    void slotsAreOrderedEarliestDueFirstWithoutDuplicates() {
        assertEquals(List.of(168, 24, 2), ReminderSchedule.of(List.of(24, 2, 168, 24)).hoursBefore());
        assertEquals(List.of(), ReminderSchedule.of(List.of()).hoursBefore(), "no reminders at all is a choice");
    }

    @Test
    void slotsOutsideOneHourToNinetyDaysOrTooManyAreRefused() {
        assertThrows(DomainException.class, () -> ReminderSchedule.of(List.of(0)));
        assertThrows(DomainException.class, () -> ReminderSchedule.of(List.of(2161)));
        assertThrows(DomainException.class, () -> ReminderSchedule.of(Arrays.asList(24, null)));
        assertThrows(DomainException.class, () -> ReminderSchedule.of(List.of(1, 2, 3, 4, 5, 6)));
        assertThrows(DomainException.class, () -> ReminderSchedule.of(null));
    }

    @Test
    void aSlotIsDueFromItsTimeUntilTheStart() {
        ReminderSchedule schedule = ReminderSchedule.DEFAULT;
        assertEquals(List.of(), schedule.dueBy(START, START.minus(Duration.ofDays(7)).minusSeconds(1)));
        assertEquals(List.of(168), schedule.dueBy(START, START.minus(Duration.ofDays(7))));
        assertEquals(List.of(168, 24), schedule.dueBy(START, START.minusSeconds(1)));
        assertEquals(List.of(), schedule.dueBy(START, START), "never once the seminar has started");
    }
}
