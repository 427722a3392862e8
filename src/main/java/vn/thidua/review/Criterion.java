package vn.thidua.review;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.thidua.campaign.Campaign;

import java.math.BigDecimal;

/**
 * Tiêu chí (criterion) or lĩnh vực (area, a criterion with children) of a campaign's scoring sheet. The rules of the
 * tree are checked on the whole sheet by {@link ScoringSheet} before a change is saved; this entity only holds one
 * node. The sheet is locked once a unit has saved a self-score, so a criterion never changes under a score.
 */
@Entity
@Table(name = "score_criterion")
public class Criterion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id", updatable = false)
    private Campaign campaign;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Criterion parent;

    @Column(nullable = false, length = 20)
    private String code;

    @Column(nullable = false, length = 500)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CriterionKind kind;

    @Column(name = "max_points", nullable = false, precision = 7, scale = 2)
    private BigDecimal maxPoints;

    @Column(name = "evidence_required", nullable = false)
    private boolean evidenceRequired;

    @Column(name = "target_code", length = 40)
    private String targetCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "link_mode", length = 16)
    private LinkMode linkMode;

    @Column(nullable = false)
    private int position;

    @Version
    private long version;

    protected Criterion() {
    }

    /** A node already checked by {@link ScoringSheet#check}. */
    public Criterion(Campaign campaign, Criterion parent, ScoringSheet.Node node, int position) {
        this.campaign = campaign;
        this.code = node.code();
        apply(parent, node, position);
    }

    void apply(Criterion newParent, ScoringSheet.Node node, int newPosition) {
        this.parent = newParent;
        this.code = node.code();
        this.name = node.name().strip();
        this.kind = node.kind();
        this.maxPoints = node.maxPoints();
        this.evidenceRequired = node.evidenceRequired();
        this.targetCode = node.isLinked() ? node.targetCode().strip() : null;
        this.linkMode = node.isLinked() ? node.linkMode() : null;
        this.position = newPosition;
    }

    public ScoringSheet.Node toNode() {
        return new ScoringSheet.Node(code, parent == null ? null : parent.getCode(), name, kind, maxPoints,
                evidenceRequired, targetCode, linkMode);
    }

    public Criterion copyInto(Campaign next, Criterion newParent) {
        Criterion copy = new Criterion();
        copy.campaign = next;
        copy.apply(newParent, toNode(), position);
        return copy;
    }

    public Long getId() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public Criterion getParent() {
        return parent;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public CriterionKind getKind() {
        return kind;
    }

    public BigDecimal getMaxPoints() {
        return maxPoints;
    }

    public boolean isEvidenceRequired() {
        return evidenceRequired;
    }

    public String getTargetCode() {
        return targetCode;
    }

    public LinkMode getLinkMode() {
        return linkMode;
    }

    public int getPosition() {
        return position;
    }
}
