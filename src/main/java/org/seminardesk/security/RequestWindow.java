package org.seminardesk.security;

/**
 * The rate limit's rule, in fixed one-minute windows: which window a request falls in, and whether the n-th
 * request of a window may go on. Plain Java; the counts themselves are in the database (RequestCounts).
 */
public final class RequestWindow {

    static final long WINDOW_MILLIS = 60_000;

    private RequestWindow() {
    }

    /** The window (minutes since the epoch) that a request at this time counts in. */
    public static long of(long nowMillis) {
        return Math.floorDiv(nowMillis, WINDOW_MILLIS);
    }

    /**
     * 0 if the request that made the window's count `requests` is within the limit, else the seconds until the
     * window ends (for Retry-After). A limit of 0 or less lets everything through.
     */
    public static long secondsToWait(long requests, int limitPerMinute, long nowMillis) {
        if (limitPerMinute <= 0 || requests <= limitPerMinute) {
            return 0;
        }
        long windowEnd = (of(nowMillis) + 1) * WINDOW_MILLIS;
        return Math.max(1, (windowEnd - nowMillis + 999) / 1000);
    }
}
