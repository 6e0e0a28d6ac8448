package org.seminardesk.attendance;

import java.time.Instant;
import org.seminardesk.organisation.FacilityType;

/** A confirmed participant of a seminar with what is known of their attendance. */
public record AttendanceRow(long participantId, String name, String email, long organisationId, String organisation,
                            FacilityType facilityType, long onlineMinutes, Instant checkedInAt, boolean attended) implements java.io.Serializable {

    public boolean checkedIn() {
        return checkedInAt != null;
    }
}
