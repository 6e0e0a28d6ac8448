package org.seminardesk.attendance;

import org.seminardesk.platform.DomainException;

/**
 * A report that cannot be read: says which line and why, so staff can fix or re-export the file. The API
 * answers 422 naming the field "file" with an English message; pages show error.attendance.report.{PROBLEM}
 * in the reader's language, with the line and what was found there.
 */
public class AttendanceReportException extends DomainException {

    private static final long serialVersionUID = 1L;

    /** Why a report cannot be read. */
    public enum Problem { EMPTY, NOT_TEXT, NOT_A_REPORT, CSV, COLUMNS, LEAVE_BEFORE_JOIN, NO_PARTICIPANTS, LEGACY_LINE, ACTION, TIME }

    private final int line;

    /** details: what the text of the problem names after the line (e.g. the unreadable time). */
    public AttendanceReportException(int line, Problem problem, String message, Object... details) {
        super(Kind.INVALID, "file", line > 0 ? "Line " + line + ": " + message : message);
        this.line = line;
        Object[] args = new Object[details.length + 1];
        args[0] = line;
        System.arraycopy(details, 0, args, 1, details.length);
        withCode("attendance.report." + problem, args);
    }

    public int line() {
        return line;
    }
}
