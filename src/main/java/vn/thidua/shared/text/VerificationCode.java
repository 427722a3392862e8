package vn.thidua.shared.text;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The code printed on a signed pledge, which anyone can type on the public page to see that the paper matches the
 * record. Format {@code TD-XXXX-XXXX-XXXC}: eleven random Crockford base-32 symbols (55 bits, too many to guess) and
 * one check symbol, so that a mistyped code is answered "not a valid code" instead of looking up a different pledge.
 *
 * <p>The check is a weighted sum modulo 32 with odd weights 23, 21, …, 3 for the eleven symbols and 1 for the check
 * symbol itself; the code is valid when the whole sum is 0 mod 32. Odd weights are invertible mod 32, so every
 * single wrong symbol is caught. Neighbouring weights differ by 2, so swapping two adjacent symbols is caught unless
 * their values differ by exactly 16 (about 3 % of swaps). Crockford's own mod-37 check would need five extra symbols
 * ({@code * ~ $ = U}) that are awkward to print, read aloud and type on a phone.
 */
public final class VerificationCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int RANDOM_SYMBOLS = 11;
    private static final int SYMBOLS = RANDOM_SYMBOLS + 1;
    private static final String PREFIX = "TD";

    private VerificationCode() {
    }

    public static String generate(SecureRandom random) {
        int[] values = new int[SYMBOLS];
        for (int i = 0; i < RANDOM_SYMBOLS; i++) {
            values[i] = random.nextInt(ALPHABET.length());
        }
        values[RANDOM_SYMBOLS] = Math.floorMod(-weightedSum(values, RANDOM_SYMBOLS), 32);
        return format(values);
    }

    /**
     * The canonical form of what someone typed, or empty when it is not a valid code. Forgives what people do when
     * copying from paper: lower case, spaces, missing or extra dashes, leaving out "TD", and reading O as 0 and I or
     * L as 1 (Crockford leaves those letters out precisely so they can be read this way).
     */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        StringBuilder compact = new StringBuilder(typed.length());
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            // Dashes of every kind: word processors and phone keyboards turn '-' into '‐', '–' or '—'.
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '-' && c != '\u2010' && c != '\u2011'
                    && c != '\u2012' && c != '\u2013' && c != '\u2014' && c != '\u2212') {
                compact.append(c);
            }
        }
        String body = compact.toString();
        // "TD" is told apart by length, not by its letters, because T and D are also ordinary symbols of the code.
        if (body.length() == PREFIX.length() + SYMBOLS && body.startsWith(PREFIX)) {
            body = body.substring(PREFIX.length());
        }
        if (body.length() != SYMBOLS) {
            return Optional.empty();
        }
        int[] values = new int[SYMBOLS];
        for (int i = 0; i < SYMBOLS; i++) {
            int value = ALPHABET.indexOf(substitute(body.charAt(i)));
            if (value < 0) {
                return Optional.empty();
            }
            values[i] = value;
        }
        if (Math.floorMod(weightedSum(values, SYMBOLS), 32) != 0) {
            return Optional.empty();
        }
        return Optional.of(format(values));
    }

    private static char substitute(char c) {
        switch (c) {
            case 'O':
                return '0';
            case 'I':
            case 'L':
                return '1';
            default:
                return c;
        }
    }

    /** Sum of value × weight over the first {@code count} symbols; weight of position i is 2·(11 − i) + 1. */
    private static int weightedSum(int[] values, int count) {
        int sum = 0;
        for (int i = 0; i < count; i++) {
            sum += values[i] * (2 * (RANDOM_SYMBOLS - i) + 1);
        }
        return sum;
    }

    private static String format(int[] values) {
        StringBuilder code = new StringBuilder(PREFIX);
        for (int i = 0; i < SYMBOLS; i++) {
            if (i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(values[i]));
        }
        return code.toString();
    }
}
