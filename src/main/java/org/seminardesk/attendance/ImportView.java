package org.seminardesk.attendance;

import java.time.Instant;
import java.util.Map;

/** An import as the API and pages show it, with how many of its people were matched. */
public record ImportView(long id, long seminarId, String fileName, String format, int rows, long people, long matched,
                         long unmatched, long ignored, Instant importedAt, String importedBy, boolean alreadyImported) implements java.io.Serializable {

    static ImportView of(AttendanceImport attendanceImport, Map<MatchedBy, Long> counts, boolean alreadyImported) {
        long matched = counts.getOrDefault(MatchedBy.EMAIL, 0L) + counts.getOrDefault(MatchedBy.NAME, 0L)
                + counts.getOrDefault(MatchedBy.HAND, 0L);
        long people = counts.values().stream().mapToLong(Long::longValue).sum();
        return new ImportView(attendanceImport.id(), attendanceImport.seminar().id(), attendanceImport.fileName(),
                attendanceImport.format().name(), attendanceImport.rowCount(), people, matched,
                counts.getOrDefault(MatchedBy.NONE, 0L), counts.getOrDefault(MatchedBy.IGNORED, 0L),
                attendanceImport.importedAt(), attendanceImport.importedBy(), alreadyImported);
    }
}
