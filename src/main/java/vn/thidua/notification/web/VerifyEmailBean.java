package vn.thidua.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.thidua.notification.ContactService;
import vn.thidua.security.CurrentActor;
import vn.thidua.shared.RuleViolation;
import vn.thidua.shared.web.Messages;

/**
 * The page a verification link opens (signed in: the link verifies the address of the person who holds the account,
 * so opening someone else's link while signed in as oneself verifies nothing).
 */
@Named
@RequestScoped
public class VerifyEmailBean {

    @Inject
    ContactService service;

    @Inject
    CurrentActor current;

    private String token;
    private String verified;
    private String refusal;

    public void verify() {
        try {
            verified = service.verify(current.get(), token);
        } catch (RuleViolation e) {
            refusal = Messages.text(e.getKey(), e.getArgs().toArray());
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getVerified() {
        return verified;
    }

    public String getRefusal() {
        return refusal;
    }
}
