package vn.thidua.shared.text;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerificationCodeTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void generatedCodesHaveTheFormatAndRoundTrip() {
        Set<String> seen = new HashSet<>();
        for (int n = 0; n < 1000; n++) {
            String code = VerificationCode.generate(RANDOM);
            assertTrue(code.matches("TD-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}"), code);
            assertEquals(Optional.of(code), VerificationCode.normalise(code));
            assertEquals(Optional.of(code), VerificationCode.normalise(code.toLowerCase()));
            assertEquals(Optional.of(code), VerificationCode.normalise(code.substring(3).replace("-", "")));
            seen.add(code);
        }
        assertEquals(1000, seen.size());
    }

    @Test
    void forgivesHowPeopleTypeFromPaper() {
        String body = withCheck("01ABCDEFGHJ");
        String canonical = "TD-" + body.substring(0, 4) + "-" + body.substring(4, 8) + "-" + body.substring(8);
        assertEquals(Optional.of(canonical), VerificationCode.normalise(canonical));
        assertEquals(Optional.of(canonical), VerificationCode.normalise("  td " + body.substring(0, 4) + " "
                + body.substring(4, 8) + " " + body.substring(8) + " "));
        assertEquals(Optional.of(canonical), VerificationCode.normalise(body.toLowerCase()));
        assertEquals(Optional.of(canonical), VerificationCode.normalise("TD\u2013" + body)); // en dash from a word processor
        // O read as 0, I and L read as 1.
        assertEquals(Optional.of(canonical), VerificationCode.normalise("Ol" + body.substring(2)));
        assertEquals(Optional.of(canonical), VerificationCode.normalise("TD-oI" + body.substring(2)));
    }

    @Test
    void everySingleWrongSymbolIsRefused() {
        for (int n = 0; n < 50; n++) {
            String body = VerificationCode.generate(RANDOM).replace("TD-", "").replace("-", "");
            for (int pos = 0; pos < body.length(); pos++) {
                for (char c : VerificationCode.ALPHABET.toCharArray()) {
                    if (c == body.charAt(pos)) {
                        continue;
                    }
                    String typo = body.substring(0, pos) + c + body.substring(pos + 1);
                    assertEquals(Optional.empty(), VerificationCode.normalise(typo), typo);
                }
            }
        }
    }

    @Test
    void mostAdjacentSwapsAreRefused() {
        int swaps = 0;
        int caught = 0;
        for (int n = 0; n < 200; n++) {
            String body = VerificationCode.generate(RANDOM).replace("TD-", "").replace("-", "");
            for (int pos = 0; pos + 1 < body.length(); pos++) {
                if (body.charAt(pos) == body.charAt(pos + 1)) {
                    continue;
                }
                String swapped = body.substring(0, pos) + body.charAt(pos + 1) + body.charAt(pos) + body.substring(pos + 2);
                swaps++;
                if (VerificationCode.normalise(swapped).isEmpty()) {
                    caught++;
                }
            }
        }
        // Only swaps of symbols 16 apart slip through (about 1 in 31); a generous bound keeps the test stable.
        assertTrue(caught >= swaps * 0.9, caught + " of " + swaps);
    }

    @Test
    void garbageIsRefused() {
        assertEquals(Optional.empty(), VerificationCode.normalise(null));
        assertEquals(Optional.empty(), VerificationCode.normalise(""));
        assertEquals(Optional.empty(), VerificationCode.normalise("   "));
        assertEquals(Optional.empty(), VerificationCode.normalise("TD-"));
        assertEquals(Optional.empty(), VerificationCode.normalise("hello world"));
        assertEquals(Optional.empty(), VerificationCode.normalise("TD-UUUU-UUUU-UUUU"));
        assertEquals(Optional.empty(), VerificationCode.normalise("TD-0000-0000-000!"));
        assertEquals(Optional.empty(), VerificationCode.normalise("<script>alert(1)</script>"));
        String code = VerificationCode.generate(RANDOM);
        assertEquals(Optional.empty(), VerificationCode.normalise(code + "0"));
        assertEquals(Optional.empty(), VerificationCode.normalise(code.substring(0, code.length() - 1)));
        assertEquals(Optional.empty(), VerificationCode.normalise("XX" + code.substring(2)));
    }

    @Test
    void allZerosIsValidOnlyWithItsCheckSymbol() {
        assertEquals(Optional.of("TD-0000-0000-0000"), VerificationCode.normalise("td 0000 0000 0000"));
        assertEquals(Optional.empty(), VerificationCode.normalise("TD-0000-0000-0001"));
    }

    /** Appends the check symbol by trying every symbol: keeps the test independent of how the check is computed. */
    private static String withCheck(String eleven) {
        for (char c : VerificationCode.ALPHABET.toCharArray()) {
            if (VerificationCode.normalise(eleven + c).isPresent()) {
                return eleven + c;
            }
        }
        throw new AssertionError("no check symbol for " + eleven);
    }
}
