package vn.thidua.award;

import java.io.Serializable;

/** An award of the catalogue as pages show it. */
public class AwardView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String code;
    private final String name;
    private final AwardKind kind;
    private final int sortOrder;
    private final boolean active;
    private boolean requiresRegistration;
    private String minLevelCode;
    private String requiredTargets;
    private Integer maxPerCluster;
    private boolean requiresVoteWinner;

    public AwardView(long id, String code, String name, AwardKind kind, int sortOrder, boolean active,
                     boolean requiresRegistration, String minLevelCode, String requiredTargets, Integer maxPerCluster,
                     boolean requiresVoteWinner) {
        this(id, code, name, kind, sortOrder, active);
        this.requiresRegistration = requiresRegistration;
        this.minLevelCode = minLevelCode;
        this.requiredTargets = requiredTargets;
        this.maxPerCluster = maxPerCluster;
        this.requiresVoteWinner = requiresVoteWinner;
    }

    public AwardView(long id, String code, String name, AwardKind kind, int sortOrder, boolean active) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.sortOrder = sortOrder;
        this.active = active;
    }

    public long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public AwardKind getKind() {
        return kind;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isActive() {
        return active;
    }

    /** Conditions of a year-end proposal for this award (see the review's eligibility). */
    public boolean isRequiresRegistration() {
        return requiresRegistration;
    }

    public String getMinLevelCode() {
        return minLevelCode;
    }

    public String getRequiredTargets() {
        return requiredTargets;
    }

    public Integer getMaxPerCluster() {
        return maxPerCluster;
    }

    public boolean isRequiresVoteWinner() {
        return requiresVoteWinner;
    }
}
