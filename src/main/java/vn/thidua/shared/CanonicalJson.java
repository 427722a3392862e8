package vn.thidua.shared;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;

/**
 * A deliberately tiny JSON writer for canonical forms that get hashed: the caller fixes the order of keys, strings are
 * NFC-normalised and escaped one way only, numbers are written as plain decimals without trailing zeros, and there is
 * no whitespace. The same data therefore always gives the same bytes, whatever the JVM, locale or database.
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
