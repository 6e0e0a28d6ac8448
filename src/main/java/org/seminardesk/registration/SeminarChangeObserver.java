package org.seminardesk.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.seminardesk.seminar.SeminarChanged;

/** Keeps registrations in step with their seminar, in the transaction that changed it. */
@ApplicationScoped
public class SeminarChangeObserver {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    RegistrationService registrations;

    @Inject
    org.seminardesk.mail.Notifications notifications;

    void onChange(@Observes SeminarChanged event) {
        switch (event.change()) {
            case SEATS_AVAILABLE -> registrations.promoteWaitlisted(event.seminar());
            case DETAILS_CHANGED -> active(event).forEach(registration ->
                    notifications.registrationChanged(new RegistrationEvent(registration, RegistrationEvent.Change.SEMINAR_CHANGED)));
            case CANCELLED -> {
                String reason = event.reason() == null || event.reason().isBlank()
                        ? "The seminar was cancelled" : "The seminar was cancelled: " + event.reason().strip();
                for (Registration registration : active(event)) {
                    registration.cancel(reason, clock.instant());
                    notifications.registrationChanged(new RegistrationEvent(registration, RegistrationEvent.Change.SEMINAR_CANCELLED,
                            event.reason()));
                }
            }
        }
    }

    private java.util.List<Registration> active(SeminarChanged event) {
        return em.createNamedQuery("Registration.findActive", Registration.class)
                .setParameter("seminar", event.seminar())
                .setParameter("cancelled", RegistrationStatus.CANCELLED)
                .getResultList();
    }
}
