package org.seminardesk.attendance;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The stretches of time someone was online, as a set: overlapping or touching stretches merged, so a minute
 * counts once however many rows, devices or reports list it. Kept in epoch seconds, sorted and disjoint, and
 * stored as text ("from-to from-to") on each imported person, so that the reports of one event can be united.
 */
public final class OnlineTime {

    public static final OnlineTime NONE = new OnlineTime(new long[0]);

    /** from0, to0, from1, to1, …: sorted, disjoint, each from &lt; to. */
    private final long[] bounds;

    private OnlineTime(long[] bounds) {
        this.bounds = bounds;
    }

    /** A report's rows of one person, read in the meeting's time zone. */
    public static OnlineTime of(Collection<AttendanceInterval> intervals, ZoneId zone) {
        List<long[]> stretches = new ArrayList<>(intervals.size());
        for (AttendanceInterval interval : intervals) {
            stretches.add(new long[] {interval.joined().atZone(zone).toEpochSecond(), interval.left().atZone(zone).toEpochSecond()});
        }
        return merged(stretches);
    }

    public static OnlineTime between(Instant from, Instant to) {
        return merged(List.of(new long[] {from.getEpochSecond(), to.getEpochSecond()}));
    }

    private static OnlineTime merged(List<long[]> stretches) {
        List<long[]> sorted = stretches.stream().filter(s -> s[1] > s[0]).sorted(Comparator.comparingLong(s -> s[0])).toList();
        long[] bounds = new long[sorted.size() * 2];
        int size = 0;
        for (long[] stretch : sorted) {
            if (size > 0 && stretch[0] <= bounds[size - 1]) {
                bounds[size - 1] = Math.max(bounds[size - 1], stretch[1]);
            } else {
                bounds[size++] = stretch[0];
                bounds[size++] = stretch[1];
            }
        }
        return size == 0 ? NONE : new OnlineTime(Arrays.copyOf(bounds, size));
    }

    /** Every second in either, once. */
    public OnlineTime union(OnlineTime other) {
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        List<long[]> stretches = new ArrayList<>(stretches());
        stretches.addAll(other.stretches());
        return merged(stretches);
    }

    /** Only what lies from {@code from} up to {@code to}; no {@code to} keeps everything after {@code from}. */
    public OnlineTime within(Instant from, Instant to) {
        long lower = from.getEpochSecond();
        long upper = to == null ? Long.MAX_VALUE : to.getEpochSecond();
        List<long[]> clipped = new ArrayList<>();
        for (long[] stretch : stretches()) {
            clipped.add(new long[] {Math.max(stretch[0], lower), Math.min(stretch[1], upper)});
        }
        return merged(clipped);
    }

    public boolean isEmpty() {
        return bounds.length == 0;
    }

    public long seconds() {
        long total = 0;
        for (int i = 0; i < bounds.length; i += 2) {
            total += bounds[i + 1] - bounds[i];
        }
        return total;
    }

    /** Whole minutes: 61 min 59 s is 61. */
    public long minutes() {
        return seconds() / 60;
    }

    public Instant first() {
        return isEmpty() ? null : Instant.ofEpochSecond(bounds[0]);
    }

    public Instant last() {
        return isEmpty() ? null : Instant.ofEpochSecond(bounds[bounds.length - 1]);
    }

    private List<long[]> stretches() {
        List<long[]> stretches = new ArrayList<>(bounds.length / 2);
        for (int i = 0; i < bounds.length; i += 2) {
            stretches.add(new long[] {bounds[i], bounds[i + 1]});
        }
        return stretches;
    }

    /** "from-to from-to" in epoch seconds; "" for none. */
    public String encoded() {
        StringBuilder text = new StringBuilder(bounds.length * 11);
        for (int i = 0; i < bounds.length; i += 2) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(bounds[i]).append('-').append(bounds[i + 1]);
        }
        return text.toString();
    }

    public static OnlineTime decode(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        List<long[]> stretches = new ArrayList<>();
        for (String stretch : text.strip().split(" +")) {
            int dash = stretch.indexOf('-', 1);
            try {
                stretches.add(new long[] {Long.parseLong(stretch.substring(0, dash)), Long.parseLong(stretch.substring(dash + 1))});
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("Not a stored online time: " + stretch, e);
            }
        }
        return merged(stretches);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OnlineTime time && Arrays.equals(bounds, time.bounds);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bounds);
    }

    @Override
    public String toString() {
        return encoded();
    }
}
