package vn.thidua.organisation;

import java.util.EnumSet;
import java.util.Set;

/** What a unit type is for: a territory that organises (province, former district), a commune, a hamlet committee, or a member organisation. */
public enum UnitCategory {
    REGION, COMMUNE, HAMLET, MEMBER_ORG;

    /**
     * The categories whose units are rated at year end by the commune above them (hamlet committees and member
     * organisations): the one list that the results sheet and the tally share.
     */
    public static Set<UnitCategory> ratedByParent() {
        return EnumSet.of(HAMLET, MEMBER_ORG);
    }

    public boolean isRatedByParent() {
        return ratedByParent().contains(this);
    }
}
