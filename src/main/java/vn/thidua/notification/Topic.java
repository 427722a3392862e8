package vn.thidua.notification;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The kinds of message a person may turn off one by one ("Nhận thư"). {@link #ACCOUNT} (the verification of their own
 * address) cannot be turned off: it is sent because they just asked for it.
 */
public enum Topic {
    SIGNING, DRAFTS, PLEDGES, RESULTS, REVIEW, ACCOUNT;

    /** The topics shown on the page, in order. */
    public static List<Topic> choosable() {
        return Arrays.stream(values()).filter(t -> t != ACCOUNT).toList();
    }

    /** Reads the stored opt-outs ("RESULTS,REVIEW"); unknown names (a topic since removed) are ignored. */
    public static Set<Topic> parse(String stored) {
        Set<Topic> muted = EnumSet.noneOf(Topic.class);
        if (stored == null || stored.isBlank()) {
            return muted;
        }
        for (String name : stored.split(",")) {
            String n = name.trim().toUpperCase(Locale.ROOT);
            Arrays.stream(values()).filter(t -> t.name().equals(n) && t != ACCOUNT).findFirst().ifPresent(muted::add);
        }
        return muted;
    }

    /** The stored form of the opt-outs, null when none. */
    public static String format(Set<Topic> muted) {
        String s = muted == null ? "" : muted.stream().filter(t -> t != ACCOUNT).sorted().map(Enum::name)
                .reduce((a, b) -> a + "," + b).orElse("");
        return s.isEmpty() ? null : s;
    }
}
