package org.seminardesk.organisation;

/** A member organisation with its contact details: for organisers and staff only. */
public record OrganisationView(Long id, String name, FacilityType facilityType, String contactPerson, String email,
                               String phone, String preferredLanguage, String postalAddress, boolean active) implements java.io.Serializable {

    public static OrganisationView of(Organisation o) {
        return new OrganisationView(o.id(), o.name(), o.facilityType(), o.contactPerson(), o.email(), o.phone(),
                o.language().getLanguage(), o.postalAddress(), o.active());
    }
}
