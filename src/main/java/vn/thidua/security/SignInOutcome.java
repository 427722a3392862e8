package vn.thidua.security;

/** What a sign-in attempt came to. Unknown account and wrong password are one outcome on purpose. */
public final class SignInOutcome {

    public enum Status { OK, FAILED, THROTTLED }

    private final Status status;
    private final Actor actor;
    private final boolean mustChangePassword;
    private final long retryAfterMinutes;
    private int sessionEpoch;

    private SignInOutcome(Status status, Actor actor, boolean mustChangePassword, long retryAfterMinutes) {
        this.status = status;
        this.actor = actor;
        this.mustChangePassword = mustChangePassword;
        this.retryAfterMinutes = retryAfterMinutes;
    }

    static SignInOutcome ok(Actor actor, boolean mustChangePassword, int sessionEpoch) {
        SignInOutcome outcome = new SignInOutcome(Status.OK, actor, mustChangePassword, 0);
        outcome.sessionEpoch = sessionEpoch;
        return outcome;
    }

    /** The account's session epoch at sign-in: the session ends when a password reset changes it. */
    public int getSessionEpoch() {
        return sessionEpoch;
    }

    static SignInOutcome failed() {
        return new SignInOutcome(Status.FAILED, null, false, 0);
    }

    static SignInOutcome throttled(long minutes) {
        return new SignInOutcome(Status.THROTTLED, null, false, Math.max(1, minutes));
    }

    public Status getStatus() {
        return status;
    }

    public boolean isOk() {
        return status == Status.OK;
    }

    public Actor getActor() {
        return actor;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public long getRetryAfterMinutes() {
        return retryAfterMinutes;
    }
}
