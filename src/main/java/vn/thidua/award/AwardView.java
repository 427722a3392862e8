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
}
