package vn.thidua.security.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.thidua.organisation.UnitNode;
import vn.thidua.organisation.UnitQueries;
import vn.thidua.security.AccountService;
import vn.thidua.security.AccountView;
import vn.thidua.security.CurrentActor;
import vn.thidua.security.Role;
import vn.thidua.shared.web.Messages;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** Staff manage the accounts of chairs, vice-chairs, staff and leaders in their subtree. */
@Named
@ViewScoped
public class AccountsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    @Inject
    UnitQueries units;

    @Inject
    CurrentActor current;

    private List<AccountView> rows;
    private String username;
    private String fullName;
    private String positionTitle;
    private Role role = Role.CHAIR;
    private String office = "CHAIR";
    private UnitNode unit;
    private String temporaryPassword;
    private String temporaryFor;

    @PostConstruct
    void load() {
        rows = accounts.list(current.get());
    }

    public void create() {
        String name = username;
        Long unitId = unit == null ? null : unit.getId();
        if (Messages.attempt(() -> temporaryPassword = accounts.create(current.get(), username, fullName, positionTitle, role, unitId, office))) {
            temporaryFor = name;
            Messages.info("account.created", name);
            username = null;
            fullName = null;
            positionTitle = null;
            unit = null;
            load();
        }
    }

    /** Sets the office a chair account signs in: "CHAIR", "VICE_CHAIR", or "" for none. */
    public void assignOffice(AccountView row, String newOffice) {
        if (Messages.attempt(() -> accounts.assignOffice(current.get(), row.getId(), newOffice))) {
            Messages.info("account.officeSet", row.getUsername());
        }
        load();
    }

    public String getOffice() {
        return office;
    }

    public void setOffice(String office) {
        this.office = office;
    }

    public void disable(AccountView row) {
        if (Messages.attempt(() -> accounts.disable(current.get(), row.getId()))) {
            Messages.info("account.disabled.done", row.getUsername());
        }
        load();
    }

    public void enable(AccountView row) {
        if (Messages.attempt(() -> accounts.enable(current.get(), row.getId()))) {
            Messages.info("account.enabled.done", row.getUsername());
        }
        load();
    }

    public void resetPassword(AccountView row) {
        if (Messages.attempt(() -> temporaryPassword = accounts.resetPassword(current.get(), row.getId()))) {
            temporaryFor = row.getUsername();
            Messages.info("account.passwordReset", row.getUsername());
        }
        load();
    }

    public List<UnitNode> completeUnit(String text) {
        return units.search(current.get(), text, null, null, 0, 20);
    }

    public List<Role> getRoles() {
        return current.get().isAdmin() ? Arrays.asList(Role.values()) : List.of(Role.STAFF, Role.CHAIR, Role.VIEWER);
    }

    public List<AccountView> getRows() {
        return rows;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getPositionTitle() {
        return positionTitle;
    }

    public void setPositionTitle(String positionTitle) {
        this.positionTitle = positionTitle;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public UnitNode getUnit() {
        return unit;
    }

    public void setUnit(UnitNode unit) {
        this.unit = unit;
    }

    public String getTemporaryPassword() {
        return temporaryPassword;
    }

    public String getTemporaryFor() {
        return temporaryFor;
    }
}
