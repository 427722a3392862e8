package vn.thidua.pledge;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What the pledge page shows of one cluster's pledge, read in one go by {@link PledgeQueries}: the current version
 * with its text, targets and signing board, the history, and what the reader may do. Plain classes with getters.
 */
public class PledgeView implements Serializable {

    private static final long serialVersionUID = 1L;

    long clusterId;
    String clusterName;
    long campaignId;
    String campaignName;
    String campaignYear;
    String leaderName;
    Long pledgeId;
    boolean canStart;
    boolean canStartFromPreviousYear;
    boolean canDraft;
    boolean canComment;
    boolean canManage;
    boolean canSign;
    boolean canAmend;
    boolean canRemind;
    boolean canConfirm;
    Version current;
    List<Clause> clauses = new ArrayList<>();
    List<Target> targets = new ArrayList<>();
    List<SignerRow> signers = new ArrayList<>();
    SignerRow confirmation;
    int signedCount;
    int requiredCount;
    List<Version> versions = new ArrayList<>();
    List<RevisionRow> revisions = new ArrayList<>();
    List<CommentRow> comments = new ArrayList<>();
    List<EventRow> events = new ArrayList<>();
    List<MemberRow> members = new ArrayList<>();
    IntegrityReport integrity = IntegrityReport.intact();
    /** A confirmed version stands while a newer one goes through comments, signatures and confirmation. */
    boolean amendmentPending;
    /** The number of the version the tally, results and review evaluate (see {@link Pledge#inForce()}). */
    int inForceNumber;
    boolean resultsPublished;

    public boolean isAmendmentPending() {
        return amendmentPending;
    }

    public int getInForceNumber() {
        return inForceNumber;
    }

    public boolean isResultsPublished() {
        return resultsPublished;
    }

    public long getClusterId() {
        return clusterId;
    }

