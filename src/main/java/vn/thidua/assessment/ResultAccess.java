package vn.thidua.assessment;

import vn.thidua.campaign.CampaignAccess;
import vn.thidua.security.Actor;

/**
 * Who may read one commune's results sheet: the shared unit read rule of {@link CampaignAccess} (whole-campaign
 * readers, and accounts whose subtree holds the commune: its chairs, its own viewer or staff), plus the chair of the
 * unit leading the commune's cluster, who returns reports. Plain Java, unit-tested.
 */
public final class ResultAccess {

    private ResultAccess() {
    }

    public static boolean canRead(Actor actor, String organiserPath, String unitPath, Long leaderUnitId) {
        return CampaignAccess.canReadUnit(actor, organiserPath, unitPath) || leads(actor, leaderUnitId);
    }

    public static boolean leads(Actor actor, Long leaderUnitId) {
        return actor.isChair() && actor.getUnitId() != null && actor.getUnitId().equals(leaderUnitId);
    }
}
