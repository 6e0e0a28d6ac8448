package org.seminardesk.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import org.seminardesk.registration.ParticipantLinks.ParticipantChanged;
import org.seminardesk.registration.Registration;
import org.seminardesk.seminar.Seminar;

/**
 * Tells a registration's contact, briefly, when a participant changed their own entry through their link
 * (needs changed, place cancelled) — what happened, never the needs themselves.
 */
@ApplicationScoped
public class ParticipantChangeMails {

    static final String TEMPLATE = "participant-changed";

    @Inject
    OutboxStore outbox;

    @Inject
    MailTemplates templates;

    void on(@Observes ParticipantChanged change) {
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
        outbox.enqueue(TEMPLATE, registration.contactEmail(), templates.render(TEMPLATE, language, Map.of(
                "name", registration.contactName() == null ? registration.contactEmail() : registration.contactName(),
                "participant", change.participantName(),
                "what", what,
                "seminar", seminar.titleFor(language),
                "when", english ? seminar.westernDateLabel() : seminar.dateLabel())), registration.id(), null);
    }
}
