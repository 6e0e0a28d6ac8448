package org.seminardesk.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The one source of "now", so that deadlines and reminders can be tested without waiting. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    Clock clock() {
        return Clock.system(JapaneseDates.TOKYO);
    }
}
