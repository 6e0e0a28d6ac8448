package org.seminardesk.attendance;

import java.time.Instant;
import org.seminardesk.organisation.FacilityType;
import org.seminardesk.seminar.AttendanceMode;

/**
 * A confirmed participant of a seminar with what is known of their attendance; mode: venue or online at a hybrid
 * seminar (null: no choice).
 */
public record AttendanceRow(long participantId, String name, String email, long organisationId, String organisation,
                            FacilityType facilityType, long onlineMinutes, Instant checkedInAt, boolean attended,
                            AttendanceMode mode) implements java.io.Serializable {

    /** Someone at a seminar without a choice of mode. */
    public AttendanceRow(long participantId, String name, String email, long organisationId, String organisation,
                         FacilityType facilityType, long onlineMinutes, Instant checkedInAt, boolean attended) {
        this(participantId, name, email, organisationId, organisation, facilityType, onlineMinutes, checkedInAt, attended, null);
    }

    /** Whether they come to the room (the door list, the sign-in sheet): everyone but those who chose online. */
    public boolean atTheDoor() {
        return mode != AttendanceMode.ONLINE;
    }

    public boolean checkedIn() {
        return checkedInAt != null;
    }
}
