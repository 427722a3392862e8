package vn.thidua.pledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.thidua.organisation.Unit;

import java.math.BigDecimal;

/** A member unit's own quota for a quantity target (its chỉ tiêu được giao); the cluster's is the sum. */
@Entity
@Table(name = "pledge_quota")
public class PledgeQuota {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "target_id", updatable = false)
    private PledgeTarget target;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", updatable = false)
    private Unit unit;

    @Column(nullable = false, precision = 18, scale = 2)
    private BigDecimal quota;

    /** The unit's id without loading the unit: the tally reads thousands of quotas. */
    @Column(name = "unit_id", insertable = false, updatable = false)
    private Long unitId;

    protected PledgeQuota() {
    }

    PledgeQuota(PledgeTarget target, Unit unit, BigDecimal quota) {
        this.target = target;
        this.unit = unit;
        this.quota = quota;
    }

    public Long getUnitId() {
        return unitId != null ? unitId : unit.getId();
    }

    public Unit getUnit() {
        return unit;
    }

    public BigDecimal getQuota() {
        return quota;
    }
}
