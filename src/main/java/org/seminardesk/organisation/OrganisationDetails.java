package org.seminardesk.organisation;

/**
 * What an organiser may set on an organisation; preferredLanguage is "ja" or "en" (null means Japanese). email
 * is the office address announcements go to; contact persons are OrganisationContact.
 */
public record OrganisationDetails(String name, FacilityType facilityType, String contactPerson, String email,
                                  String phone, String preferredLanguage, String postalAddress) implements java.io.Serializable {

    public OrganisationDetails(String name, FacilityType facilityType, String contactPerson, String email, String phone) {
        this(name, facilityType, contactPerson, email, phone, null, null);
    }
}
