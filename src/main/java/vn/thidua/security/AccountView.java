package vn.thidua.security;

import java.time.Instant;

/** One row of the accounts table. */
public final class AccountView {

    private final long id;
    private final String username;
    private final String fullName;
    private final String positionTitle;
    private final Role role;
    private final String unitCode;
    private final String unitName;
    private final boolean enabled;
    private final boolean mustChangePassword;
    private final Instant lastSignInAt;
    private final String office;

    public AccountView(long id, String username, String fullName, String positionTitle, Role role, String unitCode,
                       String unitName, boolean enabled, boolean mustChangePassword, Instant lastSignInAt, String office) {
        this.office = office;
        this.id = id;
        this.username = username;
        this.fullName = fullName;
        this.positionTitle = positionTitle;
        this.role = role;
        this.unitCode = unitCode;
        this.unitName = unitName;
        this.enabled = enabled;
        this.mustChangePassword = mustChangePassword;
        this.lastSignInAt = lastSignInAt;
    }

    public long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getPositionTitle() {
        return positionTitle;
    }

    public Role getRole() {
        return role;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getUnitName() {
        return unitName;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    /** CHAIR or VICE_CHAIR: the office this account signs pledges in; null when it does not sign. */
    public String getOffice() {
        return office;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }
}
