package vn.thidua.pledge;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.thidua.organisation.Unit;
import vn.thidua.shared.CanonicalJson;
import vn.thidua.shared.InstantConverter;
import vn.thidua.shared.Sha256;

import java.time.Instant;

/**
 * Chữ ký (signature) on a final pledge version, online or on paper (ký trực tiếp), or the organiser's confirmation.
 * Rules: one per version, unit and office (the database settles races); never edited or deleted (no setters, columns
 * not updatable); it records the fingerprint signed, and its digest goes into the audit chain so that a row altered
 * behind the application's back is detected.
 */
@Entity
@Table(name = "pledge_signature")
public class Signature {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id", updatable = false)
    private PledgeVersion version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", updatable = false)
    private Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private Office office;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private SignatureMethod method;

    @Column(name = "account_id", updatable = false)
    private Long accountId;

    @Column(name = "signer_name", nullable = false, updatable = false, length = 200)
    private String signerName;

    @Column(name = "signer_position", nullable = false, updatable = false, length = 200)
    private String signerPosition;

    @Column(name = "unit_name", nullable = false, updatable = false, length = 200)
    private String unitName;

    @Convert(converter = InstantConverter.class)
    @Column(name = "signed_at", nullable = false, updatable = false)
    private Instant signedAt;

    @Column(nullable = false, updatable = false, length = 64)
    private String fingerprint;

    @Column(name = "client_address", updatable = false, length = 64)
    private String clientAddress;

    @Column(name = "user_agent", updatable = false, length = 400)
    private String userAgent;

    @Column(name = "scan_file_id", updatable = false)
    private Long scanFileId;

    @Column(name = "recorded_by_account_id", updatable = false)
    private Long recordedBy;

    protected Signature() {
    }

    private Signature(PledgeVersion version, Unit unit, Office office, SignatureMethod method, Long accountId,
                      String signerName, String signerPosition, Instant signedAt) {
        this.version = version;
        this.unit = unit;
        this.office = office;
        this.method = method;
        this.accountId = accountId;
        this.signerName = signerName;
        this.signerPosition = signerPosition;
        this.unitName = unit.getName();
        this.signedAt = signedAt;
        this.fingerprint = version.getFingerprint();
    }

    public static Signature online(PledgeVersion version, Unit unit, Office office, long accountId, String signerName,
                                   String signerPosition, Instant at, String clientAddress, String userAgent) {
        Signature s = new Signature(version, unit, office, SignatureMethod.ONLINE, accountId, signerName, signerPosition, at);
        s.clientAddress = clip(clientAddress, 64);
        s.userAgent = clip(userAgent, 400);
        return s;
    }

    public static Signature paper(PledgeVersion version, Unit unit, Office office, String signerName, String signerPosition,
                                  Instant signedAt, long scanFileId, long recordedBy) {
        Signature s = new Signature(version, unit, office, SignatureMethod.PAPER, null, signerName, signerPosition, signedAt);
        s.scanFileId = scanFileId;
        s.recordedBy = recordedBy;
        return s;
    }

    public static Signature confirmation(PledgeVersion version, Unit organiser, long accountId, String name, String position,
                                         Instant at, String clientAddress, String userAgent) {
        return online(version, organiser, Office.CONFIRM, accountId, name, position, at, clientAddress, userAgent);
    }

    /** SHA-256 of every recorded field: the audit chain keeps it, so any later change to the row shows. */
    public String digest() {
        CanonicalJson json = new CanonicalJson().beginObject()
                .field("id", id == null ? 0 : id)
                .field("version", version.getId() == null ? 0 : version.getId())
                .field("unit", unit.getCode())
                .field("office", office.name())
                .field("method", method.name())
                .field("account", accountId == null ? 0 : accountId)
                .field("signer", signerName)
                .field("position", signerPosition)
                .field("unitName", unitName)
                .field("at", signedAt.toEpochMilli())
                .field("fingerprint", fingerprint)
                .field("address", clientAddress)
                .field("agent", userAgent)
                .field("scan", scanFileId == null ? 0 : scanFileId)
                .field("recordedBy", recordedBy == null ? 0 : recordedBy)
                .endObject();
        return Sha256.hex(json.toString());
    }

    private static String clip(String text, int max) {
        if (text == null) {
            return null;
        }
        return text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public PledgeVersion getVersion() {
        return version;
    }

    public Unit getUnit() {
        return unit;
    }

    public Office getOffice() {
        return office;
    }

    public SignatureMethod getMethod() {
        return method;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getSignerName() {
        return signerName;
    }

    public String getSignerPosition() {
        return signerPosition;
    }

    public String getUnitName() {
        return unitName;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public Long getScanFileId() {
        return scanFileId;
    }

    public boolean isPaper() {
        return method == SignatureMethod.PAPER;
    }
}
