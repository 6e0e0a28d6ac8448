package org.seminardesk.seminar;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.JoinTable;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.seminardesk.organisation.Organisation;
import org.seminardesk.platform.DomainException;
import org.seminardesk.platform.JapaneseDates;
import org.seminardesk.speaker.Speaker;

/**
 * A seminar, meeting or pro bono session. It guards its own schedule, capacity and status; seats are counted
 * in participants and only confirmed participants take seats.
 */
@Entity
@Table(name = "seminar")
@NamedQuery(name = "Seminar.findAll", query = "select s from Seminar s order by s.startsAt, s.id")
@NamedQuery(name = "Seminar.findInStatuses",
        query = "select s from Seminar s where s.status in :statuses order by s.startsAt, s.id")
@NamedQuery(name = "Seminar.findStartingBetween", query = """
        select s from Seminar s where s.status = :status and s.startsAt > :from and s.startsAt <= :to order by s.startsAt""")
@NamedQuery(name = "Seminar.findByTitle", query = "select s from Seminar s where s.titleJa = :title")
// requireOpenForRegistration and fits in one conditional UPDATE (SeatCounter): keep the three in step. Native SQL:
// Hibernate translates a JPQL UPDATE anew at every execution (it caches no plan for UPDATE and DELETE), which
// was a fifth of Hibernate's CPU in a registration.
@NamedNativeQuery(name = "Seminar.takeSeatsIfOpenAndFree", query = """
        UPDATE seminar SET seats_taken = seats_taken + :total, venue_seats_taken = venue_seats_taken + :venue,
            online_seats_taken = online_seats_taken + :online, version = version + 1
        WHERE id = :id AND status = 'PUBLISHED' AND COALESCE(registration_deadline, starts_at) > :now
            AND seats_taken + :total <= capacity
            AND (venue_capacity IS NULL OR venue_seats_taken + :venue <= venue_capacity)
            AND (online_capacity IS NULL OR online_seats_taken + :online <= online_capacity)""")
public class Seminar {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String titleJa;
    private String titleEn;
    private String description;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private SeminarKind kind;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private SeminarFormat format;

    private Instant startsAt;
    private Instant endsAt;
    private int fiscalYear;
    private String venue;
    private String onlineLink;
    private int capacity;
    private int seatsTaken;
    /** A hybrid seminar's cap on seats at the venue and online, within the capacity; null: only the capacity limits. */
    private Integer venueCapacity;
    private Integer onlineCapacity;
    /** Seats taken by people who chose the venue or online (part of seatsTaken). */
    private int venueSeatsTaken;
    private int onlineSeatsTaken;
    private Instant registrationDeadline;

    /** Minutes before the start from which confirmed participants see the online link; null: from confirmation. */
    private Integer linkReleaseMinutes;

    /** The self check-in code (出席コード) staff show during the seminar; made when staff first ask for it. */
    private String selfCheckinCode;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private SeminarStatus status;

    @ManyToMany
    @JoinTable(name = "seminar_speaker", joinColumns = @JoinColumn(name = "seminar_id"),
            inverseJoinColumns = @JoinColumn(name = "speaker_id"))
    @OrderColumn(name = "position")
    private List<Speaker> speakers = new ArrayList<>();

