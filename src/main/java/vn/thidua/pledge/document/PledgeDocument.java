package vn.thidua.pledge.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Everything the pledge PDF shows, already resolved and formatted by the caller: the writer does layout only, so the
 * same view can be checked in tests without a database. Null strings become "", null lists become empty lists.
 */
public final class PledgeDocument {

    private final String parentBody;
    private final String issuingBody;
    private final String place;
    private final LocalDate date;
    private final String title;
    private final String subtitle;
    private final int version;
    private final String fingerprint;
    private final String verificationCode;
    private final String verificationUrl;
    private final boolean signed;
    private final Instant generatedAt;
    private final List<Clause> clauses;
    private final List<TargetLine> targets;
    private final List<SignatureLine> signatures;
    private final SignatureLine confirmation;
    private final List<AuditLine> audit;
    private final int chainLength;
    private final String chainHead;

    private PledgeDocument(Builder b) {
        this.parentBody = text(b.parentBody);
        this.issuingBody = text(b.issuingBody);
        this.place = text(b.place);
        this.date = Objects.requireNonNull(b.date, "date");
        this.title = text(b.title);
        this.subtitle = text(b.subtitle);
        this.version = b.version;
        this.fingerprint = text(b.fingerprint);
        this.verificationCode = text(b.verificationCode);
        this.verificationUrl = text(b.verificationUrl);
        this.signed = b.signed;
        this.generatedAt = Objects.requireNonNull(b.generatedAt, "generatedAt");
        this.clauses = list(b.clauses);
        this.targets = list(b.targets);
        this.signatures = list(b.signatures);
        this.confirmation = b.confirmation;
        this.audit = list(b.audit);
        this.chainLength = b.chainLength;
        this.chainHead = b.chainHead;
    }

    public static Builder builder() {
        return new Builder();
    }

    static String text(String s) {
        return s == null ? "" : s;
    }

    private static <T> List<T> list(List<T> items) {
        List<T> copy = new ArrayList<>();
        if (items != null) {
            for (T item : items) {
                if (item != null) {
                    copy.add(item);
                }
            }
        }
        return Collections.unmodifiableList(copy);
    }

    public String getParentBody() {
        return parentBody;
    }

    public String getIssuingBody() {
        return issuingBody;
    }

