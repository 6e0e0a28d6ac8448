package org.seminardesk.registration;

import org.seminardesk.platform.EmailAddress;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Hibernate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.seminardesk.organisation.Organisation;
import org.seminardesk.platform.DomainException;
import org.seminardesk.seminar.AttendanceMode;
import org.seminardesk.seminar.Seats;
import org.seminardesk.seminar.Seminar;

/**
 * An organisation's registration of one or more of its staff for a seminar, managed through a private link
 * (AccessLinks). An organisation holds at most one active registration per seminar: activeOrganisationId is
 * its id until the registration is cancelled, under a unique key with the seminar.
 */
@Entity
@Table(name = "registration")
@NamedQuery(name = "Registration.participantsWithOrganisation", query = """
        select p, o from Registration r join r.participants p join r.organisation o
        where r.seminar.id = :seminar and r.status = :status order by o.name, r.id, p.position""")
@NamedQuery(name = "Registration.seminarQuestionsAndOrganisation", query = """
        select s, q, o from Seminar s left join org.seminardesk.question.SeminarQuestion q on q.seminar = s
        left join Organisation o on o.id = :organisation where s.id = :seminar order by q.position""")
@NamedQuery(name = "Registration.findSeminarId", query = "select r.seminar.id from Registration r where r.id = :id")
@NamedQuery(name = "Registration.findWaitlisted", query = """
        select r from Registration r where r.seminar = :seminar and r.status = :waitlisted
        order by r.createdAt, r.id""")
@NamedQuery(name = "Registration.findAllForSeminar", query = """
        select distinct r from Registration r join fetch r.organisation left join fetch r.participants
        where r.seminar = :seminar order by r.createdAt, r.id""")
@NamedQuery(name = "Registration.countParticipantsBySeminar", query = """
        select r.seminar.id, count(p) from Registration r join r.participants p where r.status = :status
        group by r.seminar.id""")
@NamedQuery(name = "Registration.findInStatus", query = """
        select r from Registration r where r.seminar = :seminar and r.status = :status order by r.createdAt, r.id""")
@NamedQuery(name = "Registration.findActive", query = """
        select r from Registration r where r.seminar = :seminar and r.status <> :cancelled order by r.createdAt, r.id""")
public class Registration {