    /** The venue record (address, access notes), if the seminar names one; {@link #venue} stays the room. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "venue_id")
    private Venue place;

    @ElementCollection
    @CollectionTable(name = "seminar_reminder", joinColumns = @JoinColumn(name = "seminar_id"))
    @Column(name = "hours_before")
    private Set<Integer> reminderHoursBefore = new TreeSet<>(ReminderSchedule.DEFAULT.hoursBefore());

    // Everything but REFRESH: a registration refreshes the seminar under its row lock for the seats alone, and
    // re-reading the agenda and roster there cost two queries inside the lock.
    @OneToMany(mappedBy = "seminar", cascade = {CascadeType.PERSIST, CascadeType.MERGE, CascadeType.REMOVE, CascadeType.DETACH},
            orphanRemoval = true)
    @OrderBy("position")
    private List<AgendaItem> agenda = new ArrayList<>();

    @OneToMany(mappedBy = "seminar", cascade = {CascadeType.PERSIST, CascadeType.MERGE, CascadeType.REMOVE, CascadeType.DETACH},
            orphanRemoval = true)
    @OrderBy("position")
    private List<MeetingAttendee> roster = new ArrayList<>();

    protected Seminar() {
        // for JPA
    }

    public Seminar(SeminarDetails details) {
        this.status = SeminarStatus.DRAFT;
        update(details);
    }

    /** Replaces what an organiser may edit, after checking that the whole hangs together. */
    public final void update(SeminarDetails details) {
        requireText("titleJa", details.titleJa(), "A seminar needs a Japanese title");
        requirePresent("kind", details.kind());
        requirePresent("format", details.format());
        requirePresent("startsAt", details.startsAt());
        if (details.endsAt() == null && details.format() != SeminarFormat.WRITTEN) {
            throw DomainException.invalid("endsAt", "Only a meeting held in writing may leave out the end time").withCode("seminar.endRequired");
        }
        if (details.endsAt() != null && !details.endsAt().isAfter(details.startsAt())) {
            throw DomainException.invalid("endsAt", "The end must be after the start").withCode("seminar.endAfterStart");
        }
        if (details.registrationDeadline() != null && details.registrationDeadline().isAfter(details.startsAt())) {
            throw DomainException.invalid("registrationDeadline", "The registration deadline must not be after the start").withCode("seminar.deadlineAfterStart");
        }
        if (details.capacity() < 0) {
            throw DomainException.invalid("capacity", "Capacity cannot be negative").withCode("seminar.capacityNegative");
        }
        if (details.capacity() < seatsTaken) {
            throw DomainException.conflict("Capacity cannot go below the " + seatsTaken + " participants already confirmed").withCode("seminar.capacityBelowConfirmed", seatsTaken);
        }
        requireModeCapacity("venueCapacity", details.format(), details.venueCapacity(), venueSeatsTaken);
        requireModeCapacity("onlineCapacity", details.format(), details.onlineCapacity(), onlineSeatsTaken);
        requireWebLink(details.onlineLink());
        this.titleJa = details.titleJa().strip();
        this.titleEn = blankToNull(details.titleEn());
        this.description = details.description();
        this.kind = details.kind();
        this.format = details.format();
        this.startsAt = details.startsAt();
        this.endsAt = details.endsAt();
        this.fiscalYear = JapaneseDates.fiscalYearOf(startsAtInTokyo().toLocalDate());
        this.venue = blankToNull(details.venue());
        this.onlineLink = blankToNull(details.onlineLink());
        this.capacity = details.capacity();
        this.venueCapacity = details.format() == SeminarFormat.HYBRID ? details.venueCapacity() : null;
        this.onlineCapacity = details.format() == SeminarFormat.HYBRID ? details.onlineCapacity() : null;
        this.registrationDeadline = details.registrationDeadline();
        if (status == SeminarStatus.PUBLISHED) {
            requireReadyToPublish();
        }
    }

    public void changeStatus(SeminarStatus next) {
        requirePresent("status", next);
        if (!status.canBecome(next)) {
            throw DomainException.conflict("A " + status + " seminar cannot become " + next).withCode("seminar.statusChange");
        }
        if (next == SeminarStatus.PUBLISHED) {
            requireReadyToPublish();
        }
        this.status = next;
    }

    /**
     * Takes seats for a registration if they all fit (in total and, at a hybrid seminar, per mode), and says
     * whether they did; if they do not, the registration waits whole on the waitlist. Fails when registration
     * is not open.
     */
    public boolean reserve(Seats seats, Instant now) {
        if (seats.total() < 1) {
            throw DomainException.invalid("participants", "A registration needs at least one participant");
        }
        requireOpenForRegistration(now);
        return take(seats);
    }

