package vn.thidua.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checks a new password and returns the problems as i18n message keys.
 *
 * <p><b>Why these rules.</b> They follow OWASP ASVS 5.0 / NIST SP 800-63B: a minimum length of
 * {@value #MIN_LENGTH} characters, a generous maximum of {@value #MAX_LENGTH} (so passphrases are
 * welcome, while the bound stops someone from making the server run PBKDF2 over megabytes), a
 * block-list of the most common passwords, and no password equal to the user name. On purpose
 * there are <em>no</em> composition rules ("one digit, one symbol…") and no forced periodic
 * change: both make users pick predictable passwords and are discouraged by ASVS/NIST.
 *
 * <p>Length is counted in Unicode code points, not UTF-16 {@code char}s, so a password with
 * Vietnamese letters, emoji or other supplementary characters is measured the way the user sees it.
 *
 * <p>Results are message keys (not text) so the web layer can show them in Vietnamese or English.
 * The password is never copied into a {@code String}, so the caller can still wipe its
 * {@code char[]}.
 *
 * <p>Stateless and thread-safe.
 */
public final class PasswordPolicy {

    /** Minimum number of characters (Unicode code points). */
    public static final int MIN_LENGTH = 8;
    /** Maximum number of characters (Unicode code points). */
    public static final int MAX_LENGTH = 128;

    /** Fewer than {@link #MIN_LENGTH} characters. */
    public static final String ERROR_TOO_SHORT = "password.error.tooShort";
    /** More than {@link #MAX_LENGTH} characters. */
    public static final String ERROR_TOO_LONG = "password.error.tooLong";
    /** Same as the user name, ignoring case. */
    public static final String ERROR_SAME_AS_USERNAME = "password.error.sameAsUsername";
    /** On the built-in list of very common passwords (ignoring case). */
    public static final String ERROR_COMMON = "password.error.common";

    /**
     * Very common passwords from public breach top-lists, plus Vietnamese favourites
     * ("matkhau" = "password", "anhyeuem" = "I love you"). Only entries of at least
     * {@link #MIN_LENGTH} characters matter, since shorter ones already fail the length rule.
     * Stored in lower case; matching ignores case.
     */
    private static final Set<String> COMMON = Set.of(
            "12345678", "123456789", "1234567890", "12345678910", "123123123", "87654321",
            "11111111", "00000000", "88888888", "66666666", "99999999", "12341234", "11223344",
            "password", "password1", "password123", "passw0rd", "p@ssw0rd", "p@ssword",
            "qwerty123", "qwertyuiop", "1q2w3e4r", "1qaz2wsx", "zaq12wsx", "asdfghjkl",
            "abc12345", "abcd1234", "abc123456", "a123456789", "aa123456", "123456a@", "iloveyou",
            "admin123", "admin@123", "administrator", "welcome1", "sunshine", "princess", "football",
            "matkhau1", "matkhau123", "matkhau@123", "anhyeuem", "anhyeuem123", "emyeuanh",
            "thidua123", "thiduakhenthuong", "vietnam123", "hanoi123", "saigon123");

    /**
     * Returns all rules the password breaks, as i18n keys in a fixed order
     * (tooShort, tooLong, sameAsUsername, common); an empty list means the password is acceptable.
     *
     * @param username the account's user name; may be null (then that rule is skipped)
     * @param password the proposed password; null is treated as empty
     * @return an unmodifiable list of message keys
     */
    public List<String> violations(String username, char[] password) {
        char[] pw = password != null ? password : new char[0];
        List<String> result = new ArrayList<>(2);
        int length = Character.codePointCount(pw, 0, pw.length);
        if (length < MIN_LENGTH) {
            result.add(ERROR_TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            result.add(ERROR_TOO_LONG);
        }
        if (username != null && !username.isBlank() && equalsIgnoreCase(pw, username.strip())) {
            result.add(ERROR_SAME_AS_USERNAME);
        }
        if (length <= MAX_LENGTH && isCommon(pw)) {
            result.add(ERROR_COMMON);
        }
        return List.copyOf(result);
    }

    private static boolean isCommon(char[] pw) {
        for (String common : COMMON) {
            if (equalsIgnoreCase(pw, common)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Case-insensitive comparison with the same per-character rule as
     * {@link String#equalsIgnoreCase(String)}, without turning the password into a String.
     */
    private static boolean equalsIgnoreCase(char[] pw, String other) {
        if (pw.length != other.length()) {
            return false;
        }
        for (int i = 0; i < pw.length; i++) {
            char a = pw[i];
            char b = other.charAt(i);
            if (a == b) {
                continue;
            }
            char ua = Character.toUpperCase(a);
            char ub = Character.toUpperCase(b);
            if (ua != ub && Character.toLowerCase(ua) != Character.toLowerCase(ub)) {
                return false;
            }
        }
        return true;
    }
}
