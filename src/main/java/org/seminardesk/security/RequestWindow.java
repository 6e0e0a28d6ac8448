package org.seminardesk.security;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Counts requests per key (route class and client address) in fixed one-minute windows. Plain Java, one per
 * node: with N nodes behind a balancer an address gets at most N times the limit, which still stops guessing.
 */
public final class RequestWindow {

    static final long WINDOW_MILLIS = 60_000;
    private static final int PRUNE_ABOVE = 10_000;

    private record Count(long window, int requests) {
    }

    private final ConcurrentMap<String, Count> counts = new ConcurrentHashMap<>();

    /**
     * Counts one request at the given time. Returns 0 if it is within the limit, else the seconds until the
     * window ends (for Retry-After). A limit of 0 or less lets everything through.
     */
    public long admit(String key, long nowMillis, int limitPerMinute) {
        if (limitPerMinute <= 0) {
            return 0;
        }
        long window = nowMillis / WINDOW_MILLIS;
        Count count = counts.merge(key, new Count(window, 1),
                (old, one) -> old.window() == window ? new Count(window, old.requests() + 1) : one);
        if (counts.size() > PRUNE_ABOVE) {
            counts.values().removeIf(c -> c.window() < window);
        }
        if (count.requests() <= limitPerMinute) {
            return 0;
        }
        return Math.max(1, ((window + 1) * WINDOW_MILLIS - nowMillis + 999) / 1000);
    }
}
