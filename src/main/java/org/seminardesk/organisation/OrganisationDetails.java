package org.seminardesk.organisation;

/** What an organiser may set on an organisation. */
public record OrganisationDetails(String name, FacilityType facilityType, String contactPerson, String email,
                                  String phone) {
}
