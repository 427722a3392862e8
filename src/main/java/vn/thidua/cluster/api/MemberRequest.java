package vn.thidua.cluster.api;

/** Body of POST /api/v1/clusters/{id}/members: {"unitCode": "31021"}. */
public class MemberRequest {

    private String unitCode;

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }
}
