package org.seminardesk.attendance;

import java.io.IOException;
import java.io.StringReader;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the participant reports of Zoom (English or Japanese UI, with or without the meeting block) and
 * Microsoft Teams (UTF-16, tab-separated, sectioned; and the older Joined/Left event list) into intervals of
 * attendance. The format is recognised from the header, whatever its column order. See ../shared/formats.
 */
public final class AttendanceReports {

    public enum Format { ZOOM, TEAMS, TEAMS_LEGACY }

    public record Report(Format format, List<AttendanceInterval> intervals) implements java.io.Serializable {
    }

    private static final List<String> NAME = List.of("name", "full name", "user name", "名前", "氏名", "表示名", "ユーザー名");
    private static final List<String> EMAIL = List.of("user email", "email", "e-mail", "ユーザーメール", "メール", "メールアドレス");
    private static final List<String> JOIN = List.of("join time", "first join", "参加時刻", "最初の参加", "参加時間");
    private static final List<String> LEAVE = List.of("leave time", "last leave", "退出時刻", "最後の退出", "退出時間");

    private static final List<DateTimeFormatter> TIMES = List.of(
            time("M/d/yyyy h:mm:ss a"), time("M/d/yy, h:mm:ss a"), time("M/d/yyyy, h:mm:ss a"), time("M/d/yy h:mm:ss a"),
            time("yyyy/M/d H:mm:ss"), time("yyyy/M/d H:mm"), time("yyyy-M-d H:mm:ss"), time("M/d/yyyy H:mm:ss"),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME);

    private static final Pattern SEPARATORS_ONLY = Pattern.compile("[,\\t]*");
    private static final Pattern NUMBERED_SECTION = Pattern.compile("\\d+\\.\\s.*");
    private static final CSVFormat COMMAS = CSVFormat.DEFAULT.builder().setTrim(true).get();
    private static final CSVFormat TABS = CSVFormat.TDF.builder().setTrim(true).get();

    private AttendanceReports() {
    }

