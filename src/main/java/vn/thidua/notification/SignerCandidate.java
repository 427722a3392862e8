package vn.thidua.notification;

/**
 * A person who should sign a pledge version: the account holding the required office of a required unit, whether
 * that unit and office has signed, and how to reach them.
 */
public record SignerCandidate(long versionId, long clusterId, long accountId, long unitId, String office,
                              boolean signed, String email, boolean wantsEmail, String language, String fullName,
                              String pledgeTitle, String clusterName) {
}
