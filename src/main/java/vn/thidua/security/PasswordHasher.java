package vn.thidua.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes and verifies user passwords with PBKDF2-HMAC-SHA512.
 *
 * <p><b>Why these parameters.</b> OWASP ASVS 5.0 (and the OWASP Password Storage Cheat Sheet it
 * points to) requires that, when PBKDF2 is used, PBKDF2-HMAC-SHA512 runs with at least
 * 210,000 iterations (PBKDF2-HMAC-SHA256 would need 600,000). We therefore use SHA-512,
 * {@value #DEFAULT_ITERATIONS} iterations, a {@value #SALT_BYTES}-byte random salt per password
 * (so equal passwords never produce equal hashes and precomputed tables are useless) and a
 * {@value #KEY_BYTES}-byte derived key (the full SHA-512 output; asking for more would only
 * give an attacker a cheaper shortcut than the defender pays).
 *
 * <p><b>Why not Jakarta Security's {@code Pbkdf2PasswordHash}.</b> Its defaults are
 * PBKDF2WithHmacSHA256 with only 2,048 iterations, far below the ASVS 5.0 minimum, and the
 * defaults are easy to leave unchanged by accident. This class needs only {@code java.*} /
 * {@code javax.crypto} (both part of the JDK), so the policy lives in one place and is unit-testable
 * without a container.
 *
 * <p><b>Stored format.</b> {@code pbkdf2-sha512$<iterations>$<saltBase64>$<hashBase64>}
 * (standard Base64 with padding). The iteration count is stored with each hash so the default can
 * be raised later: {@link #needsRehash(String)} tells the sign-in code to re-hash the password
 * (which it has in clear at that moment) with the current settings.
 *
 * <p><b>Timing.</b> {@link #verify(char[], String)} compares digests with
 * {@link MessageDigest#isEqual(byte[], byte[])} (constant time for equal lengths), and
 * {@link #dummyVerify(char[])} lets the caller spend the same time when the account does not
 * exist, so an attacker cannot tell "unknown user" from "wrong password" by response time.
 *
 * <p>Derived key arrays and the {@link PBEKeySpec} password copy are wiped after use. The caller
 * owns the {@code char[] password} it passes in and should wipe it too.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PasswordHasher {

    /** Algorithm tag written as the first field of every stored hash. */
    public static final String ALGORITHM_ID = "pbkdf2-sha512";
    /** ASVS 5.0 / OWASP minimum for PBKDF2-HMAC-SHA512. */
    public static final int DEFAULT_ITERATIONS = 210_000;
    /** Lowest count accepted by the constructor (only for fast unit tests). */
    public static final int MIN_ITERATIONS = 1_000;
    /** Salt length in bytes (128 bits). */
    public static final int SALT_BYTES = 16;
    /** Derived key length in bytes (512 bits, one SHA-512 block output). */
    public static final int KEY_BYTES = 64;

    private static final String JCA_ALGORITHM = "PBKDF2WithHmacSHA512";
    private static final String SEPARATOR = "$";
    /**
     * Upper bound accepted when <em>parsing</em> a stored hash, so a corrupted or hostile value in
     * the database cannot make a single sign-in burn minutes of CPU.
     */
    private static final int MAX_ITERATIONS = 10_000_000;
    private static final int MAX_KEY_BYTES = 1024;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;

    /** Uses {@value #DEFAULT_ITERATIONS} iterations (ASVS 5.0). */
    public PasswordHasher() {
        this(DEFAULT_ITERATIONS);
    }

    /**
     * @param iterations PBKDF2 iteration count; production code should use the no-arg constructor,
     *                   lower values exist to keep unit tests fast
     * @throws IllegalArgumentException if {@code iterations < 1000}
     */
    public PasswordHasher(int iterations) {
        if (iterations < MIN_ITERATIONS) {
            throw new IllegalArgumentException(
                    "PBKDF2 iterations must be at least " + MIN_ITERATIONS + ", got " + iterations);
        }
        if (iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException(
                    "PBKDF2 iterations must be at most " + MAX_ITERATIONS + ", got " + iterations);
        }
        this.iterations = iterations;
    }

    /** The iteration count used for new hashes. */
    public int iterations() {
        return iterations;
    }

    /**
     * Hashes a password with a fresh random salt.
     *
     * @param password the clear-text password (not modified; the caller should wipe it)
     * @return {@code pbkdf2-sha512$<iterations>$<saltBase64>$<hashBase64>}
     * @throws NullPointerException if {@code password} is null
     */
    public String hash(char[] password) {
        Objects.requireNonNull(password, "password");
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] key = derive(password, salt, iterations, KEY_BYTES);
        try {
            Base64.Encoder b64 = Base64.getEncoder();
            return ALGORITHM_ID + SEPARATOR + iterations + SEPARATOR
                    + b64.encodeToString(salt) + SEPARATOR + b64.encodeToString(key);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /**
     * Checks a password against a stored hash.
     *
     * @return true only if {@code stored} is well-formed and matches; false (never an exception)
     *         for a null password, a null / malformed / foreign-format stored value
     */
    public boolean verify(char[] password, String stored) {
        if (password == null) {
            return false;
        }
        Parsed parsed = parse(stored);
        if (parsed == null) {
            return false;
        }
        byte[] candidate = derive(password, parsed.salt, parsed.iterations, parsed.hash.length);
        try {
            return MessageDigest.isEqual(candidate, parsed.hash);
        } finally {
            Arrays.fill(candidate, (byte) 0);
            Arrays.fill(parsed.hash, (byte) 0);
        }
    }

    /**
     * Whether a stored hash should be replaced (after a successful {@link #verify}) by
     * {@link #hash} with the current settings: true if it uses fewer iterations than this hasher,
     * a shorter salt or key, another format, or cannot be parsed at all.
     */
    public boolean needsRehash(String stored) {
        Parsed parsed = parse(stored);
        if (parsed == null) {
            return true;
        }
        Arrays.fill(parsed.hash, (byte) 0);
        return parsed.iterations < iterations
                || parsed.salt.length < SALT_BYTES
                || parsed.hash.length != KEY_BYTES;
    }

    /**
     * Does the same amount of work as {@link #verify} against a hash made by this hasher, and
     * discards the result. Call it when the account does not exist (or has no password), so that
     * "unknown user" and "wrong password" take the same time and user names cannot be enumerated
     * by timing.
     *
     * @param password the submitted password; null is treated as empty
     */
    public void dummyVerify(char[] password) {
        char[] input = password != null ? password : new char[0];
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] candidate = derive(input, salt, iterations, KEY_BYTES);
        byte[] other = new byte[KEY_BYTES];
        // Same comparison a real verify does; the result is meaningless and ignored.
        MessageDigest.isEqual(candidate, other);
        Arrays.fill(candidate, (byte) 0);
    }

    // ------------------------------------------------------------------------------------------

    private static byte[] derive(char[] password, byte[] salt, int iterations, int keyBytes) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, keyBytes * 8);
        try {
            SecretKeyFactory factory = SecretKeyFactory.getInstance(JCA_ALGORITHM);
            return factory.generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            // PBKDF2WithHmacSHA512 is mandatory in every JDK 17 provider set; reaching this
            // means a broken runtime, not bad input.
            throw new IllegalStateException(JCA_ALGORITHM + " is not available", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** Returns null for anything that is not a well-formed hash in our format. */
    private static Parsed parse(String stored) {
        if (stored == null) {
            return null;
        }
        String[] parts = stored.split("\\$", -1);
        if (parts.length != 4 || !ALGORITHM_ID.equals(parts[0])) {
            return null;
        }
        try {
            String iterText = parts[1];
            if (iterText.isEmpty() || iterText.length() > 9 || !iterText.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return null;
            }
            int iter = Integer.parseInt(iterText);
            if (iter < 1 || iter > MAX_ITERATIONS) {
                return null;
            }
            Base64.Decoder b64 = Base64.getDecoder();
            byte[] salt = b64.decode(parts[2]);
            byte[] hash = b64.decode(parts[3]);
            if (salt.length == 0 || hash.length == 0 || hash.length > MAX_KEY_BYTES) {
                return null;
            }
            return new Parsed(iter, salt, hash);
        } catch (IllegalArgumentException e) { // NumberFormatException is a subclass
            return null;
        }
    }

    private static final class Parsed {
        final int iterations;
        final byte[] salt;
        final byte[] hash;

        Parsed(int iterations, byte[] salt, byte[] hash) {
            this.iterations = iterations;
            this.salt = salt;
            this.hash = hash;
        }
    }
}
