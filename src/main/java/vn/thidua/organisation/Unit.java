package vn.thidua.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.thidua.shared.Names;
import vn.thidua.shared.RuleViolation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Đơn vị (unit): a province, a commune, a hamlet Front work committee (Ban Công tác Mặt trận) or a member
 * organisation. Rules: the code is stable and unique (official codes where they exist) and never changes; the name is
 * NFC and not empty but need not be unique; a unit is never deleted — it is retired (validity dates) and may name the
 * unit it was merged into, so that past years stay reportable. The materialised path of codes ('/91/909/31021/')
 * answers "is this unit in that subtree?" without recursion; moving a unit moves its subtree.
 */
@Entity
@Table(name = "unit")
public class Unit {

    public static final int MAX_NAME = 200;
    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z._-]{1,32}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 32)
    private String code;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "type_id")
    private UnitType type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Unit parent;

    @Column(nullable = false, length = 600)
    private String path;

    @Column(nullable = false)
    private int depth;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    private Unit mergedInto;

    @Version
    private long version;

    protected Unit() {
    }

    public Unit(String code, String name, UnitType type, Unit parent, LocalDate validFrom) {
        String cleanCode = code == null ? "" : code.strip();
        RuleViolation.require(CODE.matcher(cleanCode).matches(), "unit.error.badCode", cleanCode);
        RuleViolation.require(type != null, "error.required", "type");
        this.code = cleanCode;
        this.name = Names.required(name, MAX_NAME, "name");
        this.type = type;
        this.validFrom = validFrom;
        placeUnder(parent);
    }

    public static boolean isValidCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    public void rename(String newName) {
        this.name = Names.required(newName, MAX_NAME, "name");
    }

    public void changeType(UnitType newType) {
        RuleViolation.require(newType != null, "error.required", "type");
        this.type = newType;
    }

    /**
     * Moves the unit under another parent. Returns the old path so that the caller can move the subtree's paths
     * with one statement. A unit cannot go under itself or its own descendants.
     */
    public String moveUnder(Unit newParent) {
        if (newParent != null) {
            RuleViolation.require(!newParent.path.startsWith(this.path), "unit.error.cycle", code);
            RuleViolation.require(newParent.isActiveOn(LocalDate.now()), "unit.error.parentRetired", newParent.code);
        }
        String oldPath = path;
        placeUnder(newParent);
        return oldPath;
    }

    private void placeUnder(Unit newParent) {
        this.parent = newParent;
        this.path = (newParent == null ? "/" : newParent.path) + code + "/";
        this.depth = newParent == null ? 0 : newParent.depth + 1;
    }

    /** Retires the unit from a date, optionally naming the unit it was merged into. History stays. */
    public void retire(LocalDate on, Unit into) {
        RuleViolation.require(on != null, "error.required", "validTo");
        RuleViolation.require(validTo == null, "unit.error.alreadyRetired", code);
        RuleViolation.require(validFrom == null || !on.isBefore(validFrom), "unit.error.retireBeforeStart", code);
        RuleViolation.require(into == null || !into.equals(this), "unit.error.mergedIntoSelf", code);
        this.validTo = on;
        this.mergedInto = into;
    }

    public void reinstate() {
        this.validTo = null;
        this.mergedInto = null;
    }

    public boolean isActiveOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || day.isBefore(validTo));
    }

    /** True when this unit lies strictly inside the other's subtree. */
    public boolean isWithin(Unit ancestor) {
        return ancestor != null && !ancestor.path.equals(path) && path.startsWith(ancestor.path);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public UnitType getType() {
        return type;
    }

    public Unit getParent() {
        return parent;
    }

    public String getPath() {
        return path;
    }

    public int getDepth() {
        return depth;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public Unit getMergedInto() {
        return mergedInto;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Unit other && Objects.equals(code, other.code));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }

    @Override
    public String toString() {
        return code + " " + name;
    }
}
