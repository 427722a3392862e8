package vn.thidua.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Loại đơn vị (unit type): Tỉnh, Huyện, Xã, Ấp, Hội Nông dân … Data, not code: the 2025 reform removed districts and
 * the product must not care which levels exist.
 */
@Entity
@Table(name = "unit_type")
public class UnitType {

    @Id
    private Long id;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private UnitCategory category;

    @Column(name = "sort_order")
    private int sortOrder;

    protected UnitType() {
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

    public UnitCategory getCategory() {
        return category;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