    /** Registration is open while the seminar is published and its deadline (or start) has not passed. */
    public void requireOpenForRegistration(Instant now) {
        if (status != SeminarStatus.PUBLISHED) {
            throw DomainException.conflict("This seminar is not open for registration (it is " + status + ")").withCode("seminar.notOpen");
        }
        if (!now.isBefore(registrationCloses())) {
            throw DomainException.conflict("Registration for this seminar closed at " + registrationCloses()).withCode("seminar.registrationClosed");
        }
    }

    /**
     * Takes a seat for someone who comes to the door without having registered (当日参加): after the deadline
     * too, until the seminar ends, but never beyond the capacity. Says whether they fit.
     */
    public boolean admitAtTheDoor(Seats seats, Instant now) {
        if (status != SeminarStatus.PUBLISHED || !now.isBefore(over())) {
            throw DomainException.conflict("People can be registered at the door only until the seminar ends").withCode("walkIn.closed");
        }
        return take(seats);
    }

    /** Gives back the seats of confirmed participants who cancelled. */
    public void release(Seats seats) {
        seatsTaken = Math.max(0, seatsTaken - seats.total());
        venueSeatsTaken = Math.max(0, venueSeatsTaken - seats.venue());
        onlineSeatsTaken = Math.max(0, onlineSeatsTaken - seats.online());
    }

    /**
     * Takes seats for a waitlisted registration being promoted, if it fits whole. Promotion goes on after the
     * registration deadline (a freed seat is still worth giving) but not once the seminar has started.
     */
    public boolean admitFromWaitlist(Seats seats, Instant now) {
        return status == SeminarStatus.PUBLISHED && now.isBefore(startsAt) && take(seats);
    }

    /** Whether the seats fit in the total and in each capped mode (nothing is taken). */
    public boolean fits(Seats seats) {
        return seats.total() <= seatsLeft()
                && (venueCapacity == null || seats.venue() <= venueCapacity - venueSeatsTaken)
                && (onlineCapacity == null || seats.online() <= onlineCapacity - onlineSeatsTaken);
    }

    /** Moves confirmed people's seats (e.g. from the venue to online) if the new ones fit; else nothing changes. */
    public boolean move(Seats from, Seats to) {
        release(from);
        if (take(to)) {
            return true;
        }
        take(from);
        return false;
    }

    /** The database took these seats (SeatCounter's conditional UPDATE): this copy shows them taken too. */
    void seatsTakenInTheDatabase(Seats seats) {
        seatsTaken += seats.total();
        venueSeatsTaken += seats.venue();
        onlineSeatsTaken += seats.online();
        version++;
    }

    private boolean take(Seats seats) {
        if (!fits(seats)) {
            return false;
        }
        seatsTaken += seats.total();
        venueSeatsTaken += seats.venue();
        onlineSeatsTaken += seats.online();
        return true;
    }

    /** A mode's cap: only at a hybrid seminar, not negative, not below the seats it has given. */
    private static void requireModeCapacity(String field, SeminarFormat format, Integer cap, int taken) {
        if (cap == null || format != SeminarFormat.HYBRID) {
            return;
        }
        if (cap < 0) {
            throw DomainException.invalid(field, "Capacity cannot be negative").withCode("seminar.capacityNegative");
        }
        if (cap < taken) {
            throw DomainException.conflict("Capacity cannot go below the " + taken + " participants already confirmed")
                    .withCode("seminar.capacityBelowConfirmed", taken);
        }
    }

    /** How a participant with this choice takes part: at the venue unless they chose online (null: as the format says). */
    public boolean atVenueFor(AttendanceMode chosen) {
        return format.hasVenue() && (format != SeminarFormat.HYBRID || chosen != AttendanceMode.ONLINE);
    }

    /** Online unless they chose the venue. */
    public boolean onlineFor(AttendanceMode chosen) {
        return format.hasOnlineLink() && (format != SeminarFormat.HYBRID || chosen != AttendanceMode.VENUE);
    }

    /** Whether people must choose how they take part: at a hybrid seminar. */
    public boolean asksForMode() {
        return format == SeminarFormat.HYBRID;
    }

