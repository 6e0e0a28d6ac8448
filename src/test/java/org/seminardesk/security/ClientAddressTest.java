package org.seminardesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final ClientAddress BEHIND_NGINX = ClientAddress.trusting("10.0.0.5, 192.168.0.0/16");

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertEquals("203.0.113.7", ClientAddress.trusting("").keyOf("203.0.113.7", List.of("1.2.3.4")));
    }

    @Test
    void aForgedLeftPartNeverChangesTheKey() {
        // nginx appends the address it saw: whatever the client wrote stands to the left of it.
        for (String forged : List.of("1.1.1.1", "9.9.9.9, 8.8.8.8", "garbage", "10.0.0.5", "192.168.1.1")) {
            assertEquals("203.0.113.7", BEHIND_NGINX.keyOf("10.0.0.5", List.of(forged + ", 203.0.113.7")), forged);
        }
    }

    @Test
    void trustedHopsAreSkippedFromTheRight() {
        assertEquals("203.0.113.7", BEHIND_NGINX.keyOf("10.0.0.5", List.of("203.0.113.7, 192.168.3.4")));
        assertEquals("203.0.113.7", BEHIND_NGINX.keyOf("10.0.0.5", List.of("6.6.6.6, 203.0.113.7", "192.168.3.4")));
    }

    @Test
    void aClientThatIsNotAProxyIsBelievedNothing() {
        assertEquals("203.0.113.7", BEHIND_NGINX.keyOf("203.0.113.7", List.of("10.0.0.5")));
    }

    @Test
    void aProxyWithoutHeaderOrWithGarbageIsTheClient() {
        assertEquals("10.0.0.5", BEHIND_NGINX.keyOf("10.0.0.5", List.of()));
        assertEquals("10.0.0.5", BEHIND_NGINX.keyOf("10.0.0.5", List.of("not-an-address")));
        assertEquals("10.0.0.5", BEHIND_NGINX.keyOf("10.0.0.5", List.of("evil.example.org")), "never a DNS lookup");
    }

    @Test
    void ipv6ClientsAreCountedByTheirSlash64() {
        String key = BEHIND_NGINX.keyOf("10.0.0.5", List.of("2001:db8:1:2:aaaa::1"));
        assertEquals("2001:db8:1:2::/64", key);
        assertEquals(key, BEHIND_NGINX.keyOf("10.0.0.5", List.of("[2001:db8:1:2:ffff:ffff:ffff:ffff]:443")));
        assertEquals("2001:db8:1:3::/64", BEHIND_NGINX.keyOf("2001:db8:1:3::9", List.of()));
    }

    @Test
    void portsAndMappedAddressesAreReadAsTheAddress() {
        assertEquals("203.0.113.7", BEHIND_NGINX.keyOf("10.0.0.5", List.of("203.0.113.7:51234")));
        assertEquals("203.0.113.7", BEHIND_NGINX.keyOf("10.0.0.5", List.of("::ffff:203.0.113.7")));
    }

    @Test
    void aMistypedTrustedProxyStopsTheStart() {
        assertThrows(IllegalArgumentException.class, () -> ClientAddress.trusting("10.0.0.300"));
        assertThrows(IllegalArgumentException.class, () -> ClientAddress.trusting("10.0.0.0/33"));
    }
}
