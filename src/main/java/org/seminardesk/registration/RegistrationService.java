package org.seminardesk.registration;

import org.seminardesk.security.audit.Audited;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.seminardesk.organisation.Organisation;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.seminardesk.platform.DomainException;
import org.seminardesk.platform.persistence.UniqueKeys;
import org.seminardesk.question.QuestionService;
import org.seminardesk.platform.link.AccessLinks;
import org.seminardesk.platform.link.AccessToken;
import org.seminardesk.platform.link.LinkPurpose;
import org.seminardesk.seminar.Seminar;

/**
 * Takes registrations. Seats are counted under a row lock on the seminar (SELECT … FOR UPDATE), so the count
 * holds however many requests arrive at once and however many servers share the database. A new registration
 * is written first, with the mails it owes and its audit entry, and takes its seats last, so the lock is held
 * for the seat accounting alone.
 */
@ApplicationScoped
@Transactional
public class RegistrationService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    org.seminardesk.mail.Notifications notifications;

    @Inject
    AccessLinks accessLinks;

    @Inject
    org.seminardesk.security.audit.AuditLog audit;

    private static final String AUDIT_ACTION = "registration.register";

    @Inject
    QuestionService questions;

    @Inject
    org.seminardesk.seminar.SeatCounter seatCounter;

    /** Registration links stop working this many days after their seminar (its end, or its start if none). */
    @Inject
    @ConfigProperty(name = "seminardesk.links.days-after-seminar", defaultValue = "90")
    int linkDaysAfterSeminar;

    /**
     * The registration a request produced with its private link's token, and whether it is the replay of an
     * earlier, identical request (a replay carries no token: only hashes are kept, and the link went by mail).
     */
    public record Registered(Registration registration, AccessToken token, boolean replayed) implements java.io.Serializable {

        public String tokenValue() {
            return token == null ? null : token.value();
        }

        /** The registration's id, e.g. for the audit log. */
        public Long id() {
            return registration.id();
        }
    }

    public Registered register(long seminarId, long organisationId, List<ParticipantDetails> people, Consent consent) {
        return register(seminarId, organisationId, people, consent, null);
    }

    /**
     * Registers, or — when the Idempotency-Key was seen before with the same request — returns the registration
     * that request made. The key is looked up under the seminar's lock, so two retries in flight at once
     * cannot both register.
     */
    public Registered register(long seminarId, long organisationId, List<ParticipantDetails> people, Consent consent,
                               String idempotencyKey) {
        return register(seminarId, organisationId, people, consent, idempotencyKey, List.of());
    }

    /**
     * The same with the registration's answers to the seminar's once-per-registration questions (each person's
     * come with them); all are checked against the questions the seminar asks now.
     * <p>
     * Everything but the seats is written first, as if the seminar were as last read: the registration, its
     * mails owed and its audit entry (recorded here, not by {@link Audited}, whose entry would be written at the
     * commit). Then the seminar's row is locked for the seat accounting alone: usually one read and one update.
     */
    public Registered register(long seminarId, long organisationId, List<ParticipantDetails> people, Consent consent,
                               String idempotencyKey, List<org.seminardesk.question.AnswerInput> answers) {
        consent.requireFor(people);
        if (idempotencyKey != null) {
            IdempotencyKey.requireWellFormed(idempotencyKey);
        }
        Target target = target(seminarId, organisationId, idempotencyKey);
        QuestionService.Asking asking = target.asking();
        Seminar seminar = asking.seminar();
        String requestHash = RequestHash.of(seminarId, organisationId, people);
        if (idempotencyKey != null) {
            IdempotencyKey earlier = em.find(IdempotencyKey.class, idempotencyKey);
            if (earlier != null && earlier.expired(clock.instant())) {
                em.remove(earlier);
                em.flush();
            } else if (earlier != null) {
                Registration replayed = earlier.replay(requestHash).loadedForAnswer();
                audit.record(AUDIT_ACTION, "registration", replayed.id(), auditDetail(seminarId, organisationId));
                return new Registered(replayed, null, true); // never a token: the live link went by mail
            }
        }
        seminar.requireOpenForRegistration(clock.instant()); // checked again with the seats
        Organisation organisation = target.organisation().filter(Organisation::active)
                .orElseThrow(() -> DomainException.invalid("organisationId",
                        "Organisation " + organisationId + " does not exist"));
        org.seminardesk.question.Questions asked = asking.questions();
        List<org.seminardesk.question.AnswerInput> ownAnswers = asked.checkRegistration(answers);
        Registration registration = Registration.seatsTakenLast(seminar, organisation, answered(asked, people), clock.instant());
        registration.answer(ownAnswers);
        contactFrom(registration, consent);
        persistOnlyRegistrationOf(registration, organisation);
        em.persist(new ConsentRecord(registration.id(), consent, people.size(), clock.instant()));
        AccessToken token = accessLinks.issue(LinkPurpose.REGISTRATION, registration.id());
        if (idempotencyKey != null) {
            em.persist(new IdempotencyKey(idempotencyKey, requestHash, registration, clock.instant()));
        }
        List<org.seminardesk.mail.OutboxMail> owed = notifications.registrationChanged(
                new RegistrationEvent(registration, RegistrationEvent.Change.REGISTERED));
        audit.record(AUDIT_ACTION, "registration", registration.id(), auditDetail(seminarId, organisationId));
        em.flush();
        if (!seatsSettledAsPresumed(seminar, registration)) {
            notifications.registrationSettled(registration, owed); // another registration took the last seats first, or gave some back
        }
        return new Registered(registration, token, false);
    }

    /** What a registration is for and by: the seminar with the questions it asks, and the organisation if it exists. */
    private record Target(QuestionService.Asking asking, Optional<Organisation> organisation) {
    }

    /**
     * The seminar, its questions and the organisation, in one query. With an Idempotency-Key the seminar is
     * locked first, so that a retry in flight waits for the first and replays it.
     */
    private Target target(long seminarId, long organisationId, String idempotencyKey) {
        if (idempotencyKey != null) {
            QuestionService.Asking asking = Optional.ofNullable(em.find(Seminar.class, seminarId, LockModeType.PESSIMISTIC_WRITE))
                    .map(locked -> new QuestionService.Asking(locked, questions.of(seminarId)))
                    .orElseThrow(() -> noSuchSeminar(seminarId));
            return new Target(asking, Optional.ofNullable(em.find(Organisation.class, organisationId)));
        }
        List<Object[]> rows = em.createNamedQuery("Registration.seminarQuestionsAndOrganisation", Object[].class)
                .setParameter("seminar", seminarId).setParameter("organisation", organisationId).getResultList();
        QuestionService.Asking asking = QuestionService.Asking.fromRows(rows).orElseThrow(() -> noSuchSeminar(seminarId));
        return new Target(asking, Optional.ofNullable((Organisation) rows.get(0)[2]));
    }

    private static DomainException noSuchSeminar(long seminarId) {
        return DomainException.invalid("seminarId", "Seminar " + seminarId + " does not exist");
    }

    /**
     * The seats last: one conditional UPDATE takes them if the seminar is open and they fit (the row stays locked
     * to the commit). Otherwise the seminar, read again under its lock, decides: closed (refused), full
     * (waitlisted) or freed meanwhile (confirmed). Says whether the status presumed was right.
     */
    private boolean seatsSettledAsPresumed(Seminar seminar, Registration registration) {
        if (seatCounter.takeIfOpenAndFree(seminar, registration.seats(), clock.instant())) {
            return registration.seatsWereTaken(clock.instant());
        }
        // One statement: Hibernate reads the row with FOR NO KEY UPDATE on PostgreSQL (FOR UPDATE on H2), which
        // does not wait for the foreign-key KEY SHARE locks of other registrations in flight.
        em.refresh(seminar, LockModeType.PESSIMISTIC_WRITE);
        return registration.takeSeats(clock.instant());
    }

    /**
     * Writes the registration; a member organisation that already holds one for the seminar is refused by the
     * unique key uq_registration_active_organisation (no query first: the key is the guarantee either way).
     * Its IDENTITY id makes the INSERT run at persist, so the refusal comes here, before anything else is written.
     */
    private void persistOnlyRegistrationOf(Registration registration, Organisation organisation) {
        try {
            em.persist(registration);
        } catch (jakarta.persistence.PersistenceException e) {
            if (UniqueKeys.violated(e, "uq_registration_active_organisation")) {
                throw new DomainException(DomainException.Kind.CONFLICT, "organisationId", organisation.name()
                        + " is already registered for this seminar: add people through its registration's link")
                        .withCode("registration.organisationRegistered", organisation.name());
            }
            throw e;
        }
    }

    private static String auditDetail(long seminarId, long organisationId) {
        return "seminarId=" + seminarId + ", organisationId=" + organisationId;
    }

    /** Forgets Idempotency-Keys past their 24 hours (the retention job): they hold hashes of names. */
    public int forgetExpiredIdempotencyKeys() {
        return em.createQuery("delete from IdempotencyKey k where k.createdAt < :cutoff")
                .setParameter("cutoff", clock.instant().minus(IdempotencyKey.KEPT)).executeUpdate();
    }

    /** Each person with their answers checked against the seminar's per-participant questions. */
    private static List<ParticipantDetails> answered(org.seminardesk.question.Questions asked, List<ParticipantDetails> people) {
        List<ParticipantDetails> checked = new java.util.ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            ParticipantDetails person = people.get(i);
            checked.add(person == null ? null : person.withAnswers(asked.checkParticipant(person.answers(), i)));
        }
        return checked;
    }

    /**
     * Whoever registered the group (a member's contact, a public registrant) becomes its contact, before any
     * mail is written: participants without an address of their own are reached through them.
     */
    private static void contactFrom(Registration registration, Consent consent) {
        boolean holdsTheGroup = consent.givenBy() == Consent.GivenBy.CONTACT || consent.givenBy() == Consent.GivenBy.REGISTRANT;
        if (registration.contactEmail() == null && holdsTheGroup && consent.giverEmail() != null) {
            registration.contactIs(consent.giverName(), consent.giverEmail());
        }
    }

    /** The organisation's active registration for the seminar, if it has one (for its portal). */
    public Optional<Registration> activeOf(long seminarId, long organisationId) {
        return em.createQuery("select r from Registration r where r.seminar.id = :seminar and r.activeOrganisationId = :organisation",
                        Registration.class).setParameter("seminar", seminarId).setParameter("organisation", organisationId)
                .getResultStream().findFirst();
    }

    /** Every registration of the organisation, newest seminar first (for its portal). */
    public List<Registration> ofOrganisation(long organisationId) {
        return em.createQuery("""
                        select r from Registration r join fetch r.seminar where r.organisation.id = :organisation
                        order by r.seminar.startsAt desc, r.id desc""", Registration.class)
                .setParameter("organisation", organisationId).getResultList();
    }

    /**
     * More staff join the organisation's registration (registering again through its portal): all of them, or,
     * if a confirmed registration has no seat for one, none.
     */
    @Audited("registration")
    public Registration addParticipants(long registrationId, List<ParticipantDetails> people, Consent consent) {
        consent.requireFor(people);
        Registration registration = lockedById(registrationId);
        List<Participant> added = new java.util.ArrayList<>();
        for (ParticipantDetails person : answered(questions.of(registration.seminar().id()), people)) {
            added.add(registration.addParticipant(person, clock.instant()));
        }
        contactFrom(registration, consent);
        em.persist(new ConsentRecord(registration.id(), consent, added.size(), clock.instant()));
        em.flush();
        notifications.registrationChanged(new RegistrationEvent(registration, RegistrationEvent.Change.PARTICIPANTS_ADDED, null, added));
        return registration;
    }

    /** A fresh link to the registration's page, for its organisation's contact opening it from the portal. */
    public AccessToken issueLink(long registrationId) {
        return accessLinks.issue(LinkPurpose.REGISTRATION, registrationId);
    }

    /** Adds a person to a registration; a confirmed registration needs a free seat for them. */
    @Audited("registration")
    public Registration addParticipant(String token, ParticipantDetails person, Consent consent) {
        consent.requireFor(List.of(person));
        Registration registration = lockedByToken(token);
        Participant added = registration.addParticipant(answered(questions.of(registration.seminar().id()), List.of(person)).get(0),
                clock.instant());
        em.persist(new ConsentRecord(registration.id(), consent, 1, clock.instant()));
        em.flush();
        notifications.registrationChanged(new RegistrationEvent(registration, RegistrationEvent.Change.PARTICIPANTS_ADDED, null, List.of(added)));
        return registration;
    }

    /**
     * Corrects a person or puts another in their place (the contact's group page). Another person (name or
     * address changed) gets the confirmation and a new personal link; the one replaced is told and their
     * links end. A correction of needs alone mails nobody; a new choice of venue or online is mailed to the person.
     */
    @Audited("registration")
    public Registration replaceParticipant(String token, long participantId, ParticipantDetails person, Consent consent) {
        consent.requireFor(List.of(person));
        Registration registration = lockedByToken(token);
        person = answered(questions.of(registration.seminar().id()), List.of(person)).get(0);
        ParticipantDetails before = registration.replaceParticipant(participantId, person);
        Participant now = registration.participant(participantId);
        boolean modeChanged = person.mode() != null && person.mode() != before.mode();
        if (modeChanged && registration.changeMode(participantId, person.mode(), clock.instant())) {
            promoteWaitlisted(registration.seminar());
        }
        em.persist(new ConsentRecord(registration.id(), consent, 1, clock.instant()));
        boolean anotherPerson = !java.util.Objects.equals(before.email(), now.email()) || !before.name().equals(now.name());
        if (anotherPerson) {
            accessLinks.revokeAll(LinkPurpose.PARTICIPANT, now.id());
            notifications.registrationChanged(new RegistrationEvent(registration, RegistrationEvent.Change.PARTICIPANT_REMOVED, null,
                    List.of(new Participant(registration, now.position(), before))));
            notifications.registrationChanged(new RegistrationEvent(registration, RegistrationEvent.Change.PARTICIPANTS_ADDED, null, List.of(now)));
        } else if (modeChanged) {
            notifications.registrationChanged(new RegistrationEvent(registration, RegistrationEvent.Change.MODE_CHANGED, null, List.of(now)));
        }
        return registration;
    }

    /**
     * A person now comes to the venue or joins online (their own page or the group's). Their seat moves if the
     * other mode has one; a seat freed at the old mode goes to the waitlist. The person is mailed what now
     * applies to them.
     */
    @Audited("registration")
    public Registration changeMode(long registrationId, long participantId, org.seminardesk.seminar.AttendanceMode mode) {
        Registration registration = lockedById(registrationId);
        if (registration.participant(participantId).mode() == mode) {
            return registration; // a repeated request (refresh, Back) changes nothing and mails nobody
        }
        boolean freed = registration.changeMode(participantId, mode, clock.instant());
        notifications.registrationChanged(new RegistrationEvent(registration, RegistrationEvent.Change.MODE_CHANGED, null,
                List.of(registration.participant(participantId))));
        if (freed) {
            promoteWaitlisted(registration.seminar());
        }
        return registration;
    }

    /** Removes a person; their seat, if they had one, goes to the waitlist. */
    @Audited("registration")
    public Registration removeParticipant(String token, long participantId) {
        return removeFrom(lockedByToken(token), participantId);
    }

    /** The same, by the registration's id (a participant leaving through their own link). */
    Registration removeById(long registrationId, long participantId) {
        return removeFrom(lockedById(registrationId), participantId);
    }

    private Registration removeFrom(Registration registration, long participantId) {
        boolean heldSeat = registration.status() == RegistrationStatus.CONFIRMED;
        Participant leaving = registration.removeParticipant(participantId);
        notifications.registrationChanged(new RegistrationEvent(registration, RegistrationEvent.Change.PARTICIPANT_REMOVED, null, List.of(leaving)));
        if (heldSeat) {
            promoteWaitlisted(registration.seminar());
        }
        return registration;
    }

    /**
     * The registration behind a self-service link; an unknown, malformed, renewed or expired token (past
     * seminardesk.links.days-after-seminar) is simply not found.
     */
    public Optional<Registration> findByToken(String token) {
        return accessLinks.subjectOf(LinkPurpose.REGISTRATION, token).map(id -> em.find(Registration.class, id))
                .filter(registration -> linkStillWorks(registration.seminar()));
    }

    /** Registration and participant links work until seminardesk.links.days-after-seminar after the seminar. */
    boolean linkStillWorks(Seminar seminar) {
        java.time.Instant over = seminar.over();
        return clock.instant().isBefore(over.plus(java.time.Duration.ofDays(linkDaysAfterSeminar)));
    }

    /** What the holder of the link sees, built inside the transaction. */
    public Optional<RegistrationView> view(String token) {
        return findByToken(token).map(registration -> RegistrationView.of(registration, token, clock.instant()));
    }

    @Audited("registration")
    public Registration cancel(String token, String reason) {
        return cancel(lockedByToken(token), reason);
    }

    /**
     * An organiser renews a registration's (group) link: every old one stops working and its contact gets a new
     * one by mail — never the participants. A registration without a contact (an organiser made it) answers with
     * the new link for the organiser to pass on.
     */
    @Audited("registration")
    public Optional<AccessToken> renewTokenOf(long seminarId, long id) {
        Registration registration = Optional.ofNullable(em.find(Registration.class, id, LockModeType.PESSIMISTIC_WRITE))
                .filter(found -> found.seminar().id() == seminarId)
                .orElseThrow(() -> DomainException.notFound("Registration", id));
        accessLinks.revokeAll(LinkPurpose.REGISTRATION, registration.id());
        notifications.registrationChanged(new RegistrationEvent(registration, RegistrationEvent.Change.LINK_RENEWED));
        return registration.contactEmail() == null ? Optional.of(issueLink(registration.id())) : Optional.empty();
    }

    /** An organiser renews one participant's own link: the old ones stop working, that person alone gets the new one. */
    @Audited("registration")
    public Registration renewParticipantLink(long seminarId, long participantId) {
        Participant person = Optional.ofNullable(em.find(Participant.class, participantId))
                .filter(p -> p.registration().seminar().id() == seminarId)
                .orElseThrow(() -> DomainException.notFound("Participant", participantId));
        accessLinks.revokeAll(LinkPurpose.PARTICIPANT, participantId);
        notifications.registrationChanged(new RegistrationEvent(person.registration(), RegistrationEvent.Change.PARTICIPANT_LINK_RENEWED, null, List.of(person)));
        return person.registration();
    }

    /** An organiser cancels a registration (e.g. on the organisation's request by phone); seats go to the waitlist. */
    @Audited("registration")
    public Registration cancelById(long id, String reason) {
        Long seminarId = em.createQuery("select r.seminar.id from Registration r where r.id = :id", Long.class)
                .setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> DomainException.notFound("Registration", id));
        em.find(Seminar.class, seminarId, LockModeType.PESSIMISTIC_WRITE);
        return cancel(em.find(Registration.class, id), reason);
    }

    /**
     * An organiser cancels a registration of this seminar on its organisation's behalf, with a reason the
     * organisation is told; the waitlist moves up. 404 when the registration is not the seminar's.
     */
    @Audited("registration")
    public Registration cancelOf(long seminarId, long registrationId, String reason) {
        boolean ofSeminar = em.createQuery("select count(r) from Registration r where r.id = :id and r.seminar.id = :seminar", Long.class)
                .setParameter("id", registrationId).setParameter("seminar", seminarId).getSingleResult() > 0;
        if (!ofSeminar) {
            throw DomainException.notFound("Registration", registrationId);
        }
        return cancelById(registrationId, reason);
    }

    /** For the organisers' page: a seminar's registrations, built inside the transaction. */
    public Optional<SeminarRegistrationsView> seminarView(long seminarId) {
        return Optional.ofNullable(em.find(Seminar.class, seminarId))
                .map(seminar -> SeminarRegistrationsView.of(seminar, listForSeminar(seminar), questions.of(seminarId),
                        List.of(org.seminardesk.platform.i18n.PageTexts.japanese("question.yes"),
                                org.seminardesk.platform.i18n.PageTexts.japanese("question.no"))));
    }

    private Registration cancel(Registration registration, String reason) {
        boolean heldSeats = registration.status() == RegistrationStatus.CONFIRMED;
        registration.cancel(reason, clock.instant());
        notifications.registrationChanged(new RegistrationEvent(registration, RegistrationEvent.Change.CANCELLED, registration.cancelReason()));
        if (heldSeats) {
            promoteWaitlisted(registration.seminar());
        }
        return registration;
    }

    /** Participants in registrations of the given status, per seminar id (seminars with none are absent). */
    public Map<Long, Long> participantsBySeminar(RegistrationStatus status) {
        Map<Long, Long> counts = new HashMap<>();
        em.createNamedQuery("Registration.countParticipantsBySeminar", Object[].class).setParameter("status", status)
                .getResultList().forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /** Every registration of a seminar, cancelled ones included, in arrival order. */
    public List<Registration> listForSeminar(Seminar seminar) {
        return em.createNamedQuery("Registration.findAllForSeminar", Registration.class)
                .setParameter("seminar", seminar).getResultList();
    }

    /** Confirms waitlisted registrations that now fit; the caller holds the seminar's row lock. */
    public List<Registration> promoteWaitlisted(Seminar seminar) {
        List<Registration> waiting = em.createNamedQuery("Registration.findWaitlisted", Registration.class)
                .setParameter("seminar", seminar)
                .setParameter("waitlisted", RegistrationStatus.WAITLISTED)
                .getResultList();
        List<Registration> promoted = Waitlist.promote(waiting, clock.instant());
        promoted.forEach(registration -> notifications.registrationChanged(new RegistrationEvent(registration, RegistrationEvent.Change.PROMOTED)));
        return promoted;
    }

    /**
     * The registration behind a token, read once its seminar's row lock is held: seats are counted under that
     * lock, so two changes at once see each other and seats are given back once. Only the seminar's id is read
     * before locking, so the seminar itself is loaded fresh by the locking read.
     */
    private Registration lockedByToken(String token) {
        long id = accessLinks.subjectOf(LinkPurpose.REGISTRATION, token)
                .orElseThrow(() -> DomainException.notFound("Registration", "link"));
        lockedById(id);
        return findByToken(token).orElseThrow(() -> DomainException.notFound("Registration", "link"));
    }

    private Registration lockedById(long id) {
        Long seminarId = em.createNamedQuery("Registration.findSeminarId", Long.class).setParameter("id", id)
                .getResultStream().findFirst().orElseThrow(() -> DomainException.notFound("Registration", id));
        em.find(Seminar.class, seminarId, LockModeType.PESSIMISTIC_WRITE);
        return em.find(Registration.class, id);
    }
}
