package vn.thidua.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Personal API tokens: generation, storage hash, display prefix and a cheap syntax check.
 *
 * <p><b>Format.</b> {@code td_} followed by 32 bytes (256 bits) from {@link SecureRandom} in
 * base64url without padding, i.e. 46 characters in total. The {@code td_} prefix makes a leaked
 * token recognisable (secret scanners, log reviews) and the base64url alphabet is safe in headers,
 * URLs and file names.
 *
 * <p><b>Why a plain SHA-256 for storage.</b> Only the hash is stored, so a database leak does not
 * reveal usable tokens. Unlike passwords, tokens are 256-bit random values: there is no dictionary
 * to try, and brute-forcing 2^256 possibilities is impossible no matter how fast the hash is. A
 * slow, salted password hash (PBKDF2) would add nothing but cost on every API request, and a salt
 * would prevent looking a token up by its hash. Hence an unsalted, fast SHA-256, compared by
 * database lookup of the hex digest.
 *
 * <p><b>Prefix.</b> The first {@value #PREFIX_LENGTH} characters ("td_" plus 7 random characters,
 * ~42 bits, far too few to help an attacker) are stored in clear and shown in token lists so a user
 * can tell tokens apart and revoke the right one.
 *
 * <p><b>Syntax check.</b> {@link #looksLikeToken(String)} is deliberately looser than the
 * generated format: the application also accepts seeded demo tokens such as
 * {@code demo-viewer-token}. It only rejects obvious garbage (wrong characters, absurd length)
 * before any hashing or database work is done.
 */
public final class ApiTokens {

    /** Every generated token starts with this. */
    public static final String TOKEN_PREFIX = "td_";
    /** Number of random bytes in a generated token. */
    public static final int RANDOM_BYTES = 32;
    /** Length of the display prefix returned by {@link #prefix(String)}. */
    public static final int PREFIX_LENGTH = 10;
    /** Shortest string {@link #looksLikeToken} accepts (demo tokens included). */
    public static final int MIN_ACCEPTED_LENGTH = 8;
    /** Longest string {@link #looksLikeToken} accepts. */
    public static final int MAX_ACCEPTED_LENGTH = 200;

    private static final Pattern ACCEPTED = Pattern.compile(
            "[A-Za-z0-9_-]{" + MIN_ACCEPTED_LENGTH + "," + MAX_ACCEPTED_LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private ApiTokens() {
    }

    /** A new random token: {@code "td_" + base64url(32 random bytes)}, no padding, 46 characters. */
    public static String newToken() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return TOKEN_PREFIX + BASE64URL.encodeToString(bytes);
    }

    /**
     * Lower-case hex SHA-256 of the token's UTF-8 bytes (64 characters): the value to store and to
     * look tokens up by.
     *
     * @throws NullPointerException if {@code token} is null
     */
    public static String hash(String token) {
        Objects.requireNonNull(token, "token");
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e); // mandatory in every JDK
        }
    }

    /**
     * The first {@value #PREFIX_LENGTH} characters, for display. For a token shorter than twice
     * that (only hand-made demo tokens), at most half of it is returned, so a display prefix never
     * reveals a whole short token.
     *
     * @throws NullPointerException if {@code token} is null
     */
    public static String prefix(String token) {
        Objects.requireNonNull(token, "token");
        int n = Math.min(PREFIX_LENGTH, token.length() / 2);
        return token.substring(0, n);
    }

    /**
     * Cheap syntax check before hashing and lookup: non-null, {@value #MIN_ACCEPTED_LENGTH} to
     * {@value #MAX_ACCEPTED_LENGTH} characters, only {@code [A-Za-z0-9_-]}. Accepts every token
     * made by {@link #newToken()} and also demo tokens such as {@code demo-viewer-token}. Passing
     * this check says nothing about validity; only a hash lookup does.
     */
    public static boolean looksLikeToken(String s) {
        return s != null
                && s.length() >= MIN_ACCEPTED_LENGTH
                && s.length() <= MAX_ACCEPTED_LENGTH
                && ACCEPTED.matcher(s).matches();
    }
}
