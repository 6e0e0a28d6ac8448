package org.seminardesk.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.seminardesk.platform.DomainException;

/** A member facility (welfare facility, employment-support office…) that registers its staff for seminars. */
@Entity
@Table(name = "organisation")
@NamedQuery(name = "Organisation.findAll", query = "select o from Organisation o order by o.id")
@NamedQuery(name = "Organisation.findActive",
        query = "select o from Organisation o where o.active = true and o.member = true order by o.id")
@NamedQuery(name = "Organisation.findByName", query = "select o from Organisation o where o.name = :name")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private FacilityType facilityType;

    private String contactPerson;
    private String email;
    private String phone;
    private String preferredLanguage;
    private String postalAddress;
    /** A deactivated organisation keeps its history but is no longer offered, announced to or let in. */
    private boolean active = true;
    private java.time.Instant deactivatedAt;
    /** False for a public registrant's own organisation: not offered, announced to or surveyed as a member. */
    private boolean member = true;

    protected Organisation() {
        // for JPA
    }

    public Organisation(OrganisationDetails details) {
        update(details);
    }

    public final void update(OrganisationDetails details) {
        if (details.name() == null || details.name().isBlank()) {
            throw DomainException.invalid("name", "An organisation needs a name").withCode("required");
        }
        this.name = details.name().strip();
        this.facilityType = Objects.requireNonNullElse(details.facilityType(), FacilityType.OTHER);
        this.contactPerson = details.contactPerson();
        this.email = details.email();
        this.phone = details.phone();
        String language = details.preferredLanguage() == null ? "ja" : details.preferredLanguage();
        if (!language.equals("ja") && !language.equals("en")) {
            throw DomainException.invalid("preferredLanguage", "The language is ja or en");
        }
        this.preferredLanguage = language;
        this.postalAddress = details.postalAddress() == null || details.postalAddress().isBlank() ? null : details.postalAddress().strip();
    }

    public void deactivate(java.time.Instant now) {
        if (active) {
            active = false;
            deactivatedAt = now;
        }
    }

    public void reactivate() {
        active = true;
        deactivatedAt = null;
    }

    public boolean active() {
        return active;
    }

    public boolean member() {
        return member;
    }

    /** A public registrant's organisation, kept for their registrations: not a member of the subcommittee. */
    public static Organisation nonMember(String name, FacilityType type, String language) {
        Organisation organisation = new Organisation(new OrganisationDetails(name, type, null, null, null, language, null));
        organisation.member = false;
        return organisation;
    }

    public String postalAddress() {
        return postalAddress;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public FacilityType facilityType() {
        return facilityType;
    }

    public String contactPerson() {
        return contactPerson;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    /** The language the organisation's mail is written in. */
    public java.util.Locale language() {
        return java.util.Locale.forLanguageTag(preferredLanguage);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Organisation that && Objects.equals(name, that.name);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(name);
    }
}
