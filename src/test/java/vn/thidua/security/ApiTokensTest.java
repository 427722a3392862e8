package vn.thidua.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ApiTokensTest {

    @Test
    void newTokenFormat() {
        String token = ApiTokens.newToken();
        assertTrue(token.startsWith("td_"), token);
        assertEquals(3 + 43, token.length(), token); // 32 bytes -> 43 base64url chars, no padding
        String body = token.substring(3);
        assertTrue(body.matches("[A-Za-z0-9_-]{43}"), token);
        assertFalse(token.contains("="));
        assertEquals(32, Base64.getUrlDecoder().decode(body).length);
        assertTrue(ApiTokens.looksLikeToken(token));
    }

    @Test
    void tokensAreUnique() {
        Set<String> tokens = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String t = ApiTokens.newToken();
            assertTrue(tokens.add(t), "duplicate token " + t);
            prefixes.add(ApiTokens.prefix(t));
        }
        assertEquals(1000, tokens.size());
        // 42 random bits per prefix: collisions among 1000 are practically impossible.
        assertEquals(1000, prefixes.size());
    }

    @Test
    void hashIsStableLowercaseHexSha256() {
        String token = ApiTokens.newToken();
        String h = ApiTokens.hash(token);
        assertEquals(h, ApiTokens.hash(token));
        assertEquals(64, h.length());
        assertTrue(h.matches("[0-9a-f]{64}"), h);
        assertNotEquals(h, ApiTokens.hash(token + "x"));
    }

    @Test
    void hashKnownVectors() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                ApiTokens.hash("abc"));
        // UTF-8, not platform charset: SHA-256 of the bytes c3 a9 ("é").
        assertEquals("4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c", ApiTokens.hash("\u00e9"));
        assertEquals(sha256Hex(new byte[] {(byte) 0xc3, (byte) 0xa9}), ApiTokens.hash("\u00e9"));
    }

    @Test
    void prefixIsFirstTenCharacters() {
        String token = ApiTokens.newToken();
        assertEquals(token.substring(0, 10), ApiTokens.prefix(token));
        assertEquals("td_abcdefg", ApiTokens.prefix("td_abcdefghijklmnopqrstuvwxyz"));
    }

    @Test
    void prefixNeverRevealsAWholeShortToken() {
        assertEquals("demo-vie", ApiTokens.prefix("demo-viewer-token"));
        assertEquals("abcd", ApiTokens.prefix("abcdefgh"));
        assertThrows(NullPointerException.class, () -> ApiTokens.prefix(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo-viewer-token", "demo-admin-token", "abcdefgh", "td_AbC-_123xyz9876543210"})
    void acceptsDemoAndGeneratedShapes(String s) {
        assertTrue(ApiTokens.looksLikeToken(s));
    }

    @Test
    void lengthBounds() {
        assertFalse(ApiTokens.looksLikeToken("abcdefg"));           // 7
        assertTrue(ApiTokens.looksLikeToken("abcdefgh"));           // 8
        assertTrue(ApiTokens.looksLikeToken("a".repeat(200)));
        assertFalse(ApiTokens.looksLikeToken("a".repeat(201)));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"demo viewer token", "td_abc+def/ghij=", "Bearer abcdefghij",
            "token\nwith-newline", "tđ_abcdefghij", "abcdefgh;", "'; DROP TABLE--"})
    void rejectsGarbage(String s) {
        assertFalse(ApiTokens.looksLikeToken(s));
    }

    @Test
    void hashRejectsNull() {
        assertThrows(NullPointerException.class, () -> ApiTokens.hash(null));
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
            StringBuilder sb = new StringBuilder();
            for (byte b : d) {
                sb.append(String.format("%02x", b));
            }
            return sb.toString();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
