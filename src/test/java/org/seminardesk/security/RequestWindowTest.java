package org.seminardesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RequestWindowTest {

    private static final long MINUTE = RequestWindow.WINDOW_MILLIS;

    @Test
    void requestsCountInTheMinuteTheyFallIn() {
        assertEquals(10, RequestWindow.of(10 * MINUTE));
        assertEquals(10, RequestWindow.of(11 * MINUTE - 1));
        assertEquals(11, RequestWindow.of(11 * MINUTE));
    }

    @Test
    void overTheLimitWaitsUntilTheMinuteIsOver() {
        long now = 10 * MINUTE + 15_000;
        assertEquals(0, RequestWindow.secondsToWait(3, 3, now), "the limit itself is allowed");
        assertEquals(45, RequestWindow.secondsToWait(4, 3, now));
        assertEquals(1, RequestWindow.secondsToWait(4, 3, 11 * MINUTE - 1), "never 0 seconds for a refusal");
    }

    @Test
    void zeroSwitchesItOff() {
        assertEquals(0, RequestWindow.secondsToWait(1_000_000, 0, 0));
    }
}
