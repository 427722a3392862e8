package vn.thidua.notification.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.thidua.notification.Contact;
import vn.thidua.notification.ContactService;
import vn.thidua.security.CurrentActor;
import vn.thidua.shared.web.Messages;

import java.io.Serializable;

/** A person's own e-mail, telephone and whether they want e-mail, in which language. */
@Named
@ViewScoped
public class ContactBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContactService service;

    @Inject
    CurrentActor current;

    private String email;
    private String phone;
    private boolean wantsEmail;
    private String language;
    private boolean verified;
    private String lastFailure;

    public void load() {
        Contact c = service.of(current.get());
        email = c.getEmail();
        phone = c.getPhone();
        wantsEmail = c.isWantsEmail();
        language = c.getLanguage();
        verified = c.isEmailVerified();
        lastFailure = c.getLastFailure();
    }

    public void save() {
        if (Messages.attempt(() -> service.change(current.get(), email, phone, wantsEmail, language))) {
            Messages.info("contact.saved");
        }
        load();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public boolean isWantsEmail() {
        return wantsEmail;
    }

    public void setWantsEmail(boolean wantsEmail) {
        this.wantsEmail = wantsEmail;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isVerified() {
        return verified;
    }

    public String getLastFailure() {
        return lastFailure;
    }
}
