package vn.thidua.shared;

import java.text.Normalizer;

/** Text typed by people: trimmed, inner white space folded, and in Unicode NFC so that "Hoà" typed two ways is one name. */
public final class Names {

    private Names() {
    }

    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }

    /** A cleaned, non-empty name of at most maxLength characters, or a {@link RuleViolation} with the given key prefix. */
    public static String required(String text, int maxLength, String field) {
        String cleaned = clean(text);
        RuleViolation.require(!cleaned.isEmpty(), "error.required", field);
        RuleViolation.require(cleaned.length() <= maxLength, "error.tooLong", field, maxLength);
        return cleaned;
    }
}
