package org.seminardesk.attendance;

import java.time.Duration;
import java.time.Instant;

/**
 * The time of a seminar in which online minutes count: from its start to its end, widened by a margin on
 * either side (rooms open early, seminars overrun), and never more minutes than the seminar is long. A
 * seminar without an end (held in writing) counts everything from its start, less the margin.
 */
public record AttendanceWindow(Instant startsAt, Instant endsAt, Duration margin) implements java.io.Serializable {

    public AttendanceWindow {
        if (margin.isNegative()) {
            throw new IllegalArgumentException("The margin around a seminar's time cannot be negative: " + margin);
        }
        if (endsAt != null && !endsAt.isAfter(startsAt)) {
            endsAt = null;
        }
    }

    public OnlineTime counted(OnlineTime time) {
        return time.within(startsAt.minus(margin), endsAt == null ? null : endsAt.plus(margin));
    }

    /** The minutes that count towards attendance: the counted time, capped at the seminar's length. */
    public long minutesOf(OnlineTime time) {
        long minutes = counted(time).minutes();
        return endsAt == null ? minutes : Math.min(minutes, Duration.between(startsAt, endsAt).toMinutes());
    }
}
