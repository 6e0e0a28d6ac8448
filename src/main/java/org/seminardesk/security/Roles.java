package org.seminardesk.security;

import java.util.List;

/** Role names, as declared in web.xml and given to user accounts. */
public final class Roles {

    /** Manages user accounts and reads the audit log. */
    public static final String ADMIN = "ADMIN";
    /** Publishes seminars and meetings, writes announcements, sees everything about them. */
    public static final String ORGANISER = "ORGANISER";
    /** Checks attendance and reads participant lists. */
    public static final String STAFF = "STAFF";

    public static final List<String> ALL = List.of(ADMIN, ORGANISER, STAFF);

    private Roles() {
    }
}
