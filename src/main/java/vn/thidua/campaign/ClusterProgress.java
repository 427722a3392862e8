package vn.thidua.campaign;

import java.io.Serializable;

/**
 * How far one cluster has come this year, for the campaign page's list: its pledge's signatures (signed of required,
 * on the latest version), its communes' results reports (submitted or accepted of members, and how many were returned)
 * and the review's stage. A view object with getters (EL does not read records).
 */
public class ClusterProgress implements Serializable {

    private static final long serialVersionUID = 1L;

    /** No pledge yet: nothing to sign. */
    public static final String NO_PLEDGE = "NONE";

    private final long clusterId;
    private final String pledgeStatus;
    private final int signed;
    private final int signers;
    private final int members;
    private final int submitted;
    private final int accepted;
    private final int returned;
    private final ReviewStage reviewStage;
    private final java.util.List<String> unsigned;

    /**
     * @param submitted members whose report waits for staff; {@code accepted} those accepted; {@code returned} those
     *                  sent back; every other member is still at its draft (or has not begun)
     */
    public ClusterProgress(long clusterId, String pledgeStatus, int signed, int signers, int members, int submitted, int accepted,
                           int returned, ReviewStage reviewStage, java.util.List<String> unsigned) {
        this.clusterId = clusterId;
        this.pledgeStatus = pledgeStatus;
        this.signed = signed;
        this.signers = signers;
        this.members = members;
        this.submitted = submitted;
        this.accepted = accepted;
        this.returned = returned;
        this.reviewStage = reviewStage;
        this.unsigned = java.util.List.copyOf(unsigned);
    }

    /** The member units still to sign the pledge out for signatures, in the pledge's order. */
    public java.util.List<String> getUnsigned() {
        return unsigned;
    }

    public String getUnsignedText() {
        return String.join(", ", unsigned);
    }

    public long getClusterId() {
        return clusterId;
    }

    /** NONE, DRAFT, DISCUSSION, FINAL (being signed), SIGNED (confirmed). */
    public String getPledgeStatus() {
        return pledgeStatus;
    }

    /** Whether the pledge is out for signatures or signed: only then do "n/m signed" mean anything. */
    public boolean isSigning() {
        return "FINAL".equals(pledgeStatus) || "SIGNED".equals(pledgeStatus);
    }

    public int getSigned() {
        return signed;
    }

    public int getSigners() {
        return signers;
    }

    public int getMembers() {
        return members;
    }

    /** Reports sent in: waiting for staff or accepted. */
    public int getReportsIn() {
        return submitted + accepted;
    }

    public int getSubmitted() {
        return submitted;
    }

    public int getAccepted() {
        return accepted;
    }

    /** Members whose report is still a draft (or not begun): neither sent in nor returned. */
    public int getDrafts() {
        return Math.max(0, members - submitted - accepted - returned);
    }

    public int getReturned() {
        return returned;
    }

    public ReviewStage getReviewStage() {
        return reviewStage;
    }
}
