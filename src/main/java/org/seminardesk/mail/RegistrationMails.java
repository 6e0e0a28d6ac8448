package org.seminardesk.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.seminardesk.platform.link.LinkPurpose;
import org.seminardesk.registration.Participant;
import org.seminardesk.registration.Registration;
import org.seminardesk.registration.RegistrationEvent;
import org.seminardesk.registration.RegistrationStatus;
import org.seminardesk.seminar.Seminar;

/**
 * The mails a registration owes its participants: confirmed (with the online link and a calendar invite),
 * waitlisted, promoted from the waitlist, the seminar's time, place or link changed (with the updated invite),
 * the seminar cancelled (with a calendar cancellation). Each gets the self-service link. Japanese, or English
 * where the organisation prefers it.
 * <p>
 * The change only owes them (one small outbox row per person, in its transaction, under the seminar's lock);
 * the dispatcher writes each as it claims it ({@link #write}). A person who is no longer stored (removed,
 * replaced) and the group's link are written at once.
 */
@ApplicationScoped
public class RegistrationMails {

    @PersistenceContext
    EntityManager em;

    @Inject
    OutboxStore outbox;

    @Inject
    MailTemplates templates;

    @Inject
    Clock clock;

    @Inject
    ParticipantMail participantMail;

    List<OutboxMail> owe(RegistrationEvent event) {
        Registration registration = event.registration();
        String template = template(event.change(), registration.status());
        List<OutboxMail> owed = new ArrayList<>();
        if (event.change() == RegistrationEvent.Change.LINK_RENEWED) {
            mailGroupLink(registration, template, registration.organisation().language());
            return owed;
        }
        for (Participant person : event.concerned()) {
            String recipient = ParticipantMail.recipient(registration, person);
            if (recipient == null) {
                continue; // no address of their own and no contact: the organiser who registered them tells them
            }
            if (person.id() != null && event.change() != RegistrationEvent.Change.PARTICIPANT_REMOVED) {
                owed.add(outbox.owe(template, recipient, registration.id(), person.id(), event.note(), ParticipantMail.link(person)));
            } else {
                outbox.enqueue(template, recipient, render(template, registration, person, event.note()), registration.id(),
                        ParticipantMail.link(person));
            }
        }
        return owed;
    }

    /** A registration's mails owed before its seats were counted, now of the kind its settled status needs. */
    void settle(Registration registration, List<OutboxMail> owed) {
        owed.forEach(mail -> mail.oweAs(template(RegistrationEvent.Change.REGISTERED, registration.status())));
    }

    /**
     * Reads in one query what writing these mails reads (each person with their registration, seminar and
     * organisation), which {@link #write} then finds loaded: otherwise three or four queries per mail.
     */
    void preload(List<OutboxMail> owed) {
        List<Long> people = owed.stream().filter(mail -> !mail.written() && mail.participantId() != null)
                .map(OutboxMail::participantId).distinct().toList();
        if (!people.isEmpty()) {
            jakarta.persistence.EntityGraph<Participant> withTheirSeminar = em.createEntityGraph(Participant.class);
            withTheirSeminar.addSubgraph("registration").addAttributeNodes("seminar", "organisation");
            em.createNamedQuery("Participant.byIds", Participant.class).setParameter("ids", people)
                    .setHint("jakarta.persistence.fetchgraph", withTheirSeminar).getResultList();
        }
    }

    /** Writes a mail owed to a participant from what is stored now; one owed to someone since erased is never sent. */
    void write(OutboxMail owed) {
        Participant person = owed.participantId() == null ? null : em.find(Participant.class, owed.participantId());
        if (person == null || person.erasedAt() != null) {
            owed.erasedBeforeWritten();
            return;
        }
        owed.write(render(owed.kind(), person.registration(), person, owed.note()));
    }

    private static String template(RegistrationEvent.Change change, RegistrationStatus status) {
        return switch (change) {
            case PROMOTED -> "registration-promoted";
            case SEMINAR_CHANGED -> "seminar-changed";
            case MODE_CHANGED -> "attendance-mode-changed";
            case SEMINAR_CANCELLED -> "seminar-cancelled";
            case LINK_RENEWED, PARTICIPANT_LINK_RENEWED -> "registration-link-renewed";
            case PARTICIPANT_REMOVED, CANCELLED -> "registration-cancelled";
            case PARTICIPANTS_ADDED -> status == RegistrationStatus.WAITLISTED ? "registration-waitlisted" : "registration-confirmed";
            case REGISTERED -> status == RegistrationStatus.CONFIRMED ? "registration-confirmed" : "registration-waitlisted";
        };
    }

    /** The mail with the calendar entry that now applies: an invite, a cancellation, or none for a renewed link alone. */
    private RenderedMail render(String template, Registration registration, Participant person, String note) {
        Map<String, String> values = participantMail.values(registration, person);
        values.put("reason", note);
        RenderedMail mail = templates.render(template, registration.organisation().language(), values);
        Seminar seminar = registration.seminar();
        boolean cancelled = template.equals("registration-cancelled") || template.equals("seminar-cancelled");
        boolean linkOnly = template.equals("registration-link-renewed"); // their calendar entry is still right
        if (cancelled) {
            return mail.with(CalendarInvite.of(seminar, null, true, clock.instant()));
        }
        if (registration.status() == RegistrationStatus.CONFIRMED && !linkOnly) {
            return mail.with(CalendarInvite.of(seminar, person.mode(), seminar.onlineLinkFor(person.mode(), true, clock.instant()),
                    false, clock.instant()));
        }
        return mail;
    }

    /** The group's renewed link goes to its contact (the registrant or member contact) alone, never to participants. */
    private void mailGroupLink(Registration registration, String template, Locale language) {
        if (registration.contactEmail() == null) {
            return; // an organiser made it: they pass the new link on (the renewal's answer carries it)
        }
        Participant first = registration.participants().get(0);
        Map<String, String> values = participantMail.values(registration, first);
        values.put("name", registration.contactName() == null ? registration.contactEmail() : registration.contactName());
        values.remove("needs");
        outbox.enqueue(template, registration.contactEmail(), templates.render(template, language, values), registration.id(),
                new MailLink(LinkPurpose.REGISTRATION, registration.id()));
    }
}
