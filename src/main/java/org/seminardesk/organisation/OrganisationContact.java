package org.seminardesk.organisation;

import org.seminardesk.platform.EmailAddress;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.seminardesk.platform.DomainException;

/**
 * A contact person of a member organisation, kept by organisers: the one who gets the organisation's portal
 * link and acts for it (registers staff, answers surveys). Addresses are compared without case or spaces.
 */
@Entity
@Table(name = "organisation_contact")
@NamedQuery(name = "OrganisationContact.findForOrganisation",
        query = "select c from OrganisationContact c where c.organisation.id = :organisation order by c.id")
@NamedQuery(name = "OrganisationContact.findActiveByEmail", query = """
        select c from OrganisationContact c join fetch c.organisation where c.email = :email and c.organisation.active = true
        order by c.id""")
public class OrganisationContact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    private String name;
    private String email;
    private String phone;
    private String role;
    private Instant createdAt;

    protected OrganisationContact() {
        // for JPA
    }

    OrganisationContact(Organisation organisation, ContactDetails details, Instant now) {
        this.organisation = organisation;
        this.createdAt = now;
        update(details);
    }

    final void update(ContactDetails details) {
        if (details.name() == null || details.name().isBlank()) {
            throw DomainException.invalid("name", "A contact needs a name").withCode("required");
        }
        if (details.email() == null || details.email().isBlank()) {
            throw DomainException.invalid("email", "A contact needs an address: the portal link goes there").withCode("required");
        }
        this.name = details.name().strip();
        this.email = EmailAddress.normalise(details.email());
        this.phone = blankToNull(details.phone());
        this.role = blankToNull(details.role());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long id() {
        return id;
    }

    public Organisation organisation() {
        return organisation;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String role() {
        return role;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
