package vn.thidua.notification;

import java.util.Set;

/**
 * A person who should sign a pledge version: the account holding the required office of a required unit, whether
 * that unit and office has signed, and how to reach them (verified address, choices).
 */
public record SignerCandidate(long versionId, long clusterId, long accountId, long unitId, String office,
                              boolean signed, String email, boolean verified, boolean wantsEmail, Set<Topic> muted,
                              String language, String fullName, String pledgeTitle, String clusterName) {
}
