package org.seminardesk.seminar;

import org.seminardesk.organisation.Organisation;

/** A line of a meeting's roster as an organiser sets it: a member organisation or a role's label, and presence. */
public record RosterLine(MeetingAttendee.Role role, Organisation organisation, String label, Boolean present) implements java.io.Serializable {
}
