package org.seminardesk.attendance;

import org.seminardesk.platform.DomainException;

/**
 * A report that cannot be read: says which line and why, so staff can fix or re-export the file. The API
 * answers 422 naming the field "file"; pages show error.attendance.file with the line.
 */
public class AttendanceReportException extends DomainException {

    private static final long serialVersionUID = 1L;
    private final int line;

    public AttendanceReportException(int line, String message) {
        super(Kind.INVALID, "file", line > 0 ? "Line " + line + ": " + message : message);
        this.line = line;
        withCode(line > 0 ? "attendance.fileLine" : "attendance.file", line, message);
    }

    public int line() {
        return line;
    }
}
