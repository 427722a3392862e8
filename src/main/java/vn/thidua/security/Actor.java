package vn.thidua.security;

import java.io.Serializable;

/**
 * Who is acting, with the scope that every service checks: the role and the unit (by its materialised path).
 * Plain Java so that the rules are unit-tested without a container.
 */
public final class Actor implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String username;
    private final Role role;
    private final Long unitId;
    private final String unitPath;

    public Actor(long accountId, String username, Role role, Long unitId, String unitPath) {
        this.accountId = accountId;
        this.username = username;
        this.role = role;
        this.unitId = unitId;
        this.unitPath = unitPath;
    }

    /** The application itself (start-up, demo data): not a person, so never shown a page. */
    public static Actor system() {
        return new Actor(0, "system", Role.ADMIN, null, "/");
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean isStaff() {
        return role == Role.STAFF;
    }

    public boolean isChair() {
        return role == Role.CHAIR;
    }

    public boolean isViewer() {
        return role == Role.VIEWER;
    }

    /** Admin, or staff whose unit's subtree contains the path. */
    public boolean canManage(String path) {
        return isAdmin() || (isStaff() && within(path));
    }

    /** Admin; staff and viewers over their subtree; a chair only their own unit and its children (hamlets). */
    public boolean canRead(String path) {
        return isAdmin() || ((isStaff() || isViewer() || isChair()) && within(path));
    }

    /** A chair acting for exactly this unit (or admin/staff over it). */
    public boolean canActFor(long targetUnitId, String targetPath) {
        if (isChair()) {
            return unitId != null && unitId == targetUnitId;
        }
        return canManage(targetPath);
    }

    public void requireManage(String path) {
        if (!canManage(path)) {
            throw new AccessDenied();
        }
    }

    public void requireRead(String path) {
        if (!canRead(path)) {
            throw new AccessDenied();
        }
    }

    private boolean within(String path) {
        return unitPath != null && path != null && path.startsWith(unitPath);
    }

    public long getAccountId() {
        return accountId;
    }

    public String getUsername() {
        return username;
    }

    public Role getRole() {
        return role;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getUnitPath() {
        return unitPath;
    }

    @Override
    public String toString() {
        return username + "(" + role + ")";
    }
}
