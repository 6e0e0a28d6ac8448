package org.seminardesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RequestWindowTest {

    @Test
    void theLimitHoldsPerKeyAndMinute() {
        RequestWindow window = new RequestWindow();
        long start = 10 * RequestWindow.WINDOW_MILLIS + 15_000;
        for (int request = 0; request < 3; request++) {
            assertEquals(0, window.admit("link 10.0.0.1", start, 3));
        }
        assertEquals(45, window.admit("link 10.0.0.1", start, 3), "the fourth waits until the minute is over");
        assertEquals(0, window.admit("link 10.0.0.2", start, 3), "another address has its own count");
        assertEquals(0, window.admit("register 10.0.0.1", start, 3), "another kind of route too");
        assertEquals(0, window.admit("link 10.0.0.1", start + 45_000, 3), "a new minute starts afresh");
    }

    @Test
    void zeroSwitchesItOff() {
        RequestWindow window = new RequestWindow();
        for (int request = 0; request < 1000; request++) {
            assertEquals(0, window.admit("link 10.0.0.1", 0, 0));
        }
    }
}
