package org.seminardesk.speaker;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.seminardesk.platform.DomainException;

/** A lecturer or panel member; one speaker can appear at many seminars. */
@Entity
@Table(name = "speaker")
@NamedQuery(name = "Speaker.findAll", query = "select s from Speaker s order by s.id")
@NamedQuery(name = "Speaker.findByName", query = "select s from Speaker s where s.name = :name")
public class Speaker {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String name;
    private String affiliation;
    private String title;
    private String bio;

    protected Speaker() {
        // for JPA
    }

    public Speaker(SpeakerDetails details) {
        update(details);
    }

    public final void update(SpeakerDetails details) {
        if (details.name() == null || details.name().isBlank()) {
            throw DomainException.invalid("name", "A speaker needs a name").withCode("required");
        }
        this.name = details.name().strip();
        this.affiliation = details.affiliation();
        this.title = details.title();
        this.bio = details.bio();
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

    public String title() {
        return title;
    }

    public String bio() {
        return bio;
    }
}
