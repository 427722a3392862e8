package vn.thidua.pledge;

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
import vn.thidua.organisation.Unit;

/** A signature the final version requires: a member unit and the office (chair or vice-chair) that signs for it. */
@Entity
@Table(name = "pledge_signer")
public class RequiredSigner {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id", updatable = false)
    private PledgeVersion version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", updatable = false)
    private Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private Office office;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(name = "unit_code", nullable = false, updatable = false, length = 32)
    private String unitCode;

    @Column(name = "unit_name", nullable = false, updatable = false, length = 200)
    private String unitName;

    protected RequiredSigner() {
    }

    RequiredSigner(PledgeVersion version, Unit unit, Office office, int position) {
        this.version = version;
        this.unit = unit;
        this.office = office;
        this.position = position;
        this.unitCode = unit.getCode();
        this.unitName = unit.getName();
    }

    public boolean is(Unit other, Office otherOffice) {
        return unit.equals(other) && office == otherOffice;
    }

    public Unit getUnit() {
        return unit;
    }

    public Office getOffice() {
        return office;
    }

    /** The unit's code and name as they were when the pledge was finalised (what the signers agreed to). */
    public String getUnitCode() {
        return unitCode;
    }

    public String getUnitName() {
        return unitName;
    }

    public int getPosition() {
        return position;
    }
}
