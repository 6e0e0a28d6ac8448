package org.seminardesk.material;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.seminardesk.platform.DomainException;

/**
 * A handout (a file, its content in {@link MaterialFile}) or a recording link of a seminar, and who may see it
 * when. The rule is {@link #visibleTo}: plain Java, no server needed.
 */
@Entity
@Table(name = "seminar_material")
@NamedQuery(name = "Material.forSeminar", query = "select m from Material m where m.seminarId = :seminar order by m.addedAt, m.id")
public class Material {

    public enum Kind { FILE, RECORDING }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long seminarId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Kind kind;

    private String title;
    private String fileName;
    private String contentType;
    private Long sizeBytes;
    private String url;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Audience audience;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Timing timing;

    private Instant availableFrom;
    private Instant availableUntil;
    private Instant addedAt;
    private String addedBy;
    private Instant announcedAt;

    protected Material() {
        // for JPA
    }

    private Material(long seminarId, Kind kind, String title, Audience audience, Timing timing, Instant now, String by) {
        if (title == null || title.isBlank() || title.strip().length() > 200) {
            throw DomainException.invalid("title", "A title of 1 to 200 characters").withCode("material.title");
        }
        if (audience == null || timing == null) {
            throw DomainException.invalid(audience == null ? "audience" : "timing", "Choose who sees it and when");
        }
        this.seminarId = seminarId;
        this.kind = kind;
        this.title = title.strip();
        this.audience = audience;
        this.timing = timing;
        this.addedAt = now;
        this.addedBy = by;
    }

    static Material file(long seminarId, String title, MaterialFiles.Checked file, Audience audience, Timing timing,
                         Instant now, String by) {
        Material material = new Material(seminarId, Kind.FILE, title, audience, timing, now, by);
        material.fileName = file.fileName();
        material.contentType = file.contentType();
        material.sizeBytes = (long) file.content().length;
        return material;
    }

    /** A recording link, shown between from and until (either may be open). */
    static Material recording(long seminarId, String title, String url, Audience audience, Timing timing,
                              Instant from, Instant until, Instant now, String by) {
        if (url == null || !url.strip().matches("(?i)https?://[^\\s]+") || url.strip().length() > 500) {
            throw DomainException.invalid("url", "The recording's address must be an http(s) address").withCode("material.url");
        }
        if (from != null && until != null && !until.isAfter(from)) {
            throw DomainException.invalid("availableUntil", "The end of the window must be after its start").withCode("material.window");
        }
        Material material = new Material(seminarId, Kind.RECORDING, title, audience, timing, now, by);
        material.url = url.strip();
        material.availableFrom = from;
        material.availableUntil = until;
        return material;
    }

    /**
     * Whether this viewer may see it now, for a seminar from start to end: the audience, the timing (before the
     * start, after the end) and, for a recording, its window. No-shows are only known once the seminar is over.
     */
    public boolean visibleTo(Viewer viewer, Instant now, Instant start, Instant end) {
        boolean over = !now.isBefore(end);
        boolean audienceFits = switch (audience) {
            case EVERYONE -> true;
            case REGISTRANTS -> viewer.registered();
            case CONFIRMED -> viewer.confirmed();
            case ATTENDEES -> viewer.confirmed() && viewer.attended();
            case NO_SHOWS -> viewer.confirmed() && !viewer.attended() && over;
        };
        boolean timingFits = switch (timing) {
            case ANY_TIME -> true;
            case BEFORE -> now.isBefore(start);
            case AFTER -> over;
        };
        boolean inWindow = (availableFrom == null || !now.isBefore(availableFrom))
                && (availableUntil == null || now.isBefore(availableUntil));
        return audienceFits && timingFits && inWindow;
    }

    /** Records the announcement; false when it had been announced already (a repeated click). */
    boolean markAnnounced(Instant now) {
        if (announcedAt != null) {
            return false;
        }
        announcedAt = now;
        return true;
    }

    public Long id() { return id; }
    public long seminarId() { return seminarId; }
    public Kind kind() { return kind; }
    public String title() { return title; }
    public String fileName() { return fileName; }
    public String contentType() { return contentType; }
    public Long sizeBytes() { return sizeBytes; }
    public String url() { return url; }
    public Audience audience() { return audience; }
    public Timing timing() { return timing; }
    public Instant availableFrom() { return availableFrom; }
    public Instant availableUntil() { return availableUntil; }
    public Instant addedAt() { return addedAt; }
    public Instant announcedAt() { return announcedAt; }
}
