package org.seminardesk.organisation;

/** What an organiser may set on an organisation; preferredLanguage is "ja" or "en" (null means Japanese). */
public record OrganisationDetails(String name, FacilityType facilityType, String contactPerson, String email,
                                  String phone, String preferredLanguage) {

    public OrganisationDetails(String name, FacilityType facilityType, String contactPerson, String email, String phone) {
        this(name, facilityType, contactPerson, email, phone, null);
    }
}