    private static DateTimeFormatter time(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.US);
    }

    public static Report read(byte[] content) {
        List<String> lines = ReportText.lines(content);
        if (lines.stream().allMatch(String::isBlank)) {
            throw new AttendanceReportException(1, AttendanceReportException.Problem.EMPTY, "The file is empty");
        }
        int legacy = findHeader(lines, header -> header.containsAll(List.of("full name", "user action", "timestamp")));
        if (legacy >= 0) {
            return new Report(Format.TEAMS_LEGACY, legacy(lines, legacy));
        }
        // Teams lists intervals under "In-Meeting Activities" after a "Participants" summary: prefer intervals.
        int header = findLastHeader(lines, cells -> column(cells, NAME) >= 0 && column(cells, JOIN) >= 0 && column(cells, LEAVE) >= 0);
        if (header < 0) {
            throw new AttendanceReportException(0, AttendanceReportException.Problem.NOT_A_REPORT, "No participant list found: expected a Zoom or Teams attendance report "
                    + "with name, join time and leave time columns");
        }
        boolean teams = lines.get(header).contains("\t") || lines.stream().anyMatch(l -> l.startsWith("1. ") || l.startsWith("2. "));
        return new Report(teams ? Format.TEAMS : Format.ZOOM, intervals(lines, header));
    }

    private interface HeaderTest {
        boolean matches(List<String> cells);
    }

    /** A cheap look before parsing a line as CSV: a header names a join column, or is the legacy list's. */
    private static boolean mayBeHeader(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        return lower.contains("user action") || JOIN.stream().anyMatch(lower::contains);
    }

    private static int findHeader(List<String> lines, HeaderTest test) {
        for (int i = 0; i < lines.size(); i++) {
            if (mayBeHeader(lines.get(i)) && test.matches(headerCells(lines.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    private static int findLastHeader(List<String> lines, HeaderTest test) {
        int found = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (mayBeHeader(lines.get(i)) && test.matches(headerCells(lines.get(i)))) {
                found = i;
            }
        }
        return found;
    }

    private static List<String> headerCells(String line) {
        return cells(line, 0).stream().map(AttendanceReports::headerName).toList();
    }

    /** "名前 (元の名前)" → "名前", "Name (Original Name)" → "name", "所要時間（分）" → "所要時間". */
    private static String headerName(String cell) {
        return Normalizer.normalize(cell, Normalizer.Form.NFKC).replaceAll("\\(.*\\)", "").strip().toLowerCase(Locale.ROOT);
    }

    private static int column(List<String> cells, List<String> names) {
        for (int i = 0; i < cells.size(); i++) {
            if (names.contains(cells.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> cells(String line, int lineNumber) {
        CSVFormat format = line.indexOf('\t') >= 0 ? TABS : COMMAS;
        try {
            List<CSVRecord> records = format.parse(new StringReader(line)).getRecords();
            return records.isEmpty() ? List.of() : records.get(0).toList();
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new AttendanceReportException(lineNumber, AttendanceReportException.Problem.CSV, "Cannot read this line as CSV: " + e.getMessage());
        }
    }

    private static List<AttendanceInterval> intervals(List<String> lines, int header) {
        List<String> columns = headerCells(lines.get(header));
        int name = column(columns, NAME);
        int email = column(columns, EMAIL);
        int join = column(columns, JOIN);
        int leave = column(columns, LEAVE);
        List<AttendanceInterval> intervals = new ArrayList<>();
        TimeReader times = new TimeReader();
        eachRecord(lines, header, blockEnd(lines, header + 1), (cells, line) -> {
            if (cells.size() <= Math.max(name, Math.max(join, leave))) {
                throw new AttendanceReportException(line, AttendanceReportException.Problem.COLUMNS, "Expected " + columns.size() + " columns, found " + cells.size(), columns.size(), cells.size());
            }
            if (absent(cells.get(join)) && absent(cells.get(leave))) {
                return; // a webinar registrant who did not attend: "No,…,--,--"
            }
            LocalDateTime joined = times.read(cells.get(join), line);
            LocalDateTime left = times.read(cells.get(leave), line);
            if (left.isBefore(joined)) {
                throw new AttendanceReportException(line, AttendanceReportException.Problem.LEAVE_BEFORE_JOIN, "The leave time is before the join time");
            }
            intervals.add(new AttendanceInterval(cells.get(name), email >= 0 && email < cells.size() ? blankToNull(cells.get(email)) : null,
                    joined, left));
        });
        if (intervals.isEmpty()) {
            throw new AttendanceReportException(header + 2, AttendanceReportException.Problem.NO_PARTICIPANTS, "The participant list is empty");
        }
        return intervals;
    }

    /** Where a participant block ends: a blank line, a line of separators only, or the next numbered section. */
    private static int blockEnd(List<String> lines, int first) {
        for (int i = first; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || SEPARATORS_ONLY.matcher(line).matches() || NUMBERED_SECTION.matcher(line).matches()) {
                return i;
            }
        }
        return lines.size();
    }

    private interface RecordHandler {
        void take(List<String> cells, int lineNumber);
    }

    /**
     * Hands each line after the header, up to end, to the handler as cells with its line number. One parser reads
     * the whole block: a parser per line would allocate its buffers 100 000 times for a webinar's report.
     */
    private static void eachRecord(List<String> lines, int header, int end, RecordHandler handler) {
        CSVFormat format = lines.get(header).indexOf('\t') >= 0 ? TABS : COMMAS;
        int lineNumber = header + 1;
        try (CSVParser parser = format.parse(new StringReader(String.join("\n", lines.subList(header + 1, end))))) {
            for (CSVRecord record : parser) {
                lineNumber = header + 1 + (int) record.getRecordNumber();
                handler.take(record.toList(), lineNumber);
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new AttendanceReportException(lineNumber + 1, AttendanceReportException.Problem.CSV, "Cannot read this line as CSV: " + e.getMessage());
        }
    }

    private static List<AttendanceInterval> legacy(List<String> lines, int header) {
        List<AttendanceInterval> intervals = new ArrayList<>();
        Map<String, LocalDateTime> inside = new HashMap<>();
        LocalDateTime last = null;
        for (int i = header + 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> cells = cells(lines.get(i), i + 1);
            if (cells.size() < 3) {
                throw new AttendanceReportException(i + 1, AttendanceReportException.Problem.LEGACY_LINE, "Expected name, action and time");
            }
            LocalDateTime at = parseTime(cells.get(2), i + 1);
            last = last == null || at.isAfter(last) ? at : last;
            String action = cells.get(1).toLowerCase(Locale.ROOT);
            if (action.startsWith("join") || action.contains("参加")) {
                inside.putIfAbsent(cells.get(0), at);
            } else if (action.startsWith("left") || action.startsWith("leave") || action.contains("退出")) {
                LocalDateTime joined = inside.remove(cells.get(0));
                if (joined != null) {
                    intervals.add(new AttendanceInterval(cells.get(0), null, joined, at));
                }
            } else {
                throw new AttendanceReportException(i + 1, AttendanceReportException.Problem.ACTION, "Unknown action \"" + cells.get(1) + "\" (expected Joined or Left)", cells.get(1));
            }
        }
        for (Map.Entry<String, LocalDateTime> stillIn : inside.entrySet()) {
            intervals.add(new AttendanceInterval(stillIn.getKey(), null, stillIn.getValue(), last));
        }
        if (intervals.isEmpty()) {
            throw new AttendanceReportException(header + 2, AttendanceReportException.Problem.NO_PARTICIPANTS, "The participant list is empty");
        }
        return intervals;
    }

    private static LocalDateTime parseTime(String value, int line) {
        return new TimeReader().read(value, line);
    }

    /** Tries the pattern that worked last first: a report writes all its times one way. */
    private static final class TimeReader {

        private DateTimeFormatter last = TIMES.get(0);

        LocalDateTime read(String value, int line) {
            String text = value.strip();
            try {
                return LocalDateTime.parse(text, last);
            } catch (DateTimeParseException tryTheOthers) {
                for (DateTimeFormatter format : TIMES) {
                    try {
                        LocalDateTime time = LocalDateTime.parse(text, format);
                        last = format;
                        return time;
                    } catch (DateTimeParseException tryNext) {
                        // the next pattern
                    }
                }
            }
            throw new AttendanceReportException(line, AttendanceReportException.Problem.TIME, "Cannot read the time \"" + text + "\"", text);
        }
    }

    private static boolean absent(String time) {
        return time.isBlank() || time.strip().equals("--");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
