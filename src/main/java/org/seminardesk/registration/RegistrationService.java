package org.seminardesk.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.seminardesk.organisation.Organisation;
import org.seminardesk.platform.DomainException;
import org.seminardesk.seminar.Seminar;

/**
 * Takes registrations. Seats are counted under a row lock on the seminar (SELECT … FOR UPDATE), so the count
 * holds however many requests arrive at once and however many servers share the database.
 */
@ApplicationScoped
@Transactional
public class RegistrationService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public Registration register(long seminarId, long organisationId, List<ParticipantDetails> people) {
        Seminar seminar = Optional.ofNullable(em.find(Seminar.class, seminarId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> DomainException.invalid("seminarId", "Seminar " + seminarId + " does not exist"));
        Organisation organisation = Optional.ofNullable(em.find(Organisation.class, organisationId))
                .orElseThrow(() -> DomainException.invalid("organisationId",
                        "Organisation " + organisationId + " does not exist"));
        rejectAlreadyRegistered(seminar, organisation, people);
        Registration registration = new Registration(seminar, organisation, people, RegistrationToken.next(),
                clock.instant());
        em.persist(registration);
        return registration;
    }

    /** The registration behind a self-service link; an unknown or malformed token is simply not found. */
    public Optional<Registration> findByToken(String token) {
        if (!RegistrationToken.looksValid(token)) {
            return Optional.empty();
        }
        return em.createNamedQuery("Registration.findByToken", Registration.class)
                .setParameter("token", token).getResultStream()
                .filter(found -> RegistrationToken.matches(found.token(), token))
                .findFirst();
    }

    public Registration cancel(String token, String reason) {
        Registration registration = findByToken(token).orElseThrow(() -> DomainException.notFound("Registration", "link"));
        // Seats are counted under the seminar's lock; re-read the registration once it is held, so that two
        // cancellations at once see each other and seats are given back once.
        em.find(Seminar.class, registration.seminar().id(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(registration);
        boolean heldSeats = registration.status() == RegistrationStatus.CONFIRMED;
        registration.cancel(reason, clock.instant());
        if (heldSeats) {
            promoteWaitlisted(registration.seminar());
        }
        return registration;
    }

    /** Confirms waitlisted registrations that now fit; the caller holds the seminar's row lock. */
    public List<Registration> promoteWaitlisted(Seminar seminar) {
        List<Registration> waiting = em.createNamedQuery("Registration.findWaitlisted", Registration.class)
                .setParameter("seminar", seminar)
                .setParameter("waitlisted", RegistrationStatus.WAITLISTED)
                .getResultList();
        return Waitlist.promote(waiting, clock.instant());
    }

    private void rejectAlreadyRegistered(Seminar seminar, Organisation organisation, List<ParticipantDetails> people) {
        Set<String> registered = new HashSet<>(em.createNamedQuery("Registration.findActiveEmails", String.class)
                .setParameter("seminar", seminar)
                .setParameter("organisation", organisation)
                .setParameter("cancelled", RegistrationStatus.CANCELLED)
                .getResultList());
        for (int i = 0; i < people.size(); i++) {
            ParticipantDetails person = people.get(i);
            if (person != null && person.email() != null && registered.contains(Participant.normaliseEmail(person.email()))) {
                throw new DomainException(DomainException.Kind.CONFLICT, "participants[" + i + "].email",
                        person.email().strip() + " is already registered for this seminar by this organisation");
            }
        }
    }
}
