package org.seminardesk.attendance;

import java.time.Duration;
import java.time.LocalDateTime;

/** One stretch of time a person was in an online meeting, as a report lists it (times in the meeting's zone). */
public record AttendanceInterval(String name, String email, LocalDateTime joined, LocalDateTime left) implements java.io.Serializable {

    public Duration length() {
        return left.isAfter(joined) ? Duration.between(joined, left) : Duration.ZERO;
    }
}
