package org.seminardesk.probono;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A professional or a company offering pro bono help, with their skills. */
@Entity
@Table(name = "probono_offer")
@NamedQuery(name = "ProBonoOffer.findAll", query = "select o from ProBonoOffer o order by o.registeredAt desc, o.id desc")
public class ProBonoOffer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String affiliation;
    private String email;
    private String skills;
    private Instant registeredAt;

    protected ProBonoOffer() {
        // for JPA
    }

    ProBonoOffer(ProBonoInputs.Offer input, Instant now) {
        this.name = input.name().strip();
        this.affiliation = input.affiliation() == null || input.affiliation().isBlank() ? null : input.affiliation().strip();
        this.email = input.email().strip();
        this.skills = input.skills().strip();
        this.registeredAt = now;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String affiliation() {
        return affiliation;
    }

    public String email() {
        return email;
    }

    public String skills() {
        return skills;
    }

    public Instant registeredAt() {
        return registeredAt;
    }
}
