package org.seminardesk.probono;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.seminardesk.organisation.Organisation;
import org.seminardesk.platform.DomainException;

/** A member facility's need for pro bono help (a website, accounts, a brochure…): open until matched. */
@Entity
@Table(name = "probono_need")
@NamedQuery(name = "ProBonoNeed.findAll", query = "select n from ProBonoNeed n join fetch n.organisation order by n.registeredAt desc, n.id desc")
public class ProBonoNeed {

    public enum Status { OPEN, MATCHED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    private String contactName;
    private String contactEmail;
    private String title;
    private String description;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Status status;

    private Instant registeredAt;

    protected ProBonoNeed() {
        // for JPA
    }

    ProBonoNeed(Organisation organisation, ProBonoInputs.Need input, Instant now) {
        this.organisation = organisation;
        this.contactName = input.contactName().strip();
        this.contactEmail = input.contactEmail().strip();
        this.title = input.title().strip();
        this.description = input.description() == null || input.description().isBlank() ? null : input.description().strip();
        this.status = Status.OPEN;
        this.registeredAt = now;
    }

    void matched() {
        if (status != Status.OPEN) {
            throw DomainException.conflict("This need is matched already").withCode("probono.matched");
        }
        status = Status.MATCHED;
    }

    void reopened() {
        status = Status.OPEN;
    }

    public Long id() {
        return id;
    }

    public Organisation organisation() {
        return organisation;
    }

    public String contactName() {
        return contactName;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public Status status() {
        return status;
    }

    public Instant registeredAt() {
        return registeredAt;
    }
}
