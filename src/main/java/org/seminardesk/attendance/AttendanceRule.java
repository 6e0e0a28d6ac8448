package org.seminardesk.attendance;

import java.time.Duration;
import java.time.Instant;
import org.seminardesk.platform.DomainException;

/**
 * When a participant counts as attended: checked in at the venue, or online for at least the threshold share
 * of the planned length (50 % unless staff set another). A seminar with no end time counts any minute online.
 */
public record AttendanceRule(int thresholdPercent, long plannedMinutes) implements java.io.Serializable {

    public static final int DEFAULT_THRESHOLD_PERCENT = 50;

    public AttendanceRule {
        requireValid(thresholdPercent);
    }

    public static AttendanceRule of(int thresholdPercent, Instant startsAt, Instant endsAt) {
        long planned = endsAt == null || !endsAt.isAfter(startsAt) ? 0 : Duration.between(startsAt, endsAt).toMinutes();
        return new AttendanceRule(thresholdPercent, planned);
    }

    public static void requireValid(int thresholdPercent) {
        if (thresholdPercent < 1 || thresholdPercent > 100) {
            throw DomainException.invalid("thresholdPercent", "The threshold is a percentage from 1 to 100")
                    .withCode("attendance.threshold");
        }
    }

    /** The fewest online minutes that count, rounded up: 50 % of 45 minutes is 23. */
    public long minutesNeeded() {
        return plannedMinutes == 0 ? 1 : (plannedMinutes * thresholdPercent + 99) / 100;
    }

    public boolean attended(long onlineMinutes, boolean checkedIn) {
        return checkedIn || onlineMinutes >= minutesNeeded();
    }
}
