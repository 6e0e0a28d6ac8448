package org.seminardesk.seminar.groups;

import org.seminardesk.organisation.FacilityType;

/**
 * Someone to put in a group: a participant of a seminar ("P12") or a member organisation of a meeting ("O5"),
 * with the organisation and facility type the rules look at.
 */
public record GroupMember(String key, String name, String organisation, FacilityType facilityType) implements java.io.Serializable {
}
