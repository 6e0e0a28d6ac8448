package org.seminardesk.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.seminardesk.registration.Participant;
import org.seminardesk.registration.Registration;
import org.seminardesk.registration.RegistrationStatus;
import org.seminardesk.seminar.ReminderSchedule;
import org.seminardesk.seminar.Seminar;
import org.seminardesk.seminar.SeminarStatus;

/**
 * Reminder mail for every CONFIRMED registration at each slot of its seminar's schedule, and the mail with a
 * held-back online link at its release. Driven by "what is due and not yet recorded", not by "what just became
 * due", so a reminder that fell due while no server was running goes out when one is back — unless the seminar
 * has started (the link: unless it has been over for a while).
 */
@ApplicationScoped
public class Reminders {

    private static final String TEMPLATE = "seminar-reminder";
    private static final String LINK_TEMPLATE = "online-link";
    /** How long after its start a seminar's held-back link is still worth mailing (after an outage). */
    private static final Duration LINK_STILL_USEFUL = Duration.ofHours(12);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Notifications notifications;

    @Inject
    MailTemplates templates;

    @Inject
    ParticipantMail participantMail;

    /**
     * Published seminars with a confirmed registration that lacks a due slot: a reminder (not started yet) or
     * the mail with the held-back online link (released, not over).
     */
    @Transactional
    public List<Long> seminarsDue() {
        Instant now = clock.instant();
        return em.createNamedQuery("Seminar.findStartingBetween", Seminar.class)
                .setParameter("status", SeminarStatus.PUBLISHED).setParameter("from", now.minus(LINK_STILL_USEFUL))
                .setParameter("to", now.plus(Duration.ofHours(ReminderSchedule.MAX_HOURS_BEFORE)))
                .getResultStream()
                .filter(seminar -> dueSlots(seminar, now).stream().anyMatch(slot -> unreminded(seminar, slot) > 0))
                .map(Seminar::id).toList();
    }

    /** The reminder slots due now, and the link release (slot 0) once it is. */
    private static List<Integer> dueSlots(Seminar seminar, Instant now) {
        List<Integer> due = new java.util.ArrayList<>(seminar.reminders().dueBy(seminar.startsAt(), now));
        if (linkReleaseDue(seminar, now)) {
            due.add(ReminderDelivery.LINK_RELEASE);
        }
        return due;
    }

    private static boolean linkReleaseDue(Seminar seminar, Instant now) {
        Instant releasedAt = seminar.onlineLinkReleasedAt();
        return releasedAt != null && seminar.onlineLink() != null && !now.isBefore(releasedAt)
                && now.isBefore(seminar.startsAt().plus(LINK_STILL_USEFUL));
    }

    private long unreminded(Seminar seminar, int slot) {
        return em.createQuery("""
                        select count(r) from Registration r where r.seminar = :seminar and r.status = :confirmed
                        and not exists (select d from ReminderDelivery d where d.registrationId = r.id and d.hoursBefore = :slot)""",
                        Long.class)
                .setParameter("seminar", seminar).setParameter("confirmed", RegistrationStatus.CONFIRMED)
                .setParameter("slot", slot).getSingleResult();
    }

    /**
     * Writes the due reminders of one seminar into the outbox, under the seminar's row lock: two nodes doing
     * this at once take turns and the second finds nothing left; registrations wait meanwhile, so none is
     * confirmed half-way through. Answers how many registrations were reminded.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int remind(long seminarId) {
        Seminar seminar = em.find(Seminar.class, seminarId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (seminar == null || seminar.status() != SeminarStatus.PUBLISHED) {
            return 0;
        }
        List<Integer> due = seminar.reminders().dueBy(seminar.startsAt(), now);
        boolean linkDue = linkReleaseDue(seminar, now);
        if (due.isEmpty() && !linkDue) {
            return 0;
        }
        Map<Long, Set<Integer>> handled = em.createNamedQuery("ReminderDelivery.findForSeminar", ReminderDelivery.class)
                .setParameter("seminar", seminarId).getResultStream()
                .collect(Collectors.groupingBy(ReminderDelivery::registrationId,
                        Collectors.mapping(ReminderDelivery::hoursBefore, Collectors.toSet())));
        List<Registration> confirmed = em.createNamedQuery("Registration.findInStatus", Registration.class)
                .setParameter("seminar", seminar).setParameter("status", RegistrationStatus.CONFIRMED).getResultList();
        int reminded = 0;
        for (Registration registration : confirmed) {
            Map<Integer, ReminderDelivery.Outcome> plan = ReminderDelivery.plan(due,
                    handled.getOrDefault(registration.id(), Set.of()), registration.confirmedAt(), seminar.startsAt());
            plan.forEach((slot, outcome) -> em.persist(new ReminderDelivery(registration.id(), slot, outcome, now)));
            if (plan.containsValue(ReminderDelivery.Outcome.SENT)) {
                enqueue(TEMPLATE, registration);
                reminded++;
            }
            if (linkDue && !handled.getOrDefault(registration.id(), Set.of()).contains(ReminderDelivery.LINK_RELEASE)) {
                // confirmed after the release: their confirmation already carried the link
                boolean confirmedLater = registration.confirmedAt() != null
                        && !registration.confirmedAt().isBefore(seminar.onlineLinkReleasedAt());
                em.persist(new ReminderDelivery(registration.id(), ReminderDelivery.LINK_RELEASE,
                        confirmedLater ? ReminderDelivery.Outcome.NOT_NEEDED : ReminderDelivery.Outcome.SENT, now));
                if (!confirmedLater) {
                    enqueue(LINK_TEMPLATE, registration);
                    reminded++;
                }
            }
        }
        return reminded;
    }

    private void enqueue(String template, Registration registration) {
        for (Participant person : registration.participants()) {
            if (template.equals(LINK_TEMPLATE) && !registration.seminar().onlineFor(person.mode())) {
                continue; // they come to the venue: the link is not theirs
            }
            RenderedMail mail = templates.render(template, registration.organisation().language(),
                    participantMail.values(registration, person));
            String recipient = ParticipantMail.recipient(registration, person);
            if (recipient != null) {
                notifications.send(template, recipient, mail, registration.id(), ParticipantMail.link(person));
            }
        }
    }
}
