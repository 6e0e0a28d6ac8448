package org.seminardesk.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The limit per minute (SEMINARDESK_RATE_LIMIT_PER_MINUTE, the same on every node) and the admission of one
 * request against the counts that all nodes share in the database: N nodes behind a balancer still allow an
 * address the limit once, not N times.
 */
@ApplicationScoped
public class RateLimit {

    private static final Logger LOG = Logger.getLogger(RateLimit.class);

    @Inject
    @ConfigProperty(name = "seminardesk.rate-limit-per-minute", defaultValue = "60")
    int configured;

    @Inject
    RequestCounts counts;

    private volatile int perMinute;
    /** The last window whose predecessors this node deleted: a shortcut only, deleting again is harmless. */
    private volatile long prunedUpTo = Long.MIN_VALUE;

    @PostConstruct
    void start() {
        perMinute = configured;
    }

    /**
     * 0 if the request may go on, else the seconds to wait. When the counts cannot be reached, an ordinary
     * route goes on (the database is its own dependency too: refusing everyone would protect nothing) but a
     * sign-in does not (failClosed): it must not become unlimited guessing while the counts are down.
     */
    long admit(String key, long nowMillis, boolean failClosed) {
        int limit = perMinute;
        if (limit <= 0) {
            return 0;
        }
        long window = RequestWindow.of(nowMillis);
        try {
            forgetPastWindows(window);
            return RequestWindow.secondsToWait(countOne(key, window), limit, nowMillis);
        } catch (RuntimeException e) {
            LOG.warnf("Rate limit %s, the request counts could not be read or written: %s",
                    failClosed ? "refused the request" : "not applied", e.getMessage());
            return failClosed ? RequestWindow.WINDOW_MILLIS / 1000 : 0;
        }
    }

    private long countOne(String key, long window) {
        try {
            return counts.countOne(key, window);
        } catch (RuntimeException firstOfWindowOnTwoNodes) {
            return counts.countOne(key, window); // the other's row is committed now: this time it is an UPDATE
        }
    }

    private void forgetPastWindows(long window) {
        if (window > prunedUpTo) {
            prunedUpTo = window;
            counts.forgetBefore(window);
        }
    }

    public int perMinute() {
        return perMinute;
    }

    /** For tests: a new limit at once on this node (0 switches it off). */
    public void change(int newPerMinute) {
        perMinute = newPerMinute;
    }
}
