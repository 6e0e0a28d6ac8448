package org.seminardesk.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import org.seminardesk.platform.link.LinkPurpose;
import org.seminardesk.registration.Participant;
import org.seminardesk.registration.Registration;
import org.seminardesk.registration.RegistrationEvent;
import org.seminardesk.registration.RegistrationStatus;
import org.seminardesk.seminar.Seminar;

/**
 * Writes the mails a registration owes its participants into the outbox, in the transaction of the change:
 * confirmed (with the online link and a calendar invite), waitlisted, promoted from the waitlist, the
 * seminar's time, place or link changed (with the updated invite), the seminar cancelled (with a calendar
 * cancellation). Each gets the self-service link. Japanese, or English where the organisation prefers it.
 */
@ApplicationScoped
public class RegistrationMails {

    @Inject
    OutboxStore outbox;

    @Inject
    MailTemplates templates;

    @Inject
    Clock clock;

    @Inject
    ParticipantMail participantMail;

    void on(@Observes RegistrationEvent event) {
        Registration registration = event.registration();
        String template = switch (event.change()) {
            case PROMOTED -> "registration-promoted";
            case SEMINAR_CHANGED -> "seminar-changed";
            case MODE_CHANGED -> "attendance-mode-changed";
            case SEMINAR_CANCELLED -> "seminar-cancelled";
            case LINK_RENEWED, PARTICIPANT_LINK_RENEWED -> "registration-link-renewed";
            case PARTICIPANT_REMOVED, CANCELLED -> "registration-cancelled";
            case PARTICIPANTS_ADDED -> registration.status() == RegistrationStatus.WAITLISTED
                    ? "registration-waitlisted" : "registration-confirmed";
            case REGISTERED -> registration.status() == RegistrationStatus.CONFIRMED
                    ? "registration-confirmed" : "registration-waitlisted";
        };
        boolean cancelled = switch (event.change()) {
            case SEMINAR_CANCELLED, CANCELLED, PARTICIPANT_REMOVED -> true;
            default -> false;
        };
        Seminar seminar = registration.seminar();
        Locale language = registration.organisation().language();
        if (event.change() == RegistrationEvent.Change.LINK_RENEWED) {
            mailGroupLink(registration, template, language);
            return;
        }
        for (Participant person : event.concerned()) {
            Map<String, String> values = participantMail.values(registration, person);
            values.put("reason", event.note());
            RenderedMail mail = templates.render(template, language, values);
            boolean linkOnly = event.change() == RegistrationEvent.Change.PARTICIPANT_LINK_RENEWED; // their calendar entry is still right
            if (registration.status() == RegistrationStatus.CONFIRMED && !linkOnly && !cancelled) {
                mail = mail.with(CalendarInvite.of(seminar, person.mode(), seminar.onlineLinkFor(person.mode(), true, clock.instant()),
                        false, clock.instant()));
            } else if (cancelled) {
                mail = mail.with(CalendarInvite.of(seminar, null, true, clock.instant()));
            }
            String recipient = ParticipantMail.recipient(registration, person);
            if (recipient == null) {
                continue; // no address of their own and no contact: the organiser who registered them tells them
            }
            outbox.enqueue(template, recipient, mail, registration.id(), ParticipantMail.link(person));
        }
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
