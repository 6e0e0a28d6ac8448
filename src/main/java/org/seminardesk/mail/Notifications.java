package org.seminardesk.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import org.seminardesk.registration.Participant;
import org.seminardesk.registration.ParticipantLinks.ParticipantChanged;
import org.seminardesk.registration.Registration;
import org.seminardesk.registration.RegistrationEvent;
import org.seminardesk.seminar.Seminar;

/**
 * The one way a feature tells people something: every mail goes through here into the outbox, in the caller's
 * transaction, and is sent by the {@link MailDispatcher}. A registration's changes only owe their mails (the
 * dispatcher writes them); everything else is written from its template now.
 */
@ApplicationScoped
public class Notifications {

    @Inject
    OutboxStore outbox;

    @Inject
    MailTemplates templates;

    @Inject
    ParticipantMail participantMail;

    @Inject
    RegistrationMails registrationMails;

    /**
     * What a change of a registration owes its people (confirmation, waitlist, cancellation, …); answers the
     * mails owed (written when sent), leaving out those written at once.
     */
    public java.util.List<OutboxMail> registrationChanged(RegistrationEvent change) {
        return registrationMails.owe(change);
    }

    /**
     * A new registration came out otherwise than presumed when its mails were owed (confirmed or waitlisted
     * after all, once its seats were counted): those mails now say what holds.
     */
    public void registrationSettled(Registration registration, java.util.List<OutboxMail> owed) {
        registrationMails.settle(registration, owed);
    }

    /** A mail from a template; link: the private link it carries, or null. */
    public OutboxMail send(String kind, String recipient, Locale language, Map<String, String> values, Long registrationId,
                           MailLink link) {
        return outbox.enqueue(kind, recipient, templates.render(kind, language, values), registrationId, link);
    }

    /** A mail written by its feature (with an attachment of its own, e.g. a reminder's calendar invite). */
    public OutboxMail send(String kind, String recipient, RenderedMail content, Long registrationId, MailLink link) {
        return outbox.enqueue(kind, recipient, content, registrationId, link);
    }

    /** One announcement to one recipient, written by the announcement (its own text). */
    public OutboxMail announce(String recipient, RenderedMail content, long announcementId) {
        return outbox.enqueueAnnouncement(recipient, content, announcementId);
    }

    /**
     * Tells one participant something: the template in their organisation's language with the usual facts, to
     * their address (else their registration's contact), carrying their own page's link. extra: values the
     * template needs beyond the facts (e.g. a material's title). Nobody to write to: nothing.
     */
    public void tell(String template, Participant person, Map<String, String> extra) {
        tell(template, person, extra, ParticipantMail.link(person));
    }

    /** The same carrying another private link of theirs (e.g. their questionnaire's) instead of their page's. */
    public void tell(String template, Participant person, Map<String, String> extra, MailLink link) {
        Registration registration = person.registration();
        String recipient = ParticipantMail.recipient(registration, person);
        if (recipient == null) {
            return;
        }
        Map<String, String> values = participantMail.values(registration, person);
        values.putAll(extra);
        send(template, recipient, registration.organisation().language(), values, registration.id(), link);
    }

    /**
     * Tells a registration's contact, briefly, when a participant changed their own entry through their link
     * (needs changed, place cancelled) — what happened, never the needs themselves.
     */
    public void participantChanged(ParticipantChanged change) {
        Registration registration = change.registration();
        if (registration.contactEmail() == null) {
            return;
        }
        Seminar seminar = registration.seminar();
        Locale language = registration.organisation().language();
        boolean english = language.getLanguage().equals("en");
        String what = switch (change.what()) {
            case NEEDS -> english ? "changed their accessibility needs" : "配慮事項を変更しました";
            case CANCELLED -> english ? "cancelled their place" : "参加を取り消しました";
        };
        send("participant-changed", registration.contactEmail(), language, Map.of(
                "name", registration.contactName() == null ? registration.contactEmail() : registration.contactName(),
                "participant", change.participantName(),
                "what", what,
                "seminar", seminar.titleFor(language),
                "when", english ? seminar.westernDateLabel() : seminar.dateLabel()), registration.id(), null);
    }
}