    public static final int MAX_PARTICIPANTS = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "seminar_id")
    private Seminar seminar;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private RegistrationStatus status;

    private Long activeOrganisationId;
    /** Whom the group's link and the mail of participants without an address go to: the contact or registrant. */
    private String contactName;
    private String contactEmail;
    private Instant createdAt;
    /** When it last became CONFIRMED: reminders due before then are not sent (the confirmation said it all). */
    private Instant confirmedAt;
    private Instant cancelledAt;
    private String cancelReason;

    /** Its answers to the seminar's once-per-registration questions. */
    @jakarta.persistence.Convert(converter = org.seminardesk.question.Answers.class)
    private List<org.seminardesk.question.AnswerInput> answers = List.of();

    @OneToMany(mappedBy = "registration", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Participant> participants = new ArrayList<>();

    protected Registration() {
        // for JPA
    }

    /**
     * Registers the participants, taking seats if they all fit, otherwise waitlisting the registration whole.
     * The caller must hold the seminar's row lock so that seats are counted one registration at a time.
     */
    public Registration(Seminar seminar, Organisation organisation, List<ParticipantDetails> people, Instant now) {
        this(seminar, organisation, people, now, null);
    }

    /**
     * A registration stored before its seats are taken, presuming what the seminar as last read says (confirmed
     * if the seats look free, else waitlisted), so that its rows and the mails it owes are written before the
     * seminar's lock. {@link #takeSeats}, which the service calls last under that lock, settles it.
     */
    static Registration seatsTakenLast(Seminar seminar, Organisation organisation, List<ParticipantDetails> people, Instant now) {
        Registration registration = new Registration(seminar, organisation, people, now, RegistrationStatus.WAITLISTED);
        if (seminar.fits(registration.seats())) {
            registration.status = RegistrationStatus.CONFIRMED;
            registration.confirmedAt = now;
        }
        return registration;
    }

    /**
     * Takes the seats now (the seminar is locked and current): confirmed if they are all there, else it waits
     * whole. Says whether that is what was presumed; if not, the status changes and the mails owed must too.
     */
    boolean takeSeats(Instant now) {
        RegistrationStatus settled = seminar.reserve(seats(), now) ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED;
        if (settled == status) {
            return true;
        }
        status = settled;
        confirmedAt = status == RegistrationStatus.CONFIRMED ? now : null;
        return false;
    }

    /**
     * Its seats were taken at once (SeatCounter's conditional UPDATE): confirmed. Says whether that is what was
     * presumed; if not (the seminar looked full when read), the mails owed must change.
     */
    boolean seatsWereTaken(Instant now) {
        if (status == RegistrationStatus.CONFIRMED) {
            return true;
        }
        status = RegistrationStatus.CONFIRMED;
        confirmedAt = now;
        return false;
    }

    /** fixedStatus: null to take seats as registration does (or wait); CONFIRMED when the seats are already taken. */
    private Registration(Seminar seminar, Organisation organisation, List<ParticipantDetails> people, Instant now,
                         RegistrationStatus fixedStatus) {
        requireValidPeople(people);
        people = choicesFor(seminar, people);
        this.seminar = seminar;
        this.organisation = organisation;
        // one active registration per member organisation; a non-member (a public registrant's company) may hold several
        this.activeOrganisationId = organisation.member() ? organisation.id() : null;
        this.createdAt = now;
        for (ParticipantDetails person : people) {
            participants.add(new Participant(this, participants.size() + 1, person));
        }
        this.status = fixedStatus != null ? fixedStatus
                : seminar.reserve(seats(), now) ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED;
        this.confirmedAt = status == RegistrationStatus.CONFIRMED ? now : null;
    }

    /** A registration made at the door: confirmed with a seat, or refused when the room is full. */
    static Registration atTheDoor(Seminar seminar, Organisation organisation, ParticipantDetails person, Instant now) {
        person = choiceFor(seminar, cameToTheDoor(seminar, person), 0);
        if (!seminar.admitAtTheDoor(Seats.one(person.mode()), now)) {
            throw DomainException.conflict("The seminar is full").withCode("walkIn.full");
        }
        return new Registration(seminar, organisation, List.of(person), now, RegistrationStatus.CONFIRMED);
    }

    /** Someone from an organisation already registered comes to the door: they join its confirmed registration. */
    Participant addAtTheDoor(ParticipantDetails person, Instant now) {
        if (status != RegistrationStatus.CONFIRMED) {
            throw DomainException.conflict("The organisation's registration is not confirmed").withCode("walkIn.notConfirmed");
        }
        person = choiceFor(seminar, cameToTheDoor(seminar, person), 0);
        requireRoomFor(person);
        if (!seminar.admitAtTheDoor(Seats.one(person.mode()), now)) {
            throw DomainException.conflict("The seminar is full").withCode("walkIn.full");
        }
        return append(person);
    }

    /** Cancels and gives back the seats, if it held any. Cancelling twice is a conflict, not a silent success. */
    public void cancel(String reason, Instant now) {
        if (status == RegistrationStatus.CANCELLED) {
            throw DomainException.conflict("This registration is already cancelled").withCode("registration.alreadyCancelled");
        }
        if (status == RegistrationStatus.CONFIRMED) {
            seminar.release(seats());
        }
        this.status = RegistrationStatus.CANCELLED;
        this.activeOrganisationId = null;
        this.cancelledAt = now;
        this.cancelReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    /**
     * Adds a person while registration is open. A confirmed registration needs a free seat for them (else
     * 409: register them separately to join the waitlist); a waitlisted one simply grows.
     */
    public Participant addParticipant(ParticipantDetails person, Instant now) {
        requireNotCancelled();
        person = choiceFor(seminar, person, 0);
        requireRoomFor(person);
        seminar.requireOpenForRegistration(now);
        if (status == RegistrationStatus.CONFIRMED && !seminar.reserve(Seats.one(person.mode()), now)) {
            throw DomainException.conflict("No seat is left for another participant; register them separately to join the waitlist").withCode("registration.noSeat");
        }
        return append(person);
    }

    /** One more person fits: under the limit, and no address twice. */
    private void requireRoomFor(ParticipantDetails person) {
        if (participants.size() >= MAX_PARTICIPANTS) {
            throw DomainException.invalid("participants", "At most " + MAX_PARTICIPANTS + " participants per registration");
        }
        List<ParticipantDetails> everyone = new ArrayList<>(participants.stream().map(Participant::details).toList());
        everyone.add(person);
        requireDistinctEmails(everyone);
    }

    /** The person joins after the last one (positions are never reused). */
    private Participant append(ParticipantDetails person) {
        int next = participants.stream().mapToInt(Participant::position).max().orElse(0) + 1;
        Participant added = new Participant(this, next, person);
        participants.add(added);
        return added;
    }

    /**
     * Corrects a person's details or puts another person in their place (same seat, same id). Returns
     * the details they had.
     */
    public ParticipantDetails replaceParticipant(long participantId, ParticipantDetails person) {
        requireNotCancelled();
        Participant target = participant(participantId);
        List<ParticipantDetails> everyone = new ArrayList<>(participants.stream().filter(p -> p != target)
                .map(Participant::details).toList());
        everyone.add(person);
        requireDistinctEmails(everyone);
        ParticipantDetails before = target.details();
        target.replaceWith(person);
        return before;
    }

    /** Removes a person and returns them; a confirmed registration gives their seat back. The last person cannot be removed. */
    public Participant removeParticipant(long participantId) {
        requireNotCancelled();
        Participant leaving = participant(participantId);
        if (participants.size() == 1) {
            throw DomainException.conflict("A registration keeps at least one participant: cancel it instead").withCode("registration.lastParticipant");
        }
        participants.remove(leaving);
        if (status == RegistrationStatus.CONFIRMED) {
            seminar.release(Seats.one(leaving.mode()));
        }
        return leaving;
    }

    /**
     * A person of this registration by their id, which is never reused: a repeated request (refresh, Back) for
     * someone already removed finds nobody rather than the next person.
     */
    public Participant participant(long participantId) {
        return participants.stream().filter(p -> p.id() != null && p.id() == participantId).findFirst()
                .orElseThrow(() -> DomainException.notFound("Participant", participantId));
    }

    private void requireNotCancelled() {
        if (status == RegistrationStatus.CANCELLED) {
            throw DomainException.conflict("This registration is cancelled").withCode("registration.cancelled");
        }
    }

    /** Moves a waitlisted registration to CONFIRMED if its seminar has room for all its participants now. */
    public boolean promoteIfRoom(Instant now) {
        if (status != RegistrationStatus.WAITLISTED || !seminar.admitFromWaitlist(seats(), now)) {
            return false;
        }
        status = RegistrationStatus.CONFIRMED;
        confirmedAt = now;
        return true;
    }

    /**
     * A person now takes part the other way (venue or online) at a hybrid seminar, until it starts. A confirmed
     * registration moves their seat, if the other mode has one (else 409, and nothing changes); a waitlisted one
     * waits with the new choice. Says whether a seat of the old mode was freed.
     */
    public boolean changeMode(long participantId, AttendanceMode chosen, Instant now) {
        requireNotCancelled();
        Participant person = participant(participantId);
        if (!seminar.asksForMode()) {
            throw DomainException.invalid("mode", "This seminar offers no choice between venue and online").withCode("registration.noModeChoice");
        }
        if (chosen == null) {
            throw DomainException.invalid("mode", "Choose the venue or online").withCode("registration.modeRequired");
        }
        if (!now.isBefore(seminar.startsAt())) {
            throw DomainException.conflict("The seminar has started: how people take part can no longer change").withCode("registration.modeChangeClosed");
        }
        if (chosen == person.mode()) {
            return false;
        }
        if (status == RegistrationStatus.CONFIRMED && !seminar.move(Seats.one(person.mode()), Seats.one(chosen))) {
            throw DomainException.conflict("No seat is left " + (chosen == AttendanceMode.VENUE ? "at the venue" : "online")).withCode("registration.modeFull");
        }
        person.takePart(chosen);
        return status == RegistrationStatus.CONFIRMED;
    }

    /** The seats this registration's people hold (when confirmed) or wait for. */
    public Seats seats() {
        return Seats.of(participants.stream().map(Participant::mode).toList());
    }

    /** At a hybrid seminar each person chooses the venue or online; elsewhere there is no choice to keep. */
    static List<ParticipantDetails> choicesFor(Seminar seminar, List<ParticipantDetails> people) {
        List<ParticipantDetails> chosen = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            chosen.add(choiceFor(seminar, people.get(i), i));
        }
        return chosen;
    }

    private static ParticipantDetails choiceFor(Seminar seminar, ParticipantDetails person, int index) {
        if (!seminar.asksForMode()) {
            return person.withMode(null);
        }
        if (person.mode() == null) {
            throw DomainException.invalid("participants[" + index + "].mode", "Choose the venue or online for each participant").withCode("registration.modeRequired");
        }
        return person;
    }

    /** Someone who comes to the door takes part at the venue, unless staff chose otherwise. */
    private static ParticipantDetails cameToTheDoor(Seminar seminar, ParticipantDetails person) {
        return seminar.asksForMode() && person.mode() == null ? person.withMode(AttendanceMode.VENUE) : person;
    }

    /** One to MAX_PARTICIPANTS people, each with a name and an address, no address twice. */
    static void requireValidPeople(List<ParticipantDetails> people) {
        if (people == null || people.isEmpty()) {
            throw DomainException.invalid("participants", "A registration needs at least one participant");
        }
        if (people.size() > MAX_PARTICIPANTS) {
            throw DomainException.invalid("participants", "At most " + MAX_PARTICIPANTS + " participants per registration");
        }
        requireDistinctEmails(people);
    }

    /** Each person has a name, an address if they have one; the same name at the same address twice is the same person. */
    private static void requireDistinctEmails(List<ParticipantDetails> people) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < people.size(); i++) {
            ParticipantDetails person = people.get(i);
            if (person == null || person.name() == null || person.name().isBlank()) {
                throw DomainException.invalid("participants[" + i + "]", "Each participant needs a name");
            }
            String email = person.email() == null || person.email().isBlank() ? "" : EmailAddress.normalise(person.email());
            // staff of a small facility may share one office address: the same person is the same name at it
            String name = java.text.Normalizer.normalize(person.name(), java.text.Normalizer.Form.NFKC).replaceAll("\\s+", "");
            if (!seen.add(email + " " + name.toLowerCase(java.util.Locale.ROOT))) {
                throw DomainException.invalid("participants[" + i + "].email",
                        person.name().strip() + (email.isEmpty() ? "" : " (" + email + ")") + " is already in this registration");
            }
        }
    }

    /** The person who registered the group and holds its link: a member's contact or the public registrant. */
    public void contactIs(String name, String email) {
        this.contactName = name;
        this.contactEmail = email == null ? null : EmailAddress.normalise(email);
    }

    public String contactName() {
        return contactName;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public Long id() {
        return id;
    }

    public Seminar seminar() {
        return seminar;
    }

    public Organisation organisation() {
        return organisation;
    }

    public RegistrationStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public String cancelReason() {
        return cancelReason;
    }

    /** Answers to the once-per-registration questions, checked by the caller (Questions.checkRegistration). */
    public void answer(List<org.seminardesk.question.AnswerInput> checked) {
        this.answers = checked == null ? List.of() : checked;
    }

    public List<org.seminardesk.question.AnswerInput> answers() {
        return answers == null ? List.of() : answers;
    }

    public List<Participant> participants() {
        return Collections.unmodifiableList(participants);
    }

    /**
     * Reads now what its answer shows (its people, seminar and organisation), for an answer built after its
     * transaction has ended, outside the seminar's lock (ManagedRegistrationResource, PortalResource).
     */
    public Registration loadedForAnswer() {
        Hibernate.initialize(participants);
        Hibernate.initialize(seminar);
        Hibernate.initialize(organisation);
        return this;
    }
}
