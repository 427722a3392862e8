package vn.thidua.pledge;

import vn.thidua.shared.Names;
import vn.thidua.shared.RuleViolation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a user (or the API, or a template) says a chỉ tiêu is. {@link #validate} applies the rules of one target on its
 * own and clears the fields its kind does not use; the rules across targets (unique codes, "of which" bases, linked
 * clauses) are the pledge version's.
 */
public class TargetSpec implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private String code;
    private String name;
    private TargetKind kind;
    private TargetSubject subject;
    private String childCategory;
    private String levelCode;
    private BigDecimal threshold;
    private String baseCode;
    private String unitOfMeasure;
    private String peopleGroup;
    private String peopleTitle;
    private LocalDate deadline;
    private boolean eachMember = true;
    private boolean clusterWide;
    private Integer clausePosition;
    private Map<Long, BigDecimal> quotas = new LinkedHashMap<>();

    /**
     * Checks and normalises this spec. {@code levelCodes}: the campaign's rating scale; {@code childCategories}: the
     * unit categories whose units can be rated as child units (e.g. HAMLET).
     */
    public void validate(Set<String> levelCodes, Set<String> childCategories) {
        code = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        RuleViolation.require(CODE.matcher(code).matches(), "target.error.badCode");
        name = Names.required(name, 300, "name");
        RuleViolation.require(kind != null, "target.error.kindRequired");
        RuleViolation.require(eachMember || clusterWide, "target.error.scopeRequired");
        boolean rated = kind == TargetKind.RATED_SHARE || kind == TargetKind.RATED_COUNT_AT_MOST;
        if (rated) {
            RuleViolation.require(subject != null, "target.error.subjectRequired");
            RuleViolation.require(levelCode != null && levelCodes.contains(levelCode), "target.error.levelRequired");
            if (subject == TargetSubject.CHILD_UNITS) {
                RuleViolation.require(childCategory != null && childCategories.contains(childCategory), "target.error.childCategoryRequired");
            } else {
                childCategory = null;
                // a share or count over the member units is a property of the cluster, not of one member
                RuleViolation.require(!eachMember, "target.error.membersAreClusterWide");
            }
        } else {
            subject = null;
            childCategory = null;
            levelCode = null;
        }
        switch (kind) {
            case RATED_SHARE, PEOPLE_SHARE -> {
                RuleViolation.require(threshold != null, "target.error.percentRequired");
                RuleViolation.require(threshold.signum() > 0 && threshold.compareTo(HUNDRED) <= 0, "target.error.percentRange");
                RuleViolation.require(threshold.stripTrailingZeros().scale() <= 2, "target.error.percentRange");
            }
            case RATED_COUNT_AT_MOST -> {
                RuleViolation.require(threshold != null, "target.error.countRequired");
                RuleViolation.require(threshold.signum() >= 0 && threshold.stripTrailingZeros().scale() <= 0, "target.error.countRange");
            }
            case QUANTITY -> {
                RuleViolation.require(threshold != null, "target.error.quotaRequired");
                RuleViolation.require(threshold.signum() >= 0 && threshold.compareTo(new BigDecimal("1e15")) < 0
                        && threshold.stripTrailingZeros().scale() <= 2, "target.error.quotaRange");
                for (BigDecimal quota : quotas.values()) {
                    RuleViolation.require(quota != null && quota.signum() >= 0 && quota.compareTo(new BigDecimal("1e15")) < 0
                            && quota.stripTrailingZeros().scale() <= 2, "target.error.quotaRange");
                }
                unitOfMeasure = Names.required(unitOfMeasure, 40, "unitOfMeasure");
            }
            case DONE -> threshold = null;
            default -> throw new IllegalStateException(kind.name());
        }
        if (kind != TargetKind.QUANTITY) {
            unitOfMeasure = null;
            quotas = new LinkedHashMap<>();
        }
        if (kind == TargetKind.PEOPLE_SHARE) {
            peopleGroup = Names.required(peopleGroup, 200, "peopleGroup");
            peopleTitle = Names.required(peopleTitle, 200, "peopleTitle");
        } else {
            peopleGroup = null;
            peopleTitle = null;
        }
        if (kind != TargetKind.RATED_SHARE || baseCode == null || baseCode.isBlank()) {
            baseCode = null;
        } else {
            baseCode = baseCode.strip().toLowerCase(Locale.ROOT);
            RuleViolation.require(!baseCode.equals(code), "target.error.baseSelf");
        }
        if (kind != TargetKind.DONE) {
            deadline = null;
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public TargetKind getKind() {
        return kind;
    }

    public void setKind(TargetKind kind) {
        this.kind = kind;
    }

    public TargetSubject getSubject() {
        return subject;
    }

    public void setSubject(TargetSubject subject) {
        this.subject = subject;
    }

    public String getChildCategory() {
        return childCategory;
    }

    public void setChildCategory(String childCategory) {
        this.childCategory = childCategory;
    }

    public String getLevelCode() {
        return levelCode;
    }

    public void setLevelCode(String levelCode) {
        this.levelCode = levelCode;
    }

    public BigDecimal getThreshold() {
        return threshold;
    }

    public void setThreshold(BigDecimal threshold) {
        this.threshold = threshold;
    }

    public String getBaseCode() {
        return baseCode;
    }

    public void setBaseCode(String baseCode) {
        this.baseCode = baseCode;
    }

    public String getUnitOfMeasure() {
        return unitOfMeasure;
    }

    public void setUnitOfMeasure(String unitOfMeasure) {
        this.unitOfMeasure = unitOfMeasure;
    }

    public String getPeopleGroup() {
        return peopleGroup;
    }

    public void setPeopleGroup(String peopleGroup) {
        this.peopleGroup = peopleGroup;
    }

    public String getPeopleTitle() {
        return peopleTitle;
    }

    public void setPeopleTitle(String peopleTitle) {
        this.peopleTitle = peopleTitle;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public boolean isEachMember() {
        return eachMember;
    }

    public void setEachMember(boolean eachMember) {
        this.eachMember = eachMember;
    }

    public boolean isClusterWide() {
        return clusterWide;
    }

    public void setClusterWide(boolean clusterWide) {
        this.clusterWide = clusterWide;
    }

    public Integer getClausePosition() {
        return clausePosition;
    }

    public void setClausePosition(Integer clausePosition) {
        this.clausePosition = clausePosition;
    }

    public Map<Long, BigDecimal> getQuotas() {
        return quotas;
    }

    public void setQuotas(Map<Long, BigDecimal> quotas) {
        this.quotas = quotas == null ? new LinkedHashMap<>() : new LinkedHashMap<>(quotas);
    }
}
