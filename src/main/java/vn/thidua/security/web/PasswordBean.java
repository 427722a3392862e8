package vn.thidua.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import vn.thidua.security.AccountService;
import vn.thidua.security.CurrentActor;
import vn.thidua.security.ThiDuaAuthenticationMechanism;
import vn.thidua.shared.web.Messages;

import java.io.IOException;

/** Changing one's own password (forced after a reset). */
@Named
@RequestScoped
public class PasswordBean {

    @Inject
    AccountService accounts;

    @Inject
    CurrentActor current;

    @Inject
    FacesContext facesContext;

    private String currentPassword;
    private String newPassword;
    private String confirmation;

    public boolean isForced() {
        HttpServletRequest request = (HttpServletRequest) facesContext.getExternalContext().getRequest();
        return request.getSession(false) != null
                && Boolean.TRUE.equals(request.getSession(false).getAttribute(ThiDuaAuthenticationMechanism.SESSION_MUST_CHANGE));
    }

    public void change() throws IOException {
        boolean ok = Messages.attempt(() -> accounts.changeOwnPassword(current.get(), chars(currentPassword), chars(newPassword),
                chars(confirmation)));
        currentPassword = null;
        newPassword = null;
        confirmation = null;
        if (ok) {
            ExternalContext external = facesContext.getExternalContext();
            ((HttpServletRequest) external.getRequest()).getSession().setAttribute(ThiDuaAuthenticationMechanism.SESSION_MUST_CHANGE, false);
            Messages.info("password.changed");
            external.redirect(external.getRequestContextPath() + "/index.xhtml");
        }
    }

    private static char[] chars(String s) {
        return s == null ? new char[0] : s.toCharArray();
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
