package org.seminardesk.seminar;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.seminardesk.platform.DomainException;

/** A place seminars are held: its address and the access notes disabled participants need before they come. */
@Entity
@Table(name = "venue")
@NamedQuery(name = "Venue.findAll", query = "select v from Venue v order by v.name")
@NamedQuery(name = "Venue.findByName", query = "select v from Venue v where v.name = :name")
public class Venue {

    /** What an organiser sets on a venue. */
    public record Details(String name, String address, String accessNotes) implements java.io.Serializable {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String name;
    private String address;
    private String accessNotes;

    protected Venue() {
        // for JPA
    }

    public Venue(Details details) {
        update(details);
    }

    public final void update(Details details) {
        if (details.name() == null || details.name().isBlank()) {
            throw DomainException.invalid("name", "A venue needs a name").withCode("required");
        }
        this.name = details.name().strip();
        this.address = blankToNull(details.address());
        this.accessNotes = blankToNull(details.accessNotes());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String address() {
        return address;
    }

    public String accessNotes() {
        return accessNotes;
    }
}
