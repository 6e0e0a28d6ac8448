package org.seminardesk.registration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Who moves up when seats free. Registrations wait whole, in arrival order: each one that fits now is
 * confirmed, one that does not fit keeps its place, and a later, smaller registration that fits may go ahead of
 * it (a freed seat is never left empty while someone who fits waits). An organisation that would rather take
 * the seats it can get cancels and registers fewer people.
 */
public final class Waitlist {

    private Waitlist() {
    }

    /** Promotes what fits from the waitlist, given in arrival order; returns the promoted registrations. */
    public static List<Registration> promote(List<Registration> waitingInArrivalOrder, Instant now) {
        List<Registration> promoted = new ArrayList<>();
        for (Registration registration : waitingInArrivalOrder) {
            if (registration.promoteIfRoom(now)) {
                promoted.add(registration);
            }
        }
        return promoted;
    }
}
