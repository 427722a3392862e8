package vn.thidua.notification;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Who gets which signing message, and when. A reminder goes to a required signer who has not signed (the unit and
 * office, online or on paper: a paper signature recorded by staff counts), who has a verified e-mail address, has not
 * turned e-mail off nor the signing topic ({@link Audience#mayMail}). The early reminder is due from N days before the deadline until the day before (so a day the
 * sender was down is made up), the last one on the day itself; after the deadline the overdue list takes over.
 */
public final class ReminderRule {

    private final int daysBefore;

    public ReminderRule(int daysBefore) {
        if (daysBefore < 1) {
            throw new IllegalArgumentException("daysBefore >= 1");
        }
        this.daysBefore = daysBefore;
    }

    public Optional<ReminderKind> kindOn(LocalDate today, LocalDate dueOn) {
        if (today.equals(dueOn)) {
            return Optional.of(ReminderKind.SIGNING_DUE_TODAY);
        }
        if (today.isBefore(dueOn) && !today.isBefore(dueOn.minusDays(daysBefore))) {
            return Optional.of(ReminderKind.SIGNING_REMINDER);
        }
        return Optional.empty();
    }

    /** Whether this person is to be reminded at all (any day). */
    public static boolean reaches(SignerCandidate c) {
        return !c.signed() && reachable(c);
    }

    /** Whether a message can and may be e-mailed to this person. */
    public static boolean reachable(SignerCandidate c) {
        return Audience.mayMail(ReminderKind.SIGNING_REMINDER, c.email(), c.verified(), c.wantsEmail(), c.muted());
    }

    /**
     * The key under which a message is queued once: the same reminder for the same person, version and deadline is
     * never queued twice, whichever instance and however often the scan runs; a moved deadline reminds again.
     */
    public static String dedupeKey(ReminderKind kind, SignerCandidate c, LocalDate dueOn) {
        return kind.name() + ":" + c.versionId() + ":" + c.accountId() + (dueOn == null ? "" : ":" + dueOn);
    }
}
