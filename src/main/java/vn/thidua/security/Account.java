package vn.thidua.security;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.thidua.organisation.Unit;
import vn.thidua.shared.InstantConverter;
import vn.thidua.shared.Names;
import vn.thidua.shared.RuleViolation;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Tài khoản (account) of a person: staff, a commune chair or vice-chair, a leader. Rules: the username is unique,
 * lower-case, stable; every role but ADMIN works for one unit; the password is stored only as a PBKDF2 hash; a reset
 * forces a change at the next sign-in; a disabled account cannot sign in or use its tokens.
 */
@Entity
@Table(name = "account")
public class Account {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 64)
    private String username;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(name = "position_title", length = 200)
    private String positionTitle;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    /** The office this person signs pledges in for their unit: CHAIR or VICE_CHAIR (null: does not sign). */
    @Column(length = 16)
    private String office;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(nullable = false)
    private boolean enabled = true;

    @Convert(converter = InstantConverter.class)
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Convert(converter = InstantConverter.class)
    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    /** Created by the demo data (password known to everyone): refused unless demo mode is on. */
    @Column(nullable = false)
    private boolean demo;

    /** Bumped by a password reset; a session signed in with another value has ended. */
    @Column(name = "session_epoch", nullable = false)
    private int sessionEpoch;

    @Version
    private long version;

    protected Account() {
    }

    public Account(String username, String fullName, String positionTitle, Role role, Unit unit, String passwordHash) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        RuleViolation.require(USERNAME.matcher(name).matches(), "account.error.badUsername");
        RuleViolation.require(role != null, "error.required", "role");
        RuleViolation.require(role == Role.ADMIN || unit != null, "account.error.unitRequired");
        this.username = name;
        this.fullName = Names.required(fullName, 200, "fullName");
        this.positionTitle = Names.clean(positionTitle);
        this.role = role;
        this.unit = role == Role.ADMIN ? null : unit;
        this.passwordHash = passwordHash;
    }

    public static boolean isValidUsername(String username) {
        return username != null && USERNAME.matcher(username).matches();
    }

    public void describe(String newFullName, String newPositionTitle) {
        this.fullName = Names.required(newFullName, 200, "fullName");
        this.positionTitle = Names.clean(newPositionTitle);
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
    }

    /** Staff reset: a temporary password that must be changed at the next sign-in. */
    public void resetPassword(String temporaryHash) {
        this.passwordHash = temporaryHash;
        this.mustChangePassword = true;
    }

    public void markDemo() {
        this.demo = true;
    }

    public boolean isDemo() {
        return demo;
    }

    /** Ends every session of the account (they are checked against the epoch on each request). */
    public void endSessions() {
        this.sessionEpoch++;
    }

    public int getSessionEpoch() {
        return sessionEpoch;
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    /** Chủ tịch or Phó Chủ tịch of the unit's Front committee: the office a pledge signature is given in. */
    public void holdOffice(String newOffice) {
        RuleViolation.require(newOffice == null || newOffice.equals("CHAIR") || newOffice.equals("VICE_CHAIR"), "account.error.office");
        RuleViolation.require(newOffice == null || role == Role.CHAIR, "account.error.office");
        this.office = newOffice;
    }

    public String getOffice() {
        return office;
    }

    public Actor toActor() {
        return new Actor(id, username, role, unit == null ? null : unit.getId(), unit == null ? "/" : unit.getPath());
    }

    public Long getId() {
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

    public Unit getUnit() {
        return unit;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }
}
