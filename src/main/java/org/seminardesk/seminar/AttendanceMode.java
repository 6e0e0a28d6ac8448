package org.seminardesk.seminar;

/** How one person takes part in a hybrid seminar: in the room or online. */
public enum AttendanceMode {
    VENUE, ONLINE
}
