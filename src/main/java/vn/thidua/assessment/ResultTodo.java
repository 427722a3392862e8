package vn.thidua.assessment;

import java.io.Serializable;

/**
 * A year-end results task on the home page: for a chair, their commune's sheet to fill in (with how much is missing) or
 * to fix after it was returned (with the reason); for staff, a submitted report waiting to be accepted. A view object.
 */
public class ResultTodo implements Serializable {

    private static final long serialVersionUID = 1L;

    /** ENTER (Draft), FIX (Returned), ACCEPT (Submitted, for staff). */
    private final String kind;
    private final long campaignId;
    private final long unitId;
    private final String unitName;
    private final String campaignName;
    private final int unrated;
    private final int hamlets;
    private final int figuresMissing;
    private final String reason;

    public ResultTodo(String kind, long campaignId, long unitId, String unitName, String campaignName, int unrated, int hamlets,
                      int figuresMissing, String reason) {
        this.kind = kind;
        this.campaignId = campaignId;
        this.unitId = unitId;
        this.unitName = unitName;
        this.campaignName = campaignName;
        this.unrated = unrated;
        this.hamlets = hamlets;
        this.figuresMissing = figuresMissing;
        this.reason = reason;
    }

    public String getKind() {
        return kind;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public long getUnitId() {
        return unitId;
    }

    public String getUnitName() {
        return unitName;
    }

    public String getCampaignName() {
        return campaignName;
    }

    /** Hamlet committees not rated yet. */
    public int getUnrated() {
        return unrated;
    }

    public int getHamlets() {
        return hamlets;
    }

    public int getFiguresMissing() {
        return figuresMissing;
    }

    public String getReason() {
        return reason;
    }
}
