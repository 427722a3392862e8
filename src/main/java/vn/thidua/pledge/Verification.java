package vn.thidua.pledge;

import java.io.Serializable;
import java.util.List;

/**
 * What the public verification page may say about a code or an uploaded document: whether it matches a signed
 * pledge version and, only then, its title, cluster, version, number of signatures and completion time; or that the
 * stored pledge fails its integrity check, naming the first broken entry.
 */
public class Verification implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Outcome {
        /** A signed version, intact; an uploaded file is byte for byte the issued document. */
        VALID,
        /** The version exists but is not (yet) signed by everyone and confirmed. */
        NOT_SIGNED,
        /** The uploaded file names a pledge version but is not the document that was issued: it was modified. */
        MODIFIED,
        /** The stored pledge was altered behind the application's back. */
        TAMPERED,
        /** No pledge has this code (or the file is not one of ours). */
        UNKNOWN,
        /** What was typed is not a well-formed code (a typo caught by its check character). */
        MALFORMED,
        /** Too many documents were checked from this address lately: this one was not looked at. */
        TOO_MANY
    }

    Outcome outcome;
    String code;
    String title;
    String clusterName;
    int version;
    int signatures;
    String completedAt;
    boolean superseded;
    String brokenKey;
    List<String> brokenArgs = List.of();
    /** For {@link Outcome#TOO_MANY}: whole minutes to wait, at least 1. */
    long retryMinutes;

    static Verification of(Outcome outcome) {
        Verification v = new Verification();
        v.outcome = outcome;
        return v;
    }

    static Verification tooMany(java.time.Duration wait) {
        Verification v = of(Outcome.TOO_MANY);
        v.retryMinutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return v;
    }

    public long getRetryMinutes() {
        return retryMinutes;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public boolean isValid() {
        return outcome == Outcome.VALID;
    }

    public boolean isShowDetails() {
        return outcome == Outcome.VALID || outcome == Outcome.NOT_SIGNED;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getClusterName() {
        return clusterName;
    }

    public int getVersion() {
        return version;
    }

    public int getSignatures() {
        return signatures;
    }

    public String getCompletedAt() {
        return completedAt;
    }

    public boolean isSuperseded() {
        return superseded;
    }

    public String getBrokenKey() {
        return brokenKey;
    }

    public List<String> getBrokenArgs() {
        return brokenArgs;
    }
}
