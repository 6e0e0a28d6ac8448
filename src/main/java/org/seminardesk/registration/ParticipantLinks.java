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
import org.seminardesk.platform.DomainException;
import org.seminardesk.platform.link.AccessLinks;
import org.seminardesk.platform.link.LinkPurpose;
import org.seminardesk.security.audit.Audited;
import org.seminardesk.seminar.Seminar;

/**
 * A participant's own link (/p/): their seminar, their own accessibility needs (changeable, with their
 * explicit consent), their calendar entry, and cancelling their seat — nothing of anyone else in the group.
 * The registration's contact is told when a participant changes something this way.
 */
@ApplicationScoped
@Transactional
public class ParticipantLinks {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AccessLinks accessLinks;

    @Inject
    RegistrationService registrations;

    @Inject
    org.seminardesk.mail.Notifications notifications;

    /** Fired when a participant changed their own entry; the mail component tells the registration's contact. */
    public record ParticipantChanged(Registration registration, String participantName, What what) implements java.io.Serializable {
        public enum What { NEEDS, CANCELLED }
    }

    @Inject
    org.seminardesk.question.QuestionService questions;

    /** What they see, with their own answers in their organisation's language. */
    private ParticipantView viewOf(Participant person) {
        java.util.Locale language = person.registration().organisation().language();
        List<String> yesNo = List.of(org.seminardesk.platform.i18n.PageTexts.text("question.yes", language),
                org.seminardesk.platform.i18n.PageTexts.text("question.no", language));
        return ParticipantView.of(person, clock.instant(),
                questions.of(person.registration().seminar().id()).lines(person.answers(), yesNo));
    }

    public Optional<Participant> byToken(String token) {
        return accessLinks.subjectOf(LinkPurpose.PARTICIPANT, token).map(id -> em.find(Participant.class, id))
                .filter(p -> p != null && p.erasedAt() == null && registrations.linkStillWorks(p.registration().seminar()));
    }

    public Optional<ParticipantView> view(String token) {
        return byToken(token).map(person -> viewOf(person));
    }

    @Audited("registration")
    public ParticipantView changeNeeds(String token, String needs, boolean needsConsent) {
        Participant person = locked(token);
        if (needs != null && !needs.isBlank() && !needsConsent) {
            Consent.of(Consent.GivenBy.LINK_HOLDER, false).requireFor(List.of(new ParticipantDetails(person.name(), person.email(), needs)));
        }
        person.changeNeeds(needs);
        if (needs != null && !needs.isBlank()) {
            em.persist(new ConsentRecord(person.registration().id(),
                    new Consent(Consent.GivenBy.LINK_HOLDER, person.name(), person.email(), true), 1, clock.instant()));
        }
        notifications.participantChanged(new ParticipantChanged(person.registration(), person.name(), ParticipantChanged.What.NEEDS));
        return viewOf(person);
    }

    /** The participant now comes to the venue or joins online (a hybrid seminar), if that mode has a seat. */
    @Audited("registration")
    public ParticipantView changeMode(String token, org.seminardesk.seminar.AttendanceMode mode) {
        Participant person = locked(token);
        registrations.changeMode(person.registration().id(), person.id(), mode);
        return viewOf(person);
    }

    /** The participant gives up their seat; the last one of a registration cancels it. The waitlist moves up. */
    @Audited("registration")
    public void cancelSeat(String token) {
        Participant person = locked(token);
        Registration registration = person.registration();
        if (registration.status() == RegistrationStatus.CANCELLED) {
            throw DomainException.conflict("This registration is cancelled").withCode("registration.cancelled");
        }
        String name = person.name();
        if (registration.participants().size() == 1) {
            registrations.cancelById(registration.id(), null);
        } else {
            registrations.removeById(registration.id(), person.id());
        }
        accessLinks.revokeAll(LinkPurpose.PARTICIPANT, person.id());
        notifications.participantChanged(new ParticipantChanged(registration, name, ParticipantChanged.What.CANCELLED));
    }

    private Participant locked(String token) {
        Participant person = byToken(token).orElseThrow(() -> DomainException.notFound("Participant", "link"));
        em.find(Seminar.class, person.registration().seminar().id(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(person.registration());
        return person;
    }
}
