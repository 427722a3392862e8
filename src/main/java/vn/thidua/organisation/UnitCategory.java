package vn.thidua.organisation;

/** What a unit type is for: a territory that organises (province, former district), a commune, a hamlet committee, or a member organisation. */
public enum UnitCategory {
    REGION, COMMUNE, HAMLET, MEMBER_ORG
}
