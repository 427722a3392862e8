package vn.thidua.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {

    /** Low iteration count keeps the suite fast; the default is checked once below. */
    private final PasswordHasher hasher = new PasswordHasher(1000);

    private static char[] pw(String s) {
        return s.toCharArray();
    }

    @Test
    void roundTrip() {
        String stored = hasher.hash(pw("Thi đua 2025!"));
        assertTrue(hasher.verify(pw("Thi đua 2025!"), stored));
    }

    @Test
    void wrongPasswordIsRejected() {
        String stored = hasher.hash(pw("correct horse"));
        assertFalse(hasher.verify(pw("correct horsE"), stored));
        assertFalse(hasher.verify(pw(""), stored));
        assertFalse(hasher.verify(null, stored));
    }

    @Test
    void emptyPasswordCanBeHashedAndVerified() {
        String stored = hasher.hash(new char[0]);
        assertTrue(hasher.verify(new char[0], stored));
        assertFalse(hasher.verify(pw("x"), stored));
    }

    @Test
    void sameInputGivesDifferentHashesBecauseOfSalt() {
        String a = hasher.hash(pw("same password"));
        String b = hasher.hash(pw("same password"));
        assertNotEquals(a, b);
        assertNotEquals(a.split("\\$")[2], b.split("\\$")[2], "salts must differ");
        assertTrue(hasher.verify(pw("same password"), a));
        assertTrue(hasher.verify(pw("same password"), b));
    }

    @Test
    void storedFormat() {
        String stored = hasher.hash(pw("abc"));
        String[] parts = stored.split("\\$", -1);
        assertEquals(4, parts.length);
        assertEquals("pbkdf2-sha512", parts[0]);
        assertEquals("1000", parts[1]);
        assertEquals(16, Base64.getDecoder().decode(parts[2]).length);
        assertEquals(64, Base64.getDecoder().decode(parts[3]).length);
    }

    @Test
    void defaultIs210000Iterations() {
        PasswordHasher real = new PasswordHasher();
        assertEquals(210_000, real.iterations());
        String stored = real.hash(pw("slow but safe"));
        assertTrue(stored.startsWith("pbkdf2-sha512$210000$"), stored);
        assertTrue(real.verify(pw("slow but safe"), stored));
        assertFalse(real.needsRehash(stored));
    }

    @Test
    void doesNotAcceptTooFewIterations() {
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(999));
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(0));
        assertDoesNotThrow(() -> new PasswordHasher(1000));
    }

    @Test
    void matchesKnownPbkdf2Vector() {
        // Independent check of the algorithm: PBKDF2-HMAC-SHA512("password", "salt", c=1000, 64 bytes)
        // computed with Python: hashlib.pbkdf2_hmac('sha512', b'password', b'salt', 1000).hex()
        String salt = Base64.getEncoder().encodeToString("salt".getBytes());
        String hash = Base64.getEncoder().encodeToString(hex(
                "afe6c5530785b6cc6b1c6453384731bd5ee432ee549fd42fb6695779ad8a1c5b"
                + "f59de69c48f774efc4007d5298f9033c0241d5ab69305e7b64eceeb8d834cfec"));
        String stored = "pbkdf2-sha512$1000$" + salt + "$" + hash;
        assertTrue(hasher.verify(pw("password"), stored));
        assertFalse(hasher.verify(pw("Password"), stored));
    }

    @Test
    void tamperedHashIsRejected() {
        String stored = hasher.hash(pw("secret-pass"));
        String[] parts = stored.split("\\$");
        byte[] hash = Base64.getDecoder().decode(parts[3]);
        hash[0] ^= 1;
        String tamperedHash = parts[0] + "$" + parts[1] + "$" + parts[2] + "$"
                + Base64.getEncoder().encodeToString(hash);
        assertFalse(hasher.verify(pw("secret-pass"), tamperedHash));

        byte[] salt = Base64.getDecoder().decode(parts[2]);
        salt[0] ^= 1;
        String tamperedSalt = parts[0] + "$" + parts[1] + "$"
                + Base64.getEncoder().encodeToString(salt) + "$" + parts[3];
        assertFalse(hasher.verify(pw("secret-pass"), tamperedSalt));

        String tamperedIterations = parts[0] + "$1001$" + parts[2] + "$" + parts[3];
        assertFalse(hasher.verify(pw("secret-pass"), tamperedIterations));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "garbage",
            "pbkdf2-sha512",
            "pbkdf2-sha512$1000$AAAA",
            "pbkdf2-sha512$1000$AAAA$AAAA$AAAA",
            "pbkdf2-sha256$1000$AAAAAAAAAAAAAAAAAAAAAA==$AAAA",
            "pbkdf2-sha512$abc$AAAAAAAAAAAAAAAAAAAAAA==$AAAA",
            "pbkdf2-sha512$-5$AAAAAAAAAAAAAAAAAAAAAA==$AAAA",
            "pbkdf2-sha512$0$AAAAAAAAAAAAAAAAAAAAAA==$AAAA",
            "pbkdf2-sha512$99999999999$AAAAAAAAAAAAAAAAAAAAAA==$AAAA",
            "pbkdf2-sha512$1000$not base64!$AAAA",
            "pbkdf2-sha512$1000$AAAAAAAAAAAAAAAAAAAAAA==$***",
            "pbkdf2-sha512$1000$$AAAA",
            "pbkdf2-sha512$1000$AAAAAAAAAAAAAAAAAAAAAA==$",
            "$$$",
            "{bcrypt}$2a$10$abcdefghijklmnopqrstuv"
    })
    void malformedStoredValueIsFalseNotException(String stored) {
        assertFalse(assertDoesNotThrow(() -> hasher.verify(pw("anything"), stored)));
        assertTrue(hasher.needsRehash(stored));
    }

    @Test
    void needsRehash() {
        PasswordHasher stronger = new PasswordHasher(2000);
        String weak = hasher.hash(pw("pw"));
        String strong = stronger.hash(pw("pw"));
        assertTrue(stronger.needsRehash(weak), "fewer iterations than configured");
        assertFalse(stronger.needsRehash(strong));
        assertFalse(hasher.needsRehash(weak));
        assertFalse(hasher.needsRehash(strong), "more iterations than configured is fine");
        assertTrue(hasher.needsRehash("pbkdf2-sha256$210000$AAAAAAAAAAAAAAAAAAAAAA==$AAAA"));
        assertTrue(hasher.needsRehash(null));
        // Still verifiable with a hasher configured differently: iterations come from the string.
        assertTrue(stronger.verify(pw("pw"), weak));
    }

    @Test
    void needsRehashWhenSaltOrKeyShorterThanCurrentStandard() {
        String shortSalt = "pbkdf2-sha512$5000$AAAAAAAA$"
                + Base64.getEncoder().encodeToString(new byte[64]);
        String shortKey = "pbkdf2-sha512$5000$" + Base64.getEncoder().encodeToString(new byte[16])
                + "$" + Base64.getEncoder().encodeToString(new byte[32]);
        assertTrue(hasher.needsRehash(shortSalt));
        assertTrue(hasher.needsRehash(shortKey));
    }

    @Test
    void verifyDoesNotModifyCallersPassword() {
        char[] password = pw("keep me");
        String stored = hasher.hash(password);
        assertArrayEquals(pw("keep me"), password);
        hasher.verify(password, stored);
        assertArrayEquals(pw("keep me"), password);
    }

    @Test
    void dummyVerifyCompletesForAnyInput() {
        assertDoesNotThrow(() -> hasher.dummyVerify(pw("whatever")));
        assertDoesNotThrow(() -> hasher.dummyVerify(null));
        assertDoesNotThrow(() -> hasher.dummyVerify(new char[0]));
    }

    @Test
    void dummyVerifyTakesAboutAsLongAsVerify() {
        // Coarse check only (CI machines are noisy): with 20,000 iterations both operations must
        // be in the same order of magnitude. A dummyVerify that skipped PBKDF2 would be ~1000x faster.
        PasswordHasher h = new PasswordHasher(20_000);
        String stored = h.hash(pw("timing"));
        for (int i = 0; i < 3; i++) { // warm-up
            h.verify(pw("wrong"), stored);
            h.dummyVerify(pw("wrong"));
        }
        long verify = Long.MAX_VALUE;
        long dummy = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            h.verify(pw("wrong"), stored);
            long t1 = System.nanoTime();
            h.dummyVerify(pw("wrong"));
            long t2 = System.nanoTime();
            verify = Math.min(verify, t1 - t0);
            dummy = Math.min(dummy, t2 - t1);
        }
        assertTrue(dummy * 3 > verify && verify * 3 > dummy,
                "verify=" + verify / 1_000 + "µs dummy=" + dummy / 1_000 + "µs");
    }

    @Test
    void hashRejectsNull() {
        assertThrows(NullPointerException.class, () -> hasher.hash(null));
    }

    private static byte[] hex(String s) {
        byte[] out = new byte[s.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }
}
