package org.seminardesk.attendance;

import java.util.List;
import org.seminardesk.seminar.Seminar;

/**
 * A seminar's attendance at a glance: the rule used, each participant, and the counts.
 *
 * @param minutesNeeded the rule's fewest online minutes that count as attended
 */
public record AttendanceReview(long seminarId, String title, String dateLabel, String westernDateLabel, AttendanceRule rule, long minutesNeeded,
                               List<AttendanceRow> participants, AttendanceFigures figures, int unmatchedPeople) implements java.io.Serializable {

    static AttendanceReview of(Seminar seminar, AttendanceRule rule, List<AttendanceRow> rows, int unmatched) {
        return new AttendanceReview(seminar.id(), seminar.titleJa(), seminar.dateLabel(), seminar.westernDateLabel(), rule, rule.minutesNeeded(), rows,
                AttendanceFigures.of(rows), unmatched);
    }
}
