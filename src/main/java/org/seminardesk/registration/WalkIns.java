package org.seminardesk.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.seminardesk.organisation.Organisation;
import org.seminardesk.platform.DomainException;
import org.seminardesk.platform.link.AccessLinks;
import org.seminardesk.platform.link.LinkPurpose;
import org.seminardesk.seminar.Seminar;

/**
 * People registered by staff at the door (当日参加): after the deadline too, until the end, within the capacity.
 * Someone from an organisation that already registered joins its registration; anyone else gets a registration
 * of their own. With an address they get the usual confirmation (their own page, later their certificate).
 */
@ApplicationScoped
@Transactional
public class WalkIns {

    @PersistenceContext
    EntityManager em;

    @Inject
    RegistrationService registrations;

    @Inject
    AccessLinks accessLinks;

    @Inject
    org.seminardesk.mail.Notifications notifications;

    @Inject
    Clock clock;

    /** Registers the person under the seminar's lock (seats are counted one at a time) and answers them. */
    @org.seminardesk.security.audit.Audited("registration")
    public Participant registerAtTheDoor(long seminarId, long organisationId, ParticipantDetails person, String staffUser) {
        Seminar seminar = Optional.ofNullable(em.find(Seminar.class, seminarId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> DomainException.notFound("Seminar", seminarId));
        Organisation organisation = Optional.ofNullable(em.find(Organisation.class, organisationId)).filter(Organisation::active)
                .orElseThrow(() -> DomainException.invalid("organisationId", "Organisation " + organisationId + " does not exist"));
        Consent consent = new Consent(Consent.GivenBy.ORGANISER, staffUser, null, false);
        consent.requireFor(List.of(person));
        Optional<Registration> existing = registrations.activeOf(seminarId, organisationId);
        Registration registration;
        Participant added;
        if (existing.isPresent()) {
            registration = existing.get();
            added = registration.addAtTheDoor(person, clock.instant());
            em.flush();
            notifications.registrationChanged(new RegistrationEvent(registration, RegistrationEvent.Change.PARTICIPANTS_ADDED, null, List.of(added)));
        } else {
            registration = Registration.atTheDoor(seminar, organisation, person, clock.instant());
            em.persist(registration);
            accessLinks.issue(LinkPurpose.REGISTRATION, registration.id());
            added = registration.participants().get(0);
            notifications.registrationChanged(new RegistrationEvent(registration, RegistrationEvent.Change.REGISTERED));
        }
        em.persist(new ConsentRecord(registration.id(), consent, 1, clock.instant()));
        return added;
    }
}
