package vn.thidua.campaign;

import vn.thidua.security.Actor;

/**
 * Who may see and run a campaign. Administrators: all. Staff manage the campaigns of organisers inside their subtree.
 * Staff and viewers read campaigns organised inside their subtree or by a unit above them; chairs read the campaigns
 * of the organisers above their unit (their clusters are filtered separately).
 */
public final class CampaignAccess {

    private CampaignAccess() {
    }

    public static boolean canRead(Actor actor, String organiserPath) {
        if (actor.isAdmin()) {
            return true;
        }
        String own = actor.getUnitPath();
        if (own == null) {
            return false;
        }
        boolean above = own.startsWith(organiserPath);
        boolean inside = organiserPath.startsWith(own);
        return actor.isChair() ? above : above || inside;
    }

    public static boolean canManage(Actor actor, String organiserPath) {
        return actor.canManage(organiserPath);
    }
}
