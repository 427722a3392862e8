package vn.thidua.cluster;

import java.io.Serializable;

/** A member unit of a cluster and its part in it. */
public final class MemberView implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Part { LEADER, DEPUTY, MEMBER }

    private final long unitId;
    private final String code;
    private final String name;
    private final String typeName;
    private final Part part;

    /** The part follows from the cluster's leader and deputy ids (JPQL constructor expressions take no enum CASE). */
    public MemberView(long unitId, String code, String name, String typeName, Long leaderId, Long deputyId) {
        this.unitId = unitId;
        this.code = code;
        this.name = name;
        this.typeName = typeName;
        this.part = leaderId != null && leaderId == unitId ? Part.LEADER
                : deputyId != null && deputyId == unitId ? Part.DEPUTY : Part.MEMBER;
    }

    public long getUnitId() {
        return unitId;
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

    public Part getPart() {
        return part;
    }

    public boolean isLeader() {
        return part == Part.LEADER;
    }

    public boolean isDeputy() {
        return part == Part.DEPUTY;
    }
}
