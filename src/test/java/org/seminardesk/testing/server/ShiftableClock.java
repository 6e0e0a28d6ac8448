package org.seminardesk.testing.server;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.seminardesk.platform.JapaneseDates;

/**
 * Test deployments only (added by Deployments): the server's clock, shifted on request so that reminders and
 * deadlines can be tested without waiting days. Replaces the application's Clock producer.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class ShiftableClock {

    static final AtomicReference<Duration> SHIFT = new AtomicReference<>(Duration.ZERO);

    @Produces
    Clock clock() {
        return new Shifted(JapaneseDates.TOKYO);
    }

    /** Reads the shift at every call, so beans that hold a Clock see each change. */
    private static final class Shifted extends Clock {
        private final ZoneId zone;

        Shifted(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Shifted(other);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(SHIFT.get());
        }
    }
}
