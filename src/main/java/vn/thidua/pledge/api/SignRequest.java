package vn.thidua.pledge.api;

/** POST /api/v1/pledges/{id}/signatures: what a chair sends to sign for their own unit, in their own office. */
public class SignRequest {

    private String fingerprint;
    private boolean consent;
    private String password;
    private String title;
    private String commendation;

    public String getFingerprint() {
        return fingerprint;
    }

    public void setFingerprint(String fingerprint) {
        this.fingerprint = fingerprint;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getCommendation() {
        return commendation;
    }

    public void setCommendation(String commendation) {
        this.commendation = commendation;
    }
}