    public String getClusterName() {
        return clusterName;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public String getCampaignName() {
        return campaignName;
    }

    public String getCampaignYear() {
        return campaignYear;
    }

    public String getLeaderName() {
        return leaderName;
    }

    public Long getPledgeId() {
        return pledgeId;
    }

    public boolean isExists() {
        return pledgeId != null;
    }

    public boolean isCanStart() {
        return canStart;
    }

    public boolean isCanStartFromPreviousYear() {
        return canStartFromPreviousYear;
    }

    public boolean isCanDraft() {
        return canDraft;
    }

    public boolean isCanComment() {
        return canComment;
    }

    public boolean isCanManage() {
        return canManage;
    }

    public boolean isCanSign() {
        return canSign;
    }

    public boolean isCanAmend() {
        return canAmend;
    }

    public boolean isCanRemind() {
        return canRemind;
    }

    public boolean isCanConfirm() {
        return canConfirm;
    }

    public Version getCurrent() {
        return current;
    }

    public List<Clause> getClauses() {
        return clauses;
    }

    public List<Target> getTargets() {
        return targets;
    }

    public List<SignerRow> getSigners() {
        return signers;
    }

    public SignerRow getConfirmation() {
        return confirmation;
    }

    public int getSignedCount() {
        return signedCount;
    }

    public int getRequiredCount() {
        return requiredCount;
    }

    public List<Version> getVersions() {
        return versions;
    }

    public List<RevisionRow> getRevisions() {
        return revisions;
    }

    public List<CommentRow> getComments() {
        return comments;
    }

    public List<EventRow> getEvents() {
        return events;
    }

    public List<MemberRow> getMembers() {
        return members;
    }

    public IntegrityReport getIntegrity() {
        return integrity;
    }

    /** A version of the pledge (the current one in full, the others as history rows). */
    public static class Version implements Serializable {
        private static final long serialVersionUID = 1L;
        long id;
        int number;
        PledgeStatus status;
        String title;
        String place;
        String preamble;
        String preambleHtml;
        SignerPolicy signerPolicy;
        int revision;
        String fingerprint;
        String verificationCode;
        String finalisedAt;
        String signedAt;
        boolean document;
        int signatures;

        public long getId() {
            return id;
        }

        public int getNumber() {
            return number;
        }

        public PledgeStatus getStatus() {
            return status;
        }

        public String getTitle() {
            return title;
        }

        public String getPlace() {
            return place;
        }

        public String getPreamble() {
            return preamble;
        }

        public String getPreambleHtml() {
            return preambleHtml;
        }

        public SignerPolicy getSignerPolicy() {
            return signerPolicy;
        }

        public int getRevision() {
            return revision;
        }

        public String getFingerprint() {
            return fingerprint;
        }

        public String getVerificationCode() {
            return verificationCode;
        }

        public String getFinalisedAt() {
            return finalisedAt;
        }

        public String getSignedAt() {
            return signedAt;
        }

        public boolean isDocument() {
            return document;
        }

        public int getSignatures() {
            return signatures;
        }

        public boolean isEditable() {
            return status == PledgeStatus.DRAFT || status == PledgeStatus.DISCUSSION;
        }

        public boolean isSealed() {
            return fingerprint != null;
        }
    }

    public static class Clause implements Serializable {
        private static final long serialVersionUID = 1L;
        long id;
        int number;
        String title;
        String body;
        String bodyHtml;

        public long getId() {
            return id;
        }

        public int getNumber() {
            return number;
        }

        public String getTitle() {
            return title;
        }

        public String getBody() {
            return body;
        }

        public String getBodyHtml() {
            return bodyHtml;
        }
    }

    public static class Target implements Serializable {
        private static final long serialVersionUID = 1L;
        long id;
        int number;
        String code;
        String name;
        TargetKind kind;
        String measure;
        String threshold;
        String scope;
        Integer clause;
        TargetSpec spec;

        public long getId() {
            return id;
        }

        public int getNumber() {
            return number;
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public TargetKind getKind() {
            return kind;
        }

        public String getMeasure() {
            return measure;
        }

        public String getThreshold() {
            return threshold;
        }

        public String getScope() {
            return scope;
        }

        public Integer getClause() {
            return clause;
        }

        public TargetSpec getSpec() {
            return spec;
        }
    }

    /** A line of the signing board: a required signature, given or not. */
    public static class SignerRow implements Serializable {
        private static final long serialVersionUID = 1L;
        long unitId;
        String unitCode;
        String unitName;
        Office office;
        boolean signed;
        boolean paper;
        String signerName;
        String signerPosition;
        String signedAt;
        String registration;
        Long signatureId;
        boolean scan;
        String remindedAt;

        public long getUnitId() {
            return unitId;
        }

        public String getUnitCode() {
            return unitCode;
        }

        public String getUnitName() {
            return unitName;
        }

        public Office getOffice() {
            return office;
        }

        public boolean isSigned() {
            return signed;
        }

        public boolean isPaper() {
            return paper;
        }

        public String getSignerName() {
            return signerName;
        }

        public String getSignerPosition() {
            return signerPosition;
        }

        public String getSignedAt() {
            return signedAt;
        }

        public String getRegistration() {
            return registration;
        }

        public Long getSignatureId() {
            return signatureId;
        }

        public boolean isScan() {
            return scan;
        }

        public String getRemindedAt() {
            return remindedAt;
        }
    }

    public static class RevisionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        int number;
        String summary;
        String author;
        String at;

        public int getNumber() {
            return number;
        }

        public String getSummary() {
            return summary;
        }

        public String getAuthor() {
            return author;
        }

        public String getAt() {
            return at;
        }
    }

    public static class CommentRow implements Serializable {
        private static final long serialVersionUID = 1L;
        String author;
        String unitName;
        String anchor;
        String body;
        String at;
        int revision;

        public String getAuthor() {
            return author;
        }

        public String getUnitName() {
            return unitName;
        }

        public String getAnchor() {
            return anchor;
        }

        public String getBody() {
            return body;
        }

        public String getAt() {
            return at;
        }

        public int getRevision() {
            return revision;
        }
    }

    public static class EventRow implements Serializable {
        private static final long serialVersionUID = 1L;
        int seq;
        int version;
        PledgeEventType type;
        String actor;
        String at;
        String hash;

        public int getSeq() {
            return seq;
        }

        public int getVersion() {
            return version;
        }

        public PledgeEventType getType() {
            return type;
        }

        public String getActor() {
            return actor;
        }

        public String getAt() {
            return at;
        }

        public String getHash() {
            return hash;
        }

        public String getShortHash() {
            return hash.substring(0, 16);
        }
    }

    /** A member unit (for quotas and paper signatures). */
    public static class MemberRow implements Serializable {
        private static final long serialVersionUID = 1L;
        long id;
        String code;
        String name;

        public long getId() {
            return id;
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }
    }
}
