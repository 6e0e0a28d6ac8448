package org.seminardesk.attendance;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One person of a meeting report with the minutes they were in: every join/leave row of theirs together,
 * overlapping rows (two devices, a rejoin before the old connection dropped) counted once.
 *
 * @param key email in lower case, or the folded name when the report has no email (guests)
 */
public record ReportedPerson(String key, String name, String email, long minutes, int rows) {

    public static List<ReportedPerson> of(List<AttendanceInterval> intervals) {
        Map<String, List<AttendanceInterval>> byPerson = new LinkedHashMap<>();
        for (AttendanceInterval interval : intervals) {
            byPerson.computeIfAbsent(keyOf(interval), k -> new ArrayList<>()).add(interval);
        }
        List<ReportedPerson> people = new ArrayList<>(byPerson.size());
        byPerson.forEach((key, own) -> {
            AttendanceInterval first = own.get(0);
            people.add(new ReportedPerson(key, first.name(), first.email(), minutesIn(own), own.size()));
        });
        return people;
    }

    public static String keyOf(AttendanceInterval interval) {
        if (interval.email() != null && !interval.email().isBlank()) {
            return interval.email().strip().toLowerCase(Locale.ROOT);
        }
        return NameKeys.exact(interval.name());
    }

    private static long minutesIn(List<AttendanceInterval> own) {
        List<AttendanceInterval> sorted = own.stream().sorted(Comparator.comparing(AttendanceInterval::joined)).toList();
        Duration total = Duration.ZERO;
        LocalDateTime coveredUntil = null;
        for (AttendanceInterval interval : sorted) {
            LocalDateTime from = coveredUntil != null && coveredUntil.isAfter(interval.joined()) ? coveredUntil : interval.joined();
            if (interval.left().isAfter(from)) {
                total = total.plus(Duration.between(from, interval.left()));
                coveredUntil = interval.left();
            }
        }
        return total.toMinutes();
    }
}
