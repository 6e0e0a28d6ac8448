package org.seminardesk.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.seminardesk.mail.ReminderDelivery.Outcome;

class ReminderDeliveryTest {

    private static final Instant START = Instant.parse("2026-12-10T01:00:00Z");
    private static final Instant LONG_AGO = START.minus(Duration.ofDays(30));

    @Test
    void aDueSlotIsSentOnce() {
        assertEquals(Map.of(168, Outcome.SENT), ReminderDelivery.plan(List.of(168), Set.of(), LONG_AGO, START));
        assertEquals(Map.of(), ReminderDelivery.plan(List.of(168), Set.of(168), LONG_AGO, START));
        assertEquals(Map.of(24, Outcome.SENT), ReminderDelivery.plan(List.of(168, 24), Set.of(168), LONG_AGO, START));
    }

    @Test
    void afterDowntimeOnlyTheLatestDueSlotIsSent() {
        assertEquals(Map.of(168, Outcome.SUPERSEDED, 24, Outcome.SENT),
                ReminderDelivery.plan(List.of(168, 24), Set.of(), LONG_AGO, START));
    }

    @Test
    void slotsThatFellDueBeforeTheConfirmationAreNotNeeded() {
        Instant confirmed = START.minus(Duration.ofDays(3));
        assertEquals(Map.of(168, Outcome.NOT_NEEDED), ReminderDelivery.plan(List.of(168), Set.of(), confirmed, START));
        assertEquals(Map.of(168, Outcome.NOT_NEEDED, 24, Outcome.SENT),
                ReminderDelivery.plan(List.of(168, 24), Set.of(), confirmed, START));
        Instant confirmedAtTheSlot = START.minus(Duration.ofDays(1));
        assertEquals(Outcome.NOT_NEEDED, ReminderDelivery.plan(List.of(24), Set.of(), confirmedAtTheSlot, START).get(24));
    }
}
