package vn.thidua.pledge;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import vn.thidua.organisation.Unit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Chỉ tiêu (target) of a pledge version: a kind, a threshold, a scope (each member and/or the cluster as a whole),
 * optionally linked to a clause. Its fields are set only from a validated {@link TargetSpec}; it is frozen with its
 * version. The year-end tally evaluates it.
 */
@Entity
@Table(name = "pledge_target")
public class PledgeTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id", updatable = false)
    private PledgeVersion version;

    @Column(nullable = false)
    private int position;

    /** The version's id without loading it: the tally groups thousands of targets by version. */
    @Column(name = "version_id", insertable = false, updatable = false)
    private Long versionId;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 300)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private TargetKind kind;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private TargetSubject subject;

    @Column(name = "child_type_code", length = 32)
    private String childCategory;

    @Column(name = "level_code", length = 16)
    private String levelCode;

    @Column(precision = 18, scale = 2)
    private BigDecimal threshold;

    @Column(name = "base_code", length = 40)
    private String baseCode;

    @Column(name = "unit_of_measure", length = 40)
    private String unitOfMeasure;

    @Column(name = "people_group", length = 200)
    private String peopleGroup;

    @Column(name = "people_title", length = 200)
    private String peopleTitle;

    private LocalDate deadline;

    @Column(name = "each_member", nullable = false)
    private boolean eachMember;

    @Column(name = "cluster_wide", nullable = false)
    private boolean clusterWide;

    @Column(name = "clause_position")
    private Integer clausePosition;

    @OneToMany(mappedBy = "target", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<PledgeQuota> quotas = new ArrayList<>();

    protected PledgeTarget() {
    }

    PledgeTarget(PledgeVersion version, int position, TargetSpec spec, Function<Long, Unit> units) {
        this.version = version;
        this.position = position;
        apply(spec, units);
    }

    /** Sets every field from a spec that {@link TargetSpec#validate} has already checked. */
    void apply(TargetSpec spec, Function<Long, Unit> units) {
        this.code = spec.getCode();
        this.name = spec.getName();
        this.kind = spec.getKind();
        this.subject = spec.getSubject();
        this.childCategory = spec.getChildCategory();
        this.levelCode = spec.getLevelCode();
        this.threshold = spec.getThreshold();
        this.baseCode = spec.getBaseCode();
        this.unitOfMeasure = spec.getUnitOfMeasure();
        this.peopleGroup = spec.getPeopleGroup();
        this.peopleTitle = spec.getPeopleTitle();
        this.deadline = spec.getDeadline();
        this.eachMember = spec.isEachMember();
        this.clusterWide = spec.isClusterWide();
        this.clausePosition = spec.getClausePosition();
        quotas.clear();
        for (Map.Entry<Long, BigDecimal> e : spec.getQuotas().entrySet()) {
            quotas.add(new PledgeQuota(this, units.apply(e.getKey()), e.getValue()));
        }
    }

    public TargetSpec toSpec() {
        TargetSpec spec = new TargetSpec();
        spec.setCode(code);
        spec.setName(name);
        spec.setKind(kind);
        spec.setSubject(subject);
        spec.setChildCategory(childCategory);
        spec.setLevelCode(levelCode);
        spec.setThreshold(threshold);
        spec.setBaseCode(baseCode);
        spec.setUnitOfMeasure(unitOfMeasure);
        spec.setPeopleGroup(peopleGroup);
        spec.setPeopleTitle(peopleTitle);
        spec.setDeadline(deadline);
        spec.setEachMember(eachMember);
        spec.setClusterWide(clusterWide);
        spec.setClausePosition(clausePosition);
        for (PledgeQuota q : quotas) {
            spec.getQuotas().put(q.getUnitId(), q.getQuota());
        }
        return spec;
    }

    /** The quota a member must reach for a quantity target: its own, or the target's default. */
    public BigDecimal quotaOf(Unit unit) {
        return quotaOf(unit.getId());
    }

    /** As {@link #quotaOf(Unit)} by the unit's id, without loading the units of the quotas. */
    public BigDecimal quotaOf(long unitId) {
        return quotas.stream().filter(q -> q.getUnitId() == unitId).map(PledgeQuota::getQuota).findFirst().orElse(threshold);
    }

    public List<PledgeQuota> sortedQuotas() {
        return quotas.stream().sorted(Comparator.comparing(q -> q.getUnit().getCode())).toList();
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    void unlinkClause(int removedPosition) {
        if (clausePosition == null) {
            return;
        }
        if (clausePosition == removedPosition) {
            clausePosition = null;
        } else if (clausePosition > removedPosition) {
            clausePosition = clausePosition - 1;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getVersionId() {
        return versionId;
    }

    public int getPosition() {
        return position;
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

    public TargetSubject getSubject() {
        return subject;
    }

    public String getChildCategory() {
        return childCategory;
    }

    public String getLevelCode() {
        return levelCode;
    }

    public BigDecimal getThreshold() {
        return threshold;
    }

    public String getBaseCode() {
        return baseCode;
    }

    public String getUnitOfMeasure() {
        return unitOfMeasure;
    }

    public String getPeopleGroup() {
        return peopleGroup;
    }

    public String getPeopleTitle() {
        return peopleTitle;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public boolean isEachMember() {
        return eachMember;
    }

    public boolean isClusterWide() {
        return clusterWide;
    }

    public Integer getClausePosition() {
        return clausePosition;
    }
}
