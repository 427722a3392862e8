package vn.thidua.notification;

import java.util.Set;

/**
 * Who receives which message (plain Java, unit-tested). An event of the year concerns the chairs and vice-chairs of
 * the units it is about (the cluster's members for a pledge, the commune for its results report or review sheet, every
 * member of the campaign's clusters for the publication), never the person who caused it. Of those, a message is
 * e-mailed only to an address that the person has verified by its link, while they want e-mail and have not turned
 * off the message's topic; the only message an unverified address ever gets is the verification itself.
 */
public final class Audience {

    private Audience() {
    }

    /** One account that an event may concern, with how to reach them. */
    public record Person(long accountId, long unitId, String office, String fullName, String email, boolean verified,
                         boolean wantsEmail, String language, Set<Topic> muted) {
    }

    /** Whether the event (caused by {@code causedBy}, an account id, or null for the system) is mailed to this person. */
    public static boolean receives(ReminderKind kind, Person p, Long causedBy) {
        if (causedBy != null && causedBy == p.accountId()) {
            return false;
        }
        if (!"CHAIR".equals(p.office()) && !"VICE_CHAIR".equals(p.office())) {
            return false;
        }
        return mayMail(kind, p.email(), p.verified(), p.wantsEmail(), p.muted());
    }

    /** Whether a message of this kind may be e-mailed to this address at all. */
    public static boolean mayMail(ReminderKind kind, String email, boolean verified, boolean wantsEmail, Set<Topic> muted) {
        if (email == null || email.isBlank()) {
            return false;
        }
        if (kind == ReminderKind.VERIFY_EMAIL) {
            return true;
        }
        return verified && wantsEmail && (muted == null || !muted.contains(kind.topic()));
    }
}
