package org.seminardesk.platform.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AccessTokenTest {

    @Test
    void tokensAreLongRandomAndOnlyWellFormedOnesAreLookedUp() {
        AccessToken token = AccessToken.generate();
        assertEquals(43, token.value().length(), "256 bits in URL-safe base64");
        assertNotEquals(token, AccessToken.generate());
        assertEquals(token, AccessToken.parse(token.value()).orElseThrow());
        assertTrue(AccessToken.parse(token.value().substring(1)).isEmpty());
        assertTrue(AccessToken.parse("../../etc/passwd" + token.value().substring(16)).isEmpty());
        assertTrue(AccessToken.parse(null).isEmpty());
        assertFalse(token.toString().contains(token.value()), "never printed");
    }

    @Test
    void onlyTheSha256IsStored() {
        AccessToken token = AccessToken.parse("A".repeat(43)).orElseThrow();
        assertEquals("0f007385b6f9d4b7eeb2748605afe1a984a0a3bfa3f014d09e2a784ce9e5cd1a", token.hash(), "as sha256sum says");
        assertFalse(token.hash().contains(token.value()));
        assertNotEquals(token.hash(), AccessToken.parse("A".repeat(42) + "B").orElseThrow().hash());
    }
}
