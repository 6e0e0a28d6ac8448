package org.seminardesk.attendance;

/** A report that cannot be read: says which line and why, so staff can fix or re-export the file. */
public class AttendanceReportException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final int line;

    public AttendanceReportException(int line, String message) {
        super(line > 0 ? "Line " + line + ": " + message : message);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
