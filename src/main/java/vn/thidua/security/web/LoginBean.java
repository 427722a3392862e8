package vn.thidua.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.thidua.security.SignInOutcome;
import vn.thidua.security.ThiDuaAuthenticationMechanism;
import vn.thidua.shared.web.Messages;

import java.io.IOException;

/** The sign-in page: hands the credential to the authentication mechanism and reports the outcome. */
@Named
@RequestScoped
public class LoginBean {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext facesContext;

    private String username;
    private String password;
    private String continueTo;

    public void signIn() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = securityContext.authenticate(request, response, AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(username == null ? "" : username,
                        new Password(password == null ? "" : password))));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            boolean mustChange = Boolean.TRUE.equals(request.getSession().getAttribute(ThiDuaAuthenticationMechanism.SESSION_MUST_CHANGE));
            external.redirect(external.getRequestContextPath() + (mustChange ? "/security/password.xhtml" : safeTarget()));
            return;
        }
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            facesContext.responseComplete();
            return;
        }
        Object outcome = request.getAttribute(ThiDuaAuthenticationMechanism.REQUEST_SIGN_IN_OUTCOME);
        if (outcome instanceof SignInOutcome o && o.getStatus() == SignInOutcome.Status.THROTTLED) {
            // says how long, and whom to call: a held account is slowed, never locked for long
            Messages.error("signIn.throttledCall", o.getRetryAfterMinutes());
        } else {
            Messages.error("signIn.failed");
        }
        facesContext.getExternalContext().getFlash().setKeepMessages(false);
    }

    /** Only a path inside this application: never an open redirect to another site. */
    String safeTarget() {
        if (continueTo == null || !continueTo.startsWith("/") || continueTo.startsWith("//") || continueTo.contains("\\")
                || continueTo.startsWith("/login.xhtml")) {
            return "/index.xhtml";
        }
        return continueTo;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getContinueTo() {
        return continueTo;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
    }
}
