package vn.thidua.shared;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;

/**
 * A deliberately tiny JSON writer for canonical forms that get hashed: the caller fixes the order of keys, strings are
 * NFC-normalised and escaped one way only, numbers are written as plain decimals without trailing zeros, and there is
 * no whitespace. The same data therefore always gives the same bytes, whatever the JVM, locale or database.
 *
 * <p>This is canonical form version 1 ({@code thidua-pledge/1}), kept as written because every signed pledge's
 * fingerprint is its SHA-256 ({@code PledgeFingerprintFixtureTest} holds one). An RFC 8785 library was tried in
 * December 2026 (erdtman's java-json-canonicalization 1.1) and gives other bytes for the same pledge: RFC 8785 sorts
 * keys, escapes a tab as {@code \t} rather than the six-character escape, does not normalise to NFC, and writes
 * numbers as IEEE doubles, so a quota or threshold of more than 15 significant digits may be rounded. A move to it
 * would have to be a new format version stored with each pledge version, and would lose the exact decimals.
 */
public final class CanonicalJson {

    private final StringBuilder out = new StringBuilder();
    private boolean needComma;

    public CanonicalJson beginObject() {
        comma();
        out.append('{');
        needComma = false;
        return this;
    }

    public CanonicalJson endObject() {
        out.append('}');
        needComma = true;
        return this;
    }

    public CanonicalJson beginArray(String key) {
        key(key);
        out.append('[');
        needComma = false;
        return this;
    }

    public CanonicalJson endArray() {
        out.append(']');
        needComma = true;
        return this;
    }

    public CanonicalJson beginObject(String key) {
        key(key);
        out.append('{');
        needComma = false;
        return this;
    }

    public CanonicalJson field(String key, String value) {
        key(key);
        string(value);
        needComma = true;
        return this;
    }

    public CanonicalJson field(String key, long value) {
        key(key);
        out.append(value);
        needComma = true;
        return this;
    }

    public CanonicalJson field(String key, boolean value) {
        key(key);
        out.append(value);
        needComma = true;
        return this;
    }

    public CanonicalJson field(String key, BigDecimal value) {
        key(key);
        out.append(value == null ? "null" : plain(value));
        needComma = true;
        return this;
    }

    public CanonicalJson field(String key, LocalDate value) {
        return field(key, value == null ? null : value.toString());
    }

    public static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    private void key(String key) {
        comma();
        string(key);
        out.append(':');
    }

    private void comma() {
        if (needComma) {
            out.append(',');
        }
    }

    private void string(String value) {
        if (value == null) {
            out.append("null");
            return;
        }
        String text = Normalizer.normalize(value, Normalizer.Form.NFC);
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