    public void replaceSpeakers(List<Speaker> newSpeakers) {
        speakers.clear();
        speakers.addAll(newSpeakers);
    }

    /** Names the venue record (a published in-person seminar needs a venue, as text or record). */
    public void holdAt(Venue newPlace) {
        this.place = newPlace;
        if (status == SeminarStatus.PUBLISHED) {
            requireReadyToPublish();
        }
    }

    /** The longest an organiser may hold the online link back: a week before the start. */
    public static final int MAX_LINK_RELEASE_MINUTES = 7 * 24 * 60;

    /**
     * Holds the online link back until {@code minutesBefore} the start (0: shown from confirmation, as by
     * default), so that it is not forwarded weeks ahead; a mail brings it at that time.
     */
    public void releaseLinkMinutesBefore(int minutesBefore) {
        if (minutesBefore < 0 || minutesBefore > MAX_LINK_RELEASE_MINUTES) {
            throw DomainException.invalid("linkReleaseMinutesBefore", "The link is shown 0 to "
                    + MAX_LINK_RELEASE_MINUTES + " minutes before the start").withCode("seminar.linkRelease", MAX_LINK_RELEASE_MINUTES);
        }
        this.linkReleaseMinutes = minutesBefore == 0 ? null : minutesBefore;
    }

    /** 0 when the link is shown from confirmation. */
    public int linkReleaseMinutesBefore() {
        return linkReleaseMinutes == null ? 0 : linkReleaseMinutes;
    }

    /** When confirmed participants get to see the online link; null: as soon as they are confirmed. */
    public Instant onlineLinkReleasedAt() {
        return linkReleaseMinutes == null ? null : startsAt.minus(java.time.Duration.ofMinutes(linkReleaseMinutes));
    }

    /**
     * The online link as a participant with this choice may see it now: only when they take part online, are
     * confirmed, and not before its release.
     */
    public String onlineLinkFor(AttendanceMode chosen, boolean confirmed, Instant now) {
        Instant releasedAt = onlineLinkReleasedAt();
        return onlineFor(chosen) && confirmed && (releasedAt == null || !now.isBefore(releasedAt)) ? onlineLink : null;
    }

    /** When a confirmed participant online will see the link, while it is held back; null once visible or without link. */
    public Instant onlineLinkComesAt(AttendanceMode chosen, boolean confirmed, Instant now) {
        Instant releasedAt = onlineLinkReleasedAt();
        return onlineFor(chosen) && confirmed && onlineLink != null && releasedAt != null && now.isBefore(releasedAt)
                ? releasedAt : null;
    }

    /** The venue (room) for a participant with this choice; null for those online. */
    public String venueFor(AttendanceMode chosen) {
        return atVenueFor(chosen) ? venue : null;
    }

    /** How long before the start and after the end a self check-in code is taken. */
    public static final java.time.Duration SELF_CHECKIN_MARGIN = java.time.Duration.ofMinutes(30);

    /** The code staff show at the venue or in the online meeting: six digits, the same for everyone. */
    public String selfCheckinCode() {
        if (selfCheckinCode == null) {
            selfCheckinCode = String.format("%06d", new java.security.SecureRandom().nextInt(1_000_000));
        }
        return selfCheckinCode;
    }

    /** Self check-in is open from 30 minutes before the start until 30 minutes after the end. */
    public boolean selfCheckinOpen(Instant now) {
        return (status == SeminarStatus.PUBLISHED || status == SeminarStatus.HELD)
                && !now.isBefore(startsAt.minus(SELF_CHECKIN_MARGIN)) && now.isBefore(over().plus(SELF_CHECKIN_MARGIN));
    }

