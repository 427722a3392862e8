package vn.thidua.organisation;

import java.io.Serializable;
import java.time.LocalDate;

/** A unit as the tree, search results and pickers show it: no entity graph behind it. */
public final class UnitNode implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String code;
    private final String name;
    private final String typeName;
    private final UnitCategory category;
    private final String path;
    private final LocalDate validTo;
    private final long childCount;

    public UnitNode(long id, String code, String name, String typeName, UnitCategory category, String path,
                    LocalDate validTo, long childCount) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.typeName = typeName;
        this.category = category;
        this.path = path;
        this.validTo = validTo;
        this.childCount = childCount;
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

    public String getTypeName() {
        return typeName;
    }

    public UnitCategory getCategory() {
        return category;
    }

    public String getPath() {
        return path;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public boolean isRetired() {
        return validTo != null && !validTo.isAfter(LocalDate.now());
    }

    public long getChildCount() {
        return childCount;
    }

    public boolean isLeaf() {
        return childCount == 0;
    }

    /** "Xã Thuận Hoà (31021)": how pickers label a unit, since names are not unique. */
    public String getLabel() {
        return name + " (" + code + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnitNode other && other.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return getLabel();
    }
}
