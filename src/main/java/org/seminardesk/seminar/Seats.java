package org.seminardesk.seminar;

import java.util.Collection;
import java.util.Objects;

/**
 * Seats a group asks for or gives back: the total, and how many of them chose the venue or online (at a
 * hybrid seminar; people without a choice count in the total alone).
 */
public record Seats(int total, int venue, int online) implements java.io.Serializable {

    public Seats {
        if (total < 0 || venue < 0 || online < 0 || venue + online > total) {
            throw new IllegalArgumentException("seats: " + total + " total, " + venue + " venue, " + online + " online");
        }
    }

    /** The seats of people with these choices (null: no choice). */
    public static Seats of(Collection<AttendanceMode> modes) {
        int venue = (int) modes.stream().filter(m -> m == AttendanceMode.VENUE).count();
        int online = (int) modes.stream().filter(m -> m == AttendanceMode.ONLINE).count();
        return new Seats(modes.size(), venue, online);
    }

    /** One person's seat. */
    public static Seats one(AttendanceMode mode) {
        return of(java.util.Arrays.asList(mode));
    }

    public static Seats of(int total) {
        return new Seats(total, 0, 0);
    }

    public Seats plus(Seats other) {
        Objects.requireNonNull(other);
        return new Seats(total + other.total, venue + other.venue, online + other.online);
    }
}