    /** Whether a code typed by a participant is this seminar's, while self check-in is open. */
    public boolean acceptsSelfCheckin(String typed, Instant now) {
        String digits = typed == null ? "" : java.text.Normalizer.normalize(typed, java.text.Normalizer.Form.NFKC).replaceAll("\\s", "");
        return selfCheckinOpen(now) && selfCheckinCode != null
                && java.security.MessageDigest.isEqual(digits.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                        selfCheckinCode.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    public Venue place() {
        return place;
    }

    /** Replaces the reminder slots; slots already handled for a registration are not sent again. */
    public void changeReminders(ReminderSchedule schedule) {
        reminderHoursBefore.clear();
        reminderHoursBefore.addAll(schedule.hoursBefore());
    }

    public ReminderSchedule reminders() {
        return ReminderSchedule.of(reminderHoursBefore);
    }

    public void addAgendaItem(String title, String summary) {
        requireText("agenda.title", title, "An agenda item needs a title");
        agenda.add(new AgendaItem(this, agenda.size() + 1, title, summary));
    }

    public void reviseAgenda(List<AgendaDraft> drafts, boolean proposalsFixed) {
        AgendaItem.revise(this, agenda, drafts, proposalsFixed);
    }

    /** The roster as the organiser now wants it, in this order, with each line's presence. */
    public void replaceRoster(List<RosterLine> lines) {
        roster.clear();
        for (RosterLine line : lines) {
            int before = roster.size();
            addToRoster(line.role(), line.organisation(), line.label());
            if (roster.size() == before) {
                throw DomainException.invalid("lines", line.organisation().name() + " is listed twice").withCode("meeting.listedTwice");
            }
            roster.get(before).markPresence(line.present());
        }
    }

    public void addToRoster(MeetingAttendee.Role role, Organisation organisation, String label) {
        if (organisation == null && (label == null || label.isBlank())) {
            throw DomainException.invalid("roster", "A roster line names an organisation or a role");
        }
        boolean listed = organisation != null
                && roster.stream().anyMatch(line -> organisation.equals(line.organisation()));
        if (!listed) {
            roster.add(new MeetingAttendee(this, roster.size() + 1, role, organisation, label));
        }
    }

    /**
     * A draft of the same seminar or meeting starting at {@code newStart}: end and deadline keep their distance
     * to the start; speakers, venue, reminders, capacity, agenda titles and roster (without presence) come
     * along. The online link does not (a new session has a new link), nor do registrations or minutes.
     * A fiscal year named in the title (令和3年度) becomes the new one.
     */
    public Seminar copyStartingAt(Instant newStart) {
        requirePresent("startsAt", newStart);
        java.time.Duration shift = java.time.Duration.between(startsAt, newStart);
        int newFiscalYear = JapaneseDates.fiscalYearOf(newStart.atZone(JapaneseDates.TOKYO).toLocalDate());
        String oldYear = fiscalYearLabel();
        String newYear = JapaneseDates.fiscalYear(newFiscalYear);
        Seminar copy = new Seminar(new SeminarDetails(titleJa.replace(oldYear, newYear), titleEn, description, kind,
                format, newStart, endsAt == null ? null : endsAt.plus(shift), venue, null, capacity,
                registrationDeadline == null ? null : registrationDeadline.plus(shift), venueCapacity, onlineCapacity));
        copy.speakers.addAll(speakers);
        copy.place = place;
        copy.changeReminders(reminders());
        copy.linkReleaseMinutes = linkReleaseMinutes;
        agenda.forEach(item -> copy.addAgendaItem(item.title(), null));
        roster.forEach(line -> copy.addToRoster(line.role(), line.organisation(), line.label()));
        return copy;
    }

    /** What participants must be told about when it changes: start, end, venue and online link. */
    public List<Object> whenAndWhere() {
        return java.util.Arrays.asList(startsAt, endsAt, venue, place == null ? null : place.id(), onlineLink);
    }

    /** When the seminar is over: its end, or its start when it has none (held in writing). */
    public Instant over() {
        return endsAt != null ? endsAt : startsAt;
    }

    public Instant registrationCloses() {
        return registrationDeadline != null ? registrationDeadline : startsAt;
    }

    public int seatsLeft() {
        return capacity - seatsTaken;
    }

    /** Seats left for this mode: the total's, or fewer where the mode is capped. */
    public int seatsLeft(AttendanceMode mode) {
        Integer cap = mode == AttendanceMode.VENUE ? venueCapacity : onlineCapacity;
        int taken = mode == AttendanceMode.VENUE ? venueSeatsTaken : onlineSeatsTaken;
        return cap == null ? seatsLeft() : Math.min(seatsLeft(), cap - taken);
    }

    public Integer venueCapacity() {
        return venueCapacity;
    }

    public Integer onlineCapacity() {
        return onlineCapacity;
    }

    public int seatsTaken(AttendanceMode mode) {
        return mode == AttendanceMode.VENUE ? venueSeatsTaken : onlineSeatsTaken;
    }

    public ZonedDateTime startsAtInTokyo() {
        return startsAt.atZone(JapaneseDates.TOKYO);
    }

    public ZonedDateTime endsAtInTokyo() {
        return endsAt == null ? null : endsAt.atZone(JapaneseDates.TOKYO);
    }

    /** 令和4年2月18日（金） 10:00–12:00; a meeting held in writing shows its date only. */
    public String dateLabel() {
        return JapaneseDates.eraDateTime(startsAtInTokyo(), endsAtInTokyo(), format != SeminarFormat.WRITTEN);
    }

    /** Fri 18 Feb 2022, 10:00–12:00 (Japan time), for English readers. */
    public String westernDateLabel() {
        return JapaneseDates.westernDateTime(startsAtInTokyo(), endsAtInTokyo(), format != SeminarFormat.WRITTEN);
    }

    /** The English title, or the Japanese one where there is none. */
    public String titleFor(java.util.Locale language) {
        return language.getLanguage().equals("en") && titleEn != null ? titleEn : titleJa;
    }

    /** 令和3年度 */
    public String fiscalYearLabel() {
        return JapaneseDates.fiscalYear(fiscalYear);
    }

    private void requireReadyToPublish() {
        if (format.hasVenue() && venue == null && place == null) {
            throw DomainException.invalid("venue", "An in-person or hybrid seminar needs a venue before it is published").withCode("seminar.venueRequired");
        }
        if (format.hasOnlineLink() && onlineLink == null) {
            throw DomainException.invalid("onlineLink", "An online or hybrid seminar needs its online link before it is published").withCode("seminar.onlineLinkRequired");
        }
    }

    private static void requireWebLink(String link) {
        if (link == null || link.isBlank()) {
            return;
        }
        try {
            URI uri = new URI(link.strip());
            if (!("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    || uri.getHost() == null) {
                throw DomainException.invalid("onlineLink", "The online link must be an http(s) address").withCode("seminar.onlineLinkScheme");
            }
        } catch (URISyntaxException e) {
            throw DomainException.invalid("onlineLink", "The online link is not a valid address").withCode("seminar.onlineLinkInvalid");
        }
    }

    private static void requireText(String field, String value, String message) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid(field, message);
        }
    }

    private static void requirePresent(String field, Object value) {
        if (value == null) {
            throw DomainException.invalid(field, field + " is required");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long id() {
        return id;
    }

    public String titleJa() {
        return titleJa;
    }

    public String titleEn() {
        return titleEn;
    }

    public String description() {
        return description;
    }

    public SeminarKind kind() {
        return kind;
    }

    public SeminarFormat format() {
        return format;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public int fiscalYear() {
        return fiscalYear;
    }

    public String venue() {
        return venue;
    }

    /** Only for confirmed registrations and organisers: never put it on a public page. */
    public String onlineLink() {
        return onlineLink;
    }

    public int capacity() {
        return capacity;
    }

    public int seatsTaken() {
        return seatsTaken;
    }

    public Instant registrationDeadline() {
        return registrationDeadline;
    }

    public SeminarStatus status() {
        return status;
    }

    public List<Speaker> speakers() {
        return Collections.unmodifiableList(speakers);
    }

    public List<AgendaItem> agenda() {
        return Collections.unmodifiableList(agenda);
    }

    public List<MeetingAttendee> roster() {
        return Collections.unmodifiableList(roster);
    }
}
