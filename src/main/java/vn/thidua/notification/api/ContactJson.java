package vn.thidua.notification.api;

import vn.thidua.notification.Contact;

/**
 * {"email": "…", "emailVerified": false, "phone": "…", "wantsEmail": true, "language": "vi", "muted": ["RESULTS"],
 * "lastFailure": null}: {@code muted} names the topics turned off (SIGNING, DRAFTS, PLEDGES, RESULTS, REVIEW); left out
 * of a PUT, the choice is kept.
 */
public class ContactJson {

    private String email;
    private boolean emailVerified;
    private String phone;
    private Boolean wantsEmail;
    private String language;
    private String lastFailure;
    private java.util.List<String> muted;

    public ContactJson() {
    }

    ContactJson(Contact c) {
        this.email = c.getEmail();
        this.emailVerified = c.isEmailVerified();
        this.phone = c.getPhone();
        this.wantsEmail = c.isWantsEmail();
        this.language = c.getLanguage();
        this.lastFailure = c.getLastFailure();
        this.muted = c.getMuted().stream().map(Enum::name).sorted().toList();
    }

    public java.util.List<String> getMuted() {
        return muted;
    }

    public void setMuted(java.util.List<String> muted) {
        this.muted = muted;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isEmailVerified() {
        return emailVerified;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Boolean getWantsEmail() {
        return wantsEmail;
    }

    public void setWantsEmail(Boolean wantsEmail) {
        this.wantsEmail = wantsEmail;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getLastFailure() {
        return lastFailure;
    }
}
