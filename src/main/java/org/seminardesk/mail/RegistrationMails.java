package org.seminardesk.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
    @ConfigProperty(name = "seminardesk.public-url", defaultValue = "http://localhost:8080/")
    String publicUrl;

    void on(@Observes RegistrationEvent event) {
        Registration registration = event.registration();
        String template = switch (event.change()) {
            case PROMOTED -> "registration-promoted";
            case SEMINAR_CHANGED -> "seminar-changed";
            case SEMINAR_CANCELLED -> "seminar-cancelled";
            case REGISTERED -> registration.status() == RegistrationStatus.CONFIRMED
                    ? "registration-confirmed" : "registration-waitlisted";
        };
        boolean cancelled = event.change() == RegistrationEvent.Change.SEMINAR_CANCELLED;
        Seminar seminar = registration.seminar();
        Locale language = registration.organisation().language();
        boolean english = language.getLanguage().equals("en");
        for (Participant person : registration.participants()) {
            Map<String, String> values = new HashMap<>();
            values.put("name", person.name());
            values.put("organisation", registration.organisation().name());
            values.put("seminar", seminar.titleFor(language));
            values.put("when", english ? seminar.westernDateLabel() : seminar.dateLabel());
            values.put("venue", seminar.venue());
            values.put("needs", person.accessibilityNeeds());
            values.put("reason", event.note());
            values.put("manageUrl", (publicUrl.endsWith("/") ? publicUrl : publicUrl + "/") + "r/" + registration.token());
            RenderedMail mail;
            if (registration.status() == RegistrationStatus.CONFIRMED) {
                values.put("onlineLink", seminar.onlineLink());
                mail = templates.render(template, language, values)
                        .with(CalendarInvite.of(seminar, seminar.onlineLink(), false, clock.instant()));
            } else if (cancelled) {
                mail = templates.render(template, language, values)
                        .with(CalendarInvite.of(seminar, null, true, clock.instant()));
            } else {
                mail = templates.render(template, language, values);
            }
            outbox.enqueue(template, person.email(), mail, registration.id());
        }
    }
}
