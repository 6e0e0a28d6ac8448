package org.seminardesk.attendance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.seminardesk.platform.JapaneseDates;

/**
 * One person of a meeting report with the minutes they were in: every join/leave row of theirs together,
 * overlapping rows (two devices, a rejoin before the old connection dropped) counted once. Reports give local
 * times without a zone: they are read as Japan's.
 *
 * @param key email in lower case, or the folded name when the report has no email (guests)
 */
public record ReportedPerson(String key, String name, String email, OnlineTime time, int rows) implements java.io.Serializable {

    public static List<ReportedPerson> of(List<AttendanceInterval> intervals) {
        Map<String, List<AttendanceInterval>> byPerson = new LinkedHashMap<>();
        for (AttendanceInterval interval : intervals) {
            byPerson.computeIfAbsent(keyOf(interval), k -> new ArrayList<>()).add(interval);
        }
        List<ReportedPerson> people = new ArrayList<>(byPerson.size());
        byPerson.forEach((key, own) -> {
            AttendanceInterval first = own.get(0);
            people.add(new ReportedPerson(key, first.name(), first.email(), OnlineTime.of(own, JapaneseDates.TOKYO), own.size()));
        });
        return people;
    }

    public static String keyOf(AttendanceInterval interval) {
        if (interval.email() != null && !interval.email().isBlank()) {
            return interval.email().strip().toLowerCase(Locale.ROOT);
        }
        return NameKeys.exact(interval.name());
    }

    /** Minutes in the meeting as the report has them, overlaps once. */
    public long minutes() {
        return time.minutes();
    }
}
