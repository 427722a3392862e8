package vn.thidua.campaign;

import vn.thidua.security.Actor;

import java.util.Collection;

/**
 * Who may see and run a campaign, and the one read rule every feature shares (written down in docs/security.md).
 * <ul>
 * <li><b>See</b> the campaign's heading (name, year, status, scoring sheet): anyone whose unit lies under the
 * organiser or whose subtree holds it; the plan of the year is announced to every unit it concerns.</li>
 * <li><b>Read all</b> of it (every cluster, pledge, result, review, file): administrators, and accounts whose own
 * subtree holds the organiser ({@link Actor#canRead}) — the organiser's staff and leaders, and those above them.</li>
 * <li><b>Read a cluster</b>: those who read all, and anyone whose subtree holds one of the cluster's members (the
 * member's chair, a commune's viewer or staff): what the cluster shares at its conference and meeting.</li>
 * <li><b>Read a unit's records</b> (results sheet): those who read all, and anyone whose subtree holds the unit.</li>
 * </ul>
 * Being below the organiser never opens the whole campaign: a commune reads its own cluster, not its neighbours'.
 * Staff manage (write) the campaigns of organisers inside their subtree.
 */
public final class CampaignAccess {

    private CampaignAccess() {
    }

    public static boolean canSee(Actor actor, String organiserPath) {
        if (canReadAll(actor, organiserPath)) {
            return true;
        }
        String own = actor.getUnitPath();
        return own != null && organiserPath != null && own.startsWith(organiserPath);
    }

    public static boolean canReadAll(Actor actor, String organiserPath) {
        return actor.canRead(organiserPath);
    }

    public static boolean canReadCluster(Actor actor, String organiserPath, Collection<String> memberPaths) {
        return canReadAll(actor, organiserPath) || memberPaths.stream().anyMatch(actor::canRead);
    }

    public static boolean canReadUnit(Actor actor, String organiserPath, String unitPath) {
        return canReadAll(actor, organiserPath) || actor.canRead(unitPath);
    }

    public static boolean canManage(Actor actor, String organiserPath) {
        return actor.canManage(organiserPath);
    }
}
