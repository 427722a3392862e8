package vn.thidua.assessment;

import vn.thidua.pledge.TargetKind;
import vn.thidua.shared.RuleViolation;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a typed value for a measure: a rating (its code, such as HTT, or its name), an amount (a plain non-negative
 * number, at most two decimals; spaces and Vietnamese thousands dots "50.000.000" are accepted), two people counts
 * ("reached/total"), or done ("yes"/"no", "có"/"không"). Plain Java; a bad value is a {@link RuleViolation}.
 */
public final class ResultValues {

    private static final Pattern PLAIN = Pattern.compile("[0-9]{1,15}([.,][0-9]{1,2})?");
    private static final Pattern GROUPED = Pattern.compile("[0-9]{1,3}(\\.[0-9]{3})+(,[0-9]{1,2})?");
    private static final Pattern PEOPLE = Pattern.compile("([0-9]{1,7})\\s*/\\s*([0-9]{1,7})");

    private ResultValues() {
    }

    /** {@code levels}: the campaign's scale, code → name. */
    public static ResultValue rating(String text, Map<String, String> levels) {
        String typed = clean(text);
        for (Map.Entry<String, String> level : levels.entrySet()) {
            if (level.getKey().equalsIgnoreCase(typed) || clean(level.getValue()).equalsIgnoreCase(typed)) {
                return ResultValue.rating(level.getKey());
            }
        }
        throw new RuleViolation("results.error.unknownRating", text == null ? "" : text.strip());
    }

    public static ResultValue forTarget(TargetKind kind, String text) {
        String typed = clean(text).replace(" ", "");
        RuleViolation.require(!typed.isEmpty(), "results.error.valueMissing");
        return switch (kind) {
            case QUANTITY -> ResultValue.amount(amount(typed));
            case PEOPLE_SHARE -> {
                Matcher m = PEOPLE.matcher(typed);
                RuleViolation.require(m.matches(), "results.error.people", text.strip());
                int reached = Integer.parseInt(m.group(1));
                int total = Integer.parseInt(m.group(2));
                RuleViolation.require(reached <= total, "results.error.peopleMore", text.strip());
                yield ResultValue.people(reached, total);
            }
            case DONE -> {
                String word = typed.toLowerCase(Locale.ROOT);
                if (word.equals("yes") || word.equals("có") || word.equals("true") || word.equals("1") || word.equals("x")) {
                    yield ResultValue.done(true);
                }
                if (word.equals("no") || word.equals("không") || word.equals("false") || word.equals("0")) {
                    yield ResultValue.done(false);
                }
                throw new RuleViolation("results.error.done", text.strip());
            }
            case RATED_SHARE, RATED_COUNT_AT_MOST -> throw new RuleViolation("results.error.computedTarget");
        };
    }

    /**
     * Clearing the figure of a target of this kind: {@link ResultValue#NONE}. A rated share or count is computed from
     * the ratings and has no figure of its own to clear.
     */
    public static ResultValue cleared(TargetKind kind) {
        RuleViolation.require(kind != TargetKind.RATED_SHARE && kind != TargetKind.RATED_COUNT_AT_MOST, "results.error.computedTarget");
        return ResultValue.NONE;
    }

    static BigDecimal amount(String typed) {
        RuleViolation.require(!typed.startsWith("-"), "results.error.negative", typed);
        String number;
        if (GROUPED.matcher(typed).matches()) {
            number = typed.replace(".", "").replace(',', '.');
        } else if (PLAIN.matcher(typed).matches()) {
            number = typed.replace(',', '.');
        } else {
            throw new RuleViolation("results.error.amount", typed);
        }
        return new BigDecimal(number);
    }

    private static String clean(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    }
}
