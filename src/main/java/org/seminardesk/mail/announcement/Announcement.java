package org.seminardesk.mail.announcement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.seminardesk.organisation.FacilityType;
import org.seminardesk.platform.DomainException;
import org.seminardesk.seminar.Seminar;

/**
 * An organiser's message to an audience. A DRAFT may be edited, previewed and deleted; sending writes one
 * outbox row per recipient and makes it SENT, once.
 */
@Entity
@Table(name = "announcement")
@NamedQuery(name = "Announcement.findAll", query = "select a from Announcement a order by a.createdAt desc, a.id desc")
public class Announcement {

    /** Who receives it. The last three are about one seminar; attendees and no-shows as its attendance review counts them. */
    public enum Audience {
        ALL_ORGANISATIONS, FACILITY_TYPES, SEMINAR_REGISTRANTS, SEMINAR_ATTENDEES, SEMINAR_NO_SHOWS;

        public boolean aboutOneSeminar() {
            return this == SEMINAR_REGISTRANTS || this == SEMINAR_ATTENDEES || this == SEMINAR_NO_SHOWS;
        }
    }

    public enum Status { DRAFT, SENT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String subjectJa;
    private String bodyJa;
    private String subjectEn;
    private String bodyEn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Audience audience;

    @ElementCollection
    @CollectionTable(name = "announcement_facility_type", joinColumns = @JoinColumn(name = "announcement_id"))
    @Column(name = "facility_type")
    @Enumerated(EnumType.STRING)
    private Set<FacilityType> facilityTypes = EnumSet.noneOf(FacilityType.class);

    @ManyToOne
    private Seminar seminar;

    private boolean toConfirmed;
    private boolean toWaitlisted;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Status status;

    private String createdBy;
    private Instant createdAt;
    private Instant sentAt;
    private Integer recipientCount;

    protected Announcement() {
        // for JPA
    }

    public Announcement(AnnouncementDetails details, Seminar seminar, String createdBy, Instant now) {
        this.status = Status.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = now;
        edit(details, seminar);
    }

    /** Replaces message and audience; only while it is a draft. */
    public final void edit(AnnouncementDetails details, Seminar seminar) {
        requireDraft();
        requireText("subjectJa", details.subjectJa());
        requireText("bodyJa", details.bodyJa());
        boolean hasSubjectEn = !blank(details.subjectEn());
        if (hasSubjectEn != !blank(details.bodyEn())) {
            throw DomainException.invalid(hasSubjectEn ? "bodyEn" : "subjectEn", "Give the English subject and body together, or neither").withCode("announcement.englishTogether");
        }
        if (details.audience() == null) {
            throw DomainException.invalid("audience", "Choose who receives the announcement");
        }
        Set<FacilityType> types = details.facilityTypes() == null || details.facilityTypes().isEmpty()
                ? EnumSet.noneOf(FacilityType.class) : EnumSet.copyOf(details.facilityTypes());
        if (details.audience() == Audience.FACILITY_TYPES && types.isEmpty()) {
            throw DomainException.invalid("facilityTypes", "Choose at least one facility type").withCode("announcement.facilityTypes");
        }
        if (details.audience().aboutOneSeminar() && seminar == null) {
            throw DomainException.invalid("seminarId", "Choose the seminar whose registrants receive it").withCode("announcement.seminar");
        }
        if (details.audience() == Audience.SEMINAR_REGISTRANTS) {
            if (!details.toConfirmed() && !details.toWaitlisted()) {
                throw DomainException.invalid("registrantStatuses", "Choose confirmed, waitlisted, or both").withCode("announcement.statuses");
            }
        }
        this.subjectJa = details.subjectJa().strip();
        this.bodyJa = details.bodyJa().strip();
        this.subjectEn = hasSubjectEn ? details.subjectEn().strip() : null;
        this.bodyEn = hasSubjectEn ? details.bodyEn().strip() : null;
        this.audience = details.audience();
        this.facilityTypes.clear();
        if (audience == Audience.FACILITY_TYPES) {
            this.facilityTypes.addAll(types);
        }
        boolean registrants = audience == Audience.SEMINAR_REGISTRANTS;
        this.seminar = audience.aboutOneSeminar() ? seminar : null;
        this.toConfirmed = registrants && details.toConfirmed();
        this.toWaitlisted = registrants && details.toWaitlisted();
    }

    /** Records that its mail is in the outbox; an announcement is sent once, and only to somebody. */
    public void sent(int recipients, Instant now) {
        requireDraft();
        if (recipients == 0) {
            throw DomainException.conflict("Nobody in this audience has a mail address: nothing was sent").withCode("announcement.nobody");
        }
        this.status = Status.SENT;
        this.recipientCount = recipients;
        this.sentAt = now;
    }

    public void requireDraft() {
        if (status != Status.DRAFT) {
            throw DomainException.conflict("This announcement was sent already; write a new one").withCode("announcement.alreadySent");
        }
    }

    /** The subject and body in the recipient's language: English only where an English text was written. */
    public String subjectFor(Locale language) {
        return english(language) ? subjectEn : subjectJa;
    }

    public String bodyFor(Locale language) {
        return english(language) ? bodyEn : bodyJa;
    }

    /** The template language for a recipient: English only if they prefer it and there is an English text. */
    public Locale languageFor(Locale preferred) {
        return english(preferred) ? Locale.ENGLISH : Locale.JAPANESE;
    }

    private boolean english(Locale language) {
        return subjectEn != null && "en".equals(language.getLanguage());
    }

    private static void requireText(String field, String value) {
        if (blank(value)) {
            throw DomainException.invalid(field, "This text is required").withCode("required");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public Long id() {
        return id;
    }

    public String subjectJa() {
        return subjectJa;
    }

    public String bodyJa() {
        return bodyJa;
    }

    public String subjectEn() {
        return subjectEn;
    }

    public String bodyEn() {
        return bodyEn;
    }

    public Audience audience() {
        return audience;
    }

    public Set<FacilityType> facilityTypes() {
        return Set.copyOf(facilityTypes);
    }

    public Seminar seminar() {
        return seminar;
    }

    public boolean toConfirmed() {
        return toConfirmed;
    }

    public boolean toWaitlisted() {
        return toWaitlisted;
    }

    public Status status() {
        return status;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Integer recipientCount() {
        return recipientCount;
    }
}
