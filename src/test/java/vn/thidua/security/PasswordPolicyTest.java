package vn.thidua.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    private List<String> check(String username, String password) {
        return policy.violations(username, password == null ? null : password.toCharArray());
    }

    @Test
    void constants() {
        assertEquals(8, PasswordPolicy.MIN_LENGTH);
        assertEquals(128, PasswordPolicy.MAX_LENGTH);
    }

    @Test
    void goodPasswordHasNoViolations() {
        assertEquals(List.of(), check("nguyenvana", "Trời xanh mây trắng"));
        assertEquals(List.of(), check("nguyenvana", "k7#Qm2!x"));
        assertEquals(List.of(), check(null, "k7#Qm2!x"));
    }

    @Test
    void tooShort() {
        assertEquals(List.of("password.error.tooShort"), check("user", "Ab3$xyz"));
        assertEquals(List.of("password.error.tooShort"), check("user", ""));
        assertEquals(List.of("password.error.tooShort"), check("user", null));
    }

    @Test
    void exactlyMinimumIsAccepted() {
        assertEquals(List.of(), check("user", "Ab3$xyzW"));
    }

    @Test
    void lengthCountsCodePointsNotChars() {
        // 4 emoji = 4 code points but 8 UTF-16 chars: still too short.
        String fourEmoji = "\uD83D\uDE00\uD83D\uDE01\uD83D\uDE02\uD83D\uDE03";
        assertEquals(8, fourEmoji.length());
        assertEquals(List.of("password.error.tooShort"), check("user", fourEmoji));
        // 8 emoji = 8 code points: long enough.
        assertEquals(List.of(), check("user", fourEmoji + fourEmoji));
        // 128 emoji = 256 chars but 128 code points: not too long.
        assertEquals(List.of(), check("user", "\uD83D\uDE00".repeat(128)));
    }

    @Test
    void vietnameseLettersCountAsOneEach() {
        assertEquals(List.of(), check("user", "đườnglớn"));   // 8 letters
        assertEquals(List.of("password.error.tooShort"), check("user", "đườnglớ"));
    }

    @Test
    void tooLong() {
        assertEquals(List.of(), check("user", "a1".repeat(64)));             // 128
        assertEquals(List.of("password.error.tooLong"), check("user", "a1".repeat(64) + "b")); // 129
    }

    @Test
    void sameAsUsernameIgnoringCase() {
        assertEquals(List.of("password.error.sameAsUsername"), check("NguyenVanAn", "nguyenvanan"));
        assertEquals(List.of("password.error.sameAsUsername"), check("nguyenvanan", "NGUYENVANAN"));
        assertEquals(List.of("password.error.sameAsUsername"), check(" nguyenvanan ", "nguyenvanan"));
        assertEquals(List.of(), check("nguyenvanan", "nguyenvanan1"));
    }

    @Test
    void shortPasswordEqualToUsernameReportsBoth() {
        assertEquals(List.of("password.error.tooShort", "password.error.sameAsUsername"),
                check("an", "AN"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678", "password", "123456789", "11111111", "matkhau123",
            "1234567890", "qwerty123", "abc12345", "PASSWORD", "MatKhau123", "iloveyou"})
    void commonPasswords(String common) {
        assertEquals(List.of("password.error.common"), check("someone", common));
    }

    @Test
    void commonAndSameAsUsername() {
        assertEquals(List.of("password.error.sameAsUsername", "password.error.common"),
                check("password", "Password"));
    }

    @Test
    void nearMissOfCommonPasswordIsAccepted() {
        assertEquals(List.of(), check("someone", "123456780"));
        assertEquals(List.of(), check("someone", "password!x"));
    }

    @Test
    void doesNotModifyPassword() {
        char[] pw = "password".toCharArray();
        policy.violations("u", pw);
        assertEquals("password", new String(pw));
    }

    @Test
    void resultIsUnmodifiable() {
        List<String> result = check("u", "short");
        assertThrows(UnsupportedOperationException.class, () -> result.add("x"));
        assertTrue(result.contains(PasswordPolicy.ERROR_TOO_SHORT));
    }
}
