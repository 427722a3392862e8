package vn.thidua.notification.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.thidua.notification.Contact;
import vn.thidua.notification.ContactService;
import vn.thidua.notification.Topic;
import vn.thidua.security.CurrentActor;
import vn.thidua.shared.web.Messages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A person's own e-mail (verified or not, refused by the mail server or not), telephone, whether they want e-mail, in
 * which language, and which messages.
 */
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
    /** The topics ticked (wanted); stored as the others, turned off. */
    private List<String> wanted = new ArrayList<>();

    public void load() {
        Contact c = service.of(current.get());
        email = c.getEmail();
        phone = c.getPhone();
        wantsEmail = c.isWantsEmail();
        language = c.getLanguage();
        verified = c.isEmailVerified();
        lastFailure = c.getLastFailure();
        Set<Topic> muted = c.getMuted();
        wanted = new ArrayList<>(Topic.choosable().stream().filter(t -> !muted.contains(t)).map(Enum::name).toList());
    }

    public void save() {
        Set<Topic> muted = EnumSet.noneOf(Topic.class);
        for (Topic t : Topic.choosable()) {
            if (wanted == null || !wanted.contains(t.name())) {
                muted.add(t);
            }
        }
        if (Messages.attempt(() -> service.change(current.get(), email, phone, wantsEmail, language, muted))) {
            Messages.info("contact.saved");
        }
        load();
    }

    public void resend() {
        if (Messages.attempt(() -> service.resendVerification(current.get()))) {
            Messages.info("contact.verify.sent");
        }
        load();
    }

    public List<Topic> getTopics() {
        return Topic.choosable();
    }

    public List<String> getWanted() {
        return wanted;
    }

    public void setWanted(List<String> wanted) {
        this.wanted = wanted;
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
