package org.seminardesk.organisation;

/** A contact person as organisers and staff see them. */
public record ContactView(long id, long organisationId, String name, String email, String phone, String role) implements java.io.Serializable {

    public static ContactView of(OrganisationContact c) {
        return new ContactView(c.id(), c.organisation().id(), c.name(), c.email(), c.phone(), c.role());
    }
}
