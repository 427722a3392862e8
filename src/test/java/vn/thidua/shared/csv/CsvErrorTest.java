package vn.thidua.shared.csv;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CsvErrorTest {

    private static final class TextError extends CsvError<String> {
        TextError(int line, String key, String... args) {
            super(line, key, List.of(args));
        }
    }

    private static final class OtherError extends CsvError<String> {
        OtherError(int line, String key, String... args) {
            super(line, key, List.of(args));
        }
    }

    @Test
    void valueEqualityWithinOneKindOfError() {
        assertEquals(new TextError(3, "k", "a"), new TextError(3, "k", "a"));
        assertEquals(new TextError(3, "k", "a").hashCode(), new TextError(3, "k", "a").hashCode());
        assertNotEquals(new TextError(3, "k", "a"), new TextError(4, "k", "a"));
        assertNotEquals(new TextError(3, "k", "a"), new TextError(3, "j", "a"));
        assertNotEquals(new TextError(3, "k", "a"), new TextError(3, "k", "b"));
    }

    @Test
    void errorsOfTwoImportsAreNeverEqual() {
        assertNotEquals(new TextError(3, "k"), new OtherError(3, "k"));
    }

    @Test
    void readableInTestFailures() {
        assertEquals("line 2: k", new TextError(2, "k").toString());
        assertEquals("line 2: k [a, b]", new TextError(2, "k", "a", "b").toString());
    }

    @Test
    void aKeyIsRequired() {
        assertThrows(NullPointerException.class, () -> new TextError(1, null));
    }
}
