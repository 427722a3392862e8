package vn.thidua.security;

/**
 * Vai trò (role). ADMIN: everything. STAFF: works for an organiser unit over its subtree. CHAIR: chair or vice-chair
 * of one unit, acting for that unit only (cluster-leader rights come from the unit leading a cluster, not from a
 * role). VIEWER: reads a subtree.
 */
public enum Role {
    ADMIN, STAFF, CHAIR, VIEWER;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String STAFF_NAME = "STAFF";
    public static final String CHAIR_NAME = "CHAIR";
    public static final String VIEWER_NAME = "VIEWER";
}
