package org.seminardesk.security;

/** Role names, as declared in web.xml and given to users by the security realm. */
public final class Roles {

    public static final String ORGANISER = "ORGANISER";
    public static final String STAFF = "STAFF";

    private Roles() {
    }
}
