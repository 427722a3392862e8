package vn.thidua.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Forwarded headers are believed only from the configured proxies. */
class TrustedProxiesTest {

    private final TrustedProxies proxies = new TrustedProxies(" 10.0.0.5, ::1 ,[fe80::1]");

    @Test
    void withoutProxiesThePeerIsTheClientWhateverItWrites() {
        TrustedProxies none = TrustedProxies.none();
        assertEquals("203.0.113.9", none.clientAddress("203.0.113.9", "1.2.3.4"));
        assertFalse(none.isSecure(false, "203.0.113.9", "https"));
        assertTrue(none.isSecure(true, "203.0.113.9", null));
        assertEquals("203.0.113.9", new TrustedProxies("").clientAddress("203.0.113.9", "1.2.3.4"));
    }

    @Test
    void anUntrustedPeerCannotForgeItsAddressOrScheme() {
        assertEquals("203.0.113.9", proxies.clientAddress("203.0.113.9", "10.0.0.5, 1.2.3.4"));
        assertFalse(proxies.isSecure(false, "203.0.113.9", "https"));
    }

    @Test
    void fromATrustedProxyTheRightMostUntrustedHopIsTheClient() {
        assertEquals("198.51.100.7", proxies.clientAddress("10.0.0.5", "198.51.100.7"));
        // a client that writes its own X-Forwarded-For gets its real address appended by the proxy: that one counts
        assertEquals("198.51.100.7", proxies.clientAddress("10.0.0.5", "6.6.6.6, 198.51.100.7"));
        assertEquals("198.51.100.7", proxies.clientAddress("::1", "198.51.100.7, 10.0.0.5"), "two proxies in a row");
        assertEquals("fe80::1", proxies.clientAddress("fe80::1", null), "no header: the proxy itself");
        assertEquals(64, proxies.clientAddress("10.0.0.5", "x".repeat(500)).length(), "never longer than stored");
    }

    @Test
    void theSchemeIsWhatTheNearestTrustedProxyReceived() {
        assertTrue(proxies.isSecure(false, "10.0.0.5", "https"));
        assertTrue(proxies.isSecure(false, "10.0.0.5", "http, HTTPS"));
        assertFalse(proxies.isSecure(false, "10.0.0.5", "https, http"));
        assertFalse(proxies.isSecure(false, "10.0.0.5", null));
    }
}
