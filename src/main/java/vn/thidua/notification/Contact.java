package vn.thidua.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.thidua.shared.RuleViolation;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How to reach a person: e-mail, telephone, whether they want e-mail and in which language. Rules: an address looks
 * like one (one @, a dot in the domain, no spaces, at most 254 characters); a telephone number is digits with an
 * optional leading + and spaces or dots (at most 32); the language is vi or en. A new or changed address is not
 * verified until its link is opened ({@link EmailToken}) and forgets the last refusal; the topics turned off are kept
 * as opt-outs ({@link Topic}).
 */
@Entity
@Table(name = "notification_contact")
public class Contact {

    static final int EMAIL_MAX = 254;
    static final int PHONE_MAX = 32;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 .]{5,30}");

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(length = EMAIL_MAX)
    private String email;

    @Column(name = "email_verified", nullable = false)
    private boolean emailVerified;

    @Column(length = PHONE_MAX)
    private String phone;

    @Column(name = "wants_email", nullable = false)
    private boolean wantsEmail = true;

    @Column(nullable = false, length = 8)
    private String language = "vi";

    @Column(name = "last_failure", length = 1000)
    private String lastFailure;

    @Column(length = 200)
    private String muted;

    @Version
    private long version;

    protected Contact() {
    }

    public Contact(long accountId) {
        this.accountId = accountId;
    }

    /** Changes the details; returns whether the address is new (then unverified: a verification link is due). */
    public boolean change(String newEmail, String newPhone, boolean wants, String newLanguage) {
        String e = blankToNull(newEmail);
        String p = blankToNull(newPhone);
        RuleViolation.require(e == null || (e.length() <= EMAIL_MAX && EMAIL.matcher(e).matches()), "contact.error.email");
        RuleViolation.require(p == null || PHONE.matcher(p).matches(), "contact.error.phone");
        String lang = newLanguage == null ? "vi" : newLanguage.trim().toLowerCase(Locale.ROOT);
        RuleViolation.require(lang.equals("vi") || lang.equals("en"), "contact.error.language");
        boolean changed = e == null || !e.equalsIgnoreCase(email == null ? "" : email);
        if (changed) {
            emailVerified = false;
            lastFailure = null;
        }
        this.email = e;
        this.phone = p;
        this.wantsEmail = wants;
        this.language = lang;
        return changed && e != null;
    }

    /** The topics the person does not want (the account's own verification cannot be turned off). */
    public void mute(java.util.Set<Topic> topics) {
        this.muted = Topic.format(topics);
    }

    public java.util.Set<Topic> getMuted() {
        return Topic.parse(muted);
    }

    /**
     * The link of a token for {@code address} was opened: verified, if it is still this contact's address (a link
     * sent to an address since replaced verifies nothing).
     */
    public void verify(String address) {
        RuleViolation.require(email != null && email.equalsIgnoreCase(address), "contact.verify.otherAddress");
        emailVerified = true;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getEmail() {
        return email;
    }

    public boolean isEmailVerified() {
        return emailVerified;
    }

    public String getPhone() {
        return phone;
    }

    public boolean isWantsEmail() {
        return wantsEmail;
    }

    public String getLanguage() {
        return language;
    }

    public String getLastFailure() {
        return lastFailure;
    }
}
