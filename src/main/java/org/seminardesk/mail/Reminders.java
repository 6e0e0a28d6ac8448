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
 * Reminder mail for every CONFIRMED registration at each slot of its seminar's schedule. Driven by "what is
 * due and not yet recorded", not by "what just became due", so a reminder that fell due while no server was
 * running goes out when one is back — unless the seminar has started.
 */
@ApplicationScoped
public class Reminders {

    private static final String TEMPLATE = "seminar-reminder";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    OutboxStore outbox;

    @Inject
    MailTemplates templates;

    @Inject
    ParticipantMail participantMail;

    /** Published seminars, not started, with at least one slot due and a confirmed registration that lacks it. */
    @Transactional
    public List<Long> seminarsDue() {
        Instant now = clock.instant();
        return em.createNamedQuery("Seminar.findStartingBetween", Seminar.class)
                .setParameter("status", SeminarStatus.PUBLISHED).setParameter("from", now)
                .setParameter("to", now.plus(Duration.ofHours(ReminderSchedule.MAX_HOURS_BEFORE)))
                .getResultStream()
                .filter(seminar -> seminar.reminders().dueBy(seminar.startsAt(), now).stream()
                        .anyMatch(slot -> unreminded(seminar, slot) > 0))
                .map(Seminar::id).toList();
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
        if (due.isEmpty()) {
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
                enqueue(registration);
                reminded++;
            }
        }
        return reminded;
    }

    private void enqueue(Registration registration) {
        for (Participant person : registration.participants()) {
            RenderedMail mail = templates.render(TEMPLATE, registration.organisation().language(),
                    participantMail.values(registration, person));
            String recipient = ParticipantMail.recipient(registration, person);
            if (recipient != null) {
                outbox.enqueue(TEMPLATE, recipient, mail, registration.id(), ParticipantMail.link(person));
            }
        }
    }
}
