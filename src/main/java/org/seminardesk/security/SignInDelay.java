package org.seminardesk.security;

import java.time.Duration;

/**
 * How long a client waits after failed sign-ins in a row: a few are free (people mistype), then 2 s, 4 s, 8 s …
 * up to 15 minutes per try. It applies to the address that failed, never to the account as a whole, so
 * guessing elsewhere cannot lock the real user out.
 */
public final class SignInDelay {

    /** Free failures from one address on one account. */
    public static final int FREE_PER_ACCOUNT = 3;
    /** Free failures from one address over all accounts, unknown names included (password spraying). */
    public static final int FREE_PER_CLIENT = 10;
    public static final Duration LONGEST = Duration.ofMinutes(15);

    private SignInDelay() {
    }

    /** The wait after the given number of failures in a row. */
    public static Duration after(int failures, int free) {
        if (failures <= free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(30, failures - free);
        Duration wait = Duration.ofSeconds(1L << doublings);
        return wait.compareTo(LONGEST) > 0 ? LONGEST : wait;
    }
}