    public String getPlace() {
        return place;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getTitle() {
        return title;
    }

    public String getSubtitle() {
        return subtitle;
    }

    public int getVersion() {
        return version;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public String getVerificationCode() {
        return verificationCode;
    }

    public String getVerificationUrl() {
        return verificationUrl;
    }

    /** False until every required signature is in: the PDF then carries a "for reference only" watermark. */
    public boolean isSigned() {
        return signed;
    }

    public Instant getGeneratedAt() {
        return generatedAt;
    }

    public List<Clause> getClauses() {
        return clauses;
    }

    public List<TargetLine> getTargets() {
        return targets;
    }

    public List<SignatureLine> getSignatures() {
        return signatures;
    }

    /** The organiser's confirmation, or null when the document has none. */
    public SignatureLine getConfirmation() {
        return confirmation;
    }

    public List<AuditLine> getAudit() {
        return audit;
    }

    /** How many entries the pledge's log had when this was rendered (0 with {@link #getChainHead()} null: not printed). */
    public int getChainLength() {
        return chainLength;
    }

    /** The hash of the log's last entry when this was rendered, or null. */
    public String getChainHead() {
        return chainHead;
    }

    public static final class Builder {
        private String parentBody;
        private String issuingBody;
        private String place;
        private LocalDate date;
        private String title;
        private String subtitle;
        private int version = 1;
        private String fingerprint;
        private String verificationCode;
        private String verificationUrl;
        private boolean signed;
        private Instant generatedAt;
        private List<Clause> clauses;
        private List<TargetLine> targets;
        private List<SignatureLine> signatures;
        private SignatureLine confirmation;
        private List<AuditLine> audit;
        private int chainLength;
        private String chainHead;

        private Builder() {
        }

        public Builder parentBody(String value) {
            parentBody = value;
            return this;
        }

        public Builder issuingBody(String value) {
            issuingBody = value;
            return this;
        }

        public Builder place(String value) {
            place = value;
            return this;
        }

        public Builder date(LocalDate value) {
            date = value;
            return this;
        }

        public Builder title(String value) {
            title = value;
            return this;
        }

        public Builder subtitle(String value) {
            subtitle = value;
            return this;
        }

        public Builder version(int value) {
            version = value;
            return this;
        }

        public Builder fingerprint(String value) {
            fingerprint = value;
            return this;
        }

        public Builder verificationCode(String value) {
            verificationCode = value;
            return this;
        }

        public Builder verificationUrl(String value) {
            verificationUrl = value;
            return this;
        }

        public Builder signed(boolean value) {
            signed = value;
            return this;
        }

        public Builder generatedAt(Instant value) {
            generatedAt = value;
            return this;
        }

        public Builder clauses(List<Clause> value) {
            clauses = value;
            return this;
        }

        public Builder targets(List<TargetLine> value) {
            targets = value;
            return this;
        }

        public Builder signatures(List<SignatureLine> value) {
            signatures = value;
            return this;
        }

        public Builder confirmation(SignatureLine value) {
            confirmation = value;
            return this;
        }

        public Builder audit(List<AuditLine> value) {
            audit = value;
            return this;
        }

        /** The log's head (entry count, last hash), printed so that a log later cut at its end is caught. */
        public Builder chainHead(int length, String lastHash) {
            chainLength = length;
            chainHead = lastHash;
            return this;
        }

        /** Requires date and generatedAt; everything else may be missing. */
        public PledgeDocument build() {
            return new PledgeDocument(this);
        }
    }

    /** One clause; text is LightText (bold, italic, bullets). */
    public static final class Clause {
        private final String number;
        private final String title;
        private final String text;

        public Clause(String number, String title, String text) {
            this.number = text(number);
            this.title = text(title);
            this.text = text(text);
        }

        public String getNumber() {
            return number;
        }

        public String getTitle() {
            return title;
        }

        public String getText() {
            return text;
        }
    }

    /** One target, every field already formatted for display. */
    public static final class TargetLine {
        private final String code;
        private final String description;
        private final String threshold;
        private final String scope;

        public TargetLine(String code, String description, String threshold, String scope) {
            this.code = text(code);
            this.description = text(description);
            this.threshold = text(threshold);
            this.scope = text(scope);
        }

        public String getCode() {
            return code;
        }

        public String getDescription() {
            return description;
        }

        public String getThreshold() {
            return threshold;
        }

        public String getScope() {
            return scope;
        }
    }

    /** One signer of one unit. signedAt is preformatted Vietnam time, or null while not yet signed. */
    public static final class SignatureLine {
        private final String unitName;
        private final String office;
        private final String signerName;
        private final String signedAt;
        private final boolean paper;
        private final String registration;

        public SignatureLine(String unitName, String office, String signerName, String signedAt, boolean paper,
                String registration) {
            this.unitName = text(unitName);
            this.office = text(office);
            this.signerName = text(signerName);
            this.signedAt = signedAt == null || signedAt.isBlank() ? null : signedAt;
            this.paper = paper;
            this.registration = text(registration);
        }

        public String getUnitName() {
            return unitName;
        }

        public String getOffice() {
            return office;
        }

        public String getSignerName() {
            return signerName;
        }

        public String getSignedAt() {
            return signedAt;
        }

        public boolean isSigned() {
            return signedAt != null;
        }

        /** Signed on paper and recorded by the organiser. */
        public boolean isPaper() {
            return paper;
        }

        public String getRegistration() {
            return registration;
        }
    }

    /** One entry of the pledge's hash-chained log; at is preformatted. */
    public static final class AuditLine {
        private final long seq;
        private final String at;
        private final String event;
        private final String actor;
        private final String hash;

        public AuditLine(long seq, String at, String event, String actor, String hash) {
            this.seq = seq;
            this.at = text(at);
            this.event = text(event);
            this.actor = text(actor);
            this.hash = text(hash);
        }

        public long getSeq() {
            return seq;
        }

        public String getAt() {
            return at;
        }

        public String getEvent() {
            return event;
        }

        public String getActor() {
            return actor;
        }

        public String getHash() {
            return hash;
        }
    }
}
