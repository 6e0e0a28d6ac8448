package org.seminardesk.seminar;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.seminardesk.platform.DomainException;

/**
 * When a seminar's reminders go out: slots in whole hours before the start, latest-due last
 * (e.g. [168, 24] = 7 days and 1 day before). An empty schedule sends no reminders.
 */
public record ReminderSchedule(List<Integer> hoursBefore) implements java.io.Serializable {

    public static final ReminderSchedule DEFAULT = new ReminderSchedule(List.of(168, 24));
    /** 90 days: further ahead a reminder is an announcement. */
    public static final int MAX_HOURS_BEFORE = 2160;
    public static final int MAX_SLOTS = 5;

    public ReminderSchedule {
        hoursBefore = List.copyOf(hoursBefore);
    }

    /** Checks and orders an organiser's choice; duplicates collapse. */
    public static ReminderSchedule of(Collection<Integer> hours) {
        if (hours == null) {
            throw DomainException.invalid("reminderHoursBefore", "Give the reminder slots, or an empty list for none");
        }
        for (Integer h : hours) {
            if (h == null || h < 1 || h > MAX_HOURS_BEFORE) {
                throw DomainException.invalid("reminderHoursBefore",
                        "Each reminder is 1 to " + MAX_HOURS_BEFORE + " hours before the start").withCode("reminders.range", MAX_HOURS_BEFORE);
            }
        }
        List<Integer> slots = hours.stream().distinct().sorted(Comparator.reverseOrder()).toList();
        if (slots.size() > MAX_SLOTS) {
            throw DomainException.invalid("reminderHoursBefore", "At most " + MAX_SLOTS + " reminders per seminar").withCode("reminders.tooMany", MAX_SLOTS);
        }
        return new ReminderSchedule(slots);
    }

    public static Instant dueAt(int hoursBefore, Instant start) {
        return start.minus(Duration.ofHours(hoursBefore));
    }

    /** The slots whose time has come by now, for a seminar that has not started; none once it has. */
    public List<Integer> dueBy(Instant start, Instant now) {
        if (!now.isBefore(start)) {
            return List.of();
        }
        return hoursBefore.stream().filter(h -> !dueAt(h, start).isAfter(now)).toList();
    }
}
