package vn.thidua.shared;

/**
 * Text put into a SQL {@code LIKE} pattern as itself: {@code %} and {@code _} typed in a search box (or present in a
 * unit code, which may hold {@code _}) must not act as wildcards. MariaDB's default escape character is the backslash.
 */
public final class Like {

    private Like() {
    }

    public static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** A pattern matching values that contain the text. */
    public static String contains(String s) {
        return "%" + escape(s) + "%";
    }

    /** A pattern matching values that start with the text. */
    public static String prefix(String s) {
        return escape(s) + "%";
    }
}
