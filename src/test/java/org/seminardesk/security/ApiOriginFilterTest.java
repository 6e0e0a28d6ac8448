package org.seminardesk.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ApiOriginFilterTest {

    @Test
    void onlyThisSitesOriginMatches() {
        assertTrue(ApiOriginFilter.sameAuthority("https://seminars.example.jp", "seminars.example.jp"));
        assertTrue(ApiOriginFilter.sameAuthority("http://localhost:8080", "localhost:8080"));
        assertTrue(ApiOriginFilter.sameAuthority("https://seminars.example.jp", "seminars.example.jp:443"));
        assertFalse(ApiOriginFilter.sameAuthority("https://evil.example", "seminars.example.jp"));
        assertFalse(ApiOriginFilter.sameAuthority("https://seminars.example.jp.evil.example", "seminars.example.jp"));
        assertFalse(ApiOriginFilter.sameAuthority("http://localhost:8081", "localhost:8080"));
        assertFalse(ApiOriginFilter.sameAuthority("null", "seminars.example.jp"), "a sandboxed or privacy-hidden origin");
        assertFalse(ApiOriginFilter.sameAuthority("https://seminars.example.jp", null));
    }
}
