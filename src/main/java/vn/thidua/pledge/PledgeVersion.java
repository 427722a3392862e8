package vn.thidua.pledge;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.thidua.organisation.Unit;
import vn.thidua.shared.InstantConverter;
import vn.thidua.shared.Names;
import vn.thidua.shared.RuleViolation;
import vn.thidua.shared.files.StoredFile;
import vn.thidua.shared.text.LightText;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Phiên bản giao ước (a version of a pledge). Rules: text and targets change only in DRAFT or DISCUSSION; finalising
 * freezes text, targets, members and required signers and seals them with the SHA-256 fingerprint of their canonical
 * form; signatures are taken only while FINAL and only against the current fingerprint; it becomes SIGNED when the
 * organiser confirms after every required signature is in; an amendment supersedes it (its signatures stay as history)
 * and starts a new DRAFT version from its content.
 */
@Entity
@Table(name = "pledge_version")
public class PledgeVersion {

    static final int MAX_PREAMBLE = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pledge_id", updatable = false)
    private Pledge pledge;

    @Column(nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PledgeStatus status = PledgeStatus.DRAFT;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false, length = 100)
    private String place;

    @Column(columnDefinition = "TEXT")
    private String preamble;

    @Enumerated(EnumType.STRING)
    @Column(name = "signer_policy", nullable = false, length = 32)
    private SignerPolicy signerPolicy;

    @Column(nullable = false)
    private int revision;

    @Column(length = 64)
    private String fingerprint;

    @Column(name = "verification_code", length = 20)
    private String verificationCode;

    @Column(name = "frozen_organiser", length = 32)
    private String frozenOrganiser;

    @Column(name = "frozen_year")
    private Integer frozenYear;

    @Column(name = "frozen_campaign", length = 200)
    private String frozenCampaign;

    @Column(name = "frozen_cluster", length = 200)
    private String frozenCluster;

    @Convert(converter = InstantConverter.class)
    @Column(name = "finalised_at")
    private Instant finalisedAt;

    @Convert(converter = InstantConverter.class)
    @Column(name = "signed_at")
    private Instant signedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "document_file_id")
    private StoredFile document;

    @Column(name = "document_sha256", length = 64)
    private String documentSha256;

    @OneToMany(mappedBy = "version", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PledgeClause> clauses = new ArrayList<>();

    @OneToMany(mappedBy = "version", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PledgeTarget> targets = new ArrayList<>();

    @OneToMany(mappedBy = "version", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<RequiredSigner> signers = new ArrayList<>();

    @Version
    private long version;

    protected PledgeVersion() {
    }

    /**
     * JPQL condition "version {@code v} of pledge {@code p} is the one in force" ({@link Pledge#inForce()}): the last
     * confirmed version, or the newest while none is confirmed. For the queries that evaluate many pledges at once.
     */
    public static String inForce(String v, String p) {
        return "(" + v + ".number = (SELECT MAX(w1.number) FROM PledgeVersion w1 WHERE w1.pledge = " + p
                + " AND w1.signedAt IS NOT NULL) OR (NOT EXISTS (SELECT w2 FROM PledgeVersion w2 WHERE w2.pledge = " + p
                + " AND w2.signedAt IS NOT NULL) AND " + v + ".number = (SELECT MAX(w3.number) FROM PledgeVersion w3"
                + " WHERE w3.pledge = " + p + ")))";
    }

    PledgeVersion(Pledge pledge, int number, String title, String place, String preamble, SignerPolicy policy) {
        this.pledge = pledge;
        this.number = number;
        apply(title, place, preamble, policy);
    }

    // ---- drafting -------------------------------------------------------------------------------------------------

    public void describe(String newTitle, String newPlace, String newPreamble, SignerPolicy policy) {
        requireEditable();
        apply(newTitle, newPlace, newPreamble, policy);
    }

    private void apply(String newTitle, String newPlace, String newPreamble, SignerPolicy policy) {
        this.title = Names.required(newTitle, 300, "title");
        this.place = Names.required(newPlace, 100, "place");
        String text = LightText.clean(newPreamble);
        RuleViolation.require(text.length() <= MAX_PREAMBLE, "error.tooLong", "preamble", MAX_PREAMBLE);
        this.preamble = text;
        RuleViolation.require(policy != null, "error.required", "signerPolicy");
        this.signerPolicy = policy;
    }

    public PledgeClause addClause(String clauseTitle, String body) {
        requireEditable();
        PledgeClause clause = new PledgeClause(this, clauses.size() + 1, clauseTitle, body);
        clauses.add(clause);
        return clause;
    }

    public void editClause(long clauseId, String clauseTitle, String body) {
        requireEditable();
        clause(clauseId).edit(clauseTitle, body);
    }

    /** Removes a clause; later clauses move up one number and targets linked to it are unlinked. */
    public void removeClause(long clauseId) {
        requireEditable();
        PledgeClause removed = clause(clauseId);
        int at = removed.getPosition();
        clauses.remove(removed);
        for (PledgeClause c : clauses) {
            if (c.getPosition() > at) {
                c.moveTo(c.getPosition() - 1);
            }
        }
        targets.forEach(t -> t.unlinkClause(at));
    }

    /**
     * Defines a new target ({@code targetId} null) or redefines one. {@code levelRanks}: the campaign's rating scale,
     * code → rank (1 best); {@code members}: ids of the member units, the only ones that may have their own quota.
     */
    public PledgeTarget defineTarget(Long targetId, TargetSpec spec, Map<String, Integer> levelRanks,
                                     Set<String> childCategories, Set<Long> members, Function<Long, Unit> units) {
        requireEditable();
        spec.validate(levelRanks.keySet(), childCategories);
        PledgeTarget existing = targetId == null ? null : target(targetId);
        RuleViolation.require(targets.stream().noneMatch(t -> t != existing && t.getCode().equals(spec.getCode())),
                "target.error.duplicateCode", spec.getCode());
        if (existing != null && !existing.getCode().equals(spec.getCode())) {
            RuleViolation.require(targets.stream().noneMatch(t -> existing.getCode().equals(t.getBaseCode())),
                    "target.error.codeInUse", existing.getCode());
        }
        if (spec.getBaseCode() != null) {
            PledgeTarget base = targets.stream().filter(t -> t.getCode().equals(spec.getBaseCode())).findFirst()
                    .orElseThrow(() -> new RuleViolation("target.error.baseUnknown", spec.getBaseCode()));
            RuleViolation.require(base != existing && base.getKind() == TargetKind.RATED_SHARE && base.getBaseCode() == null
                    && base.getSubject() == spec.getSubject() && Objects.equals(base.getChildCategory(), spec.getChildCategory()),
                    "target.error.baseMismatch", base.getCode());
            RuleViolation.require(levelRanks.get(spec.getLevelCode()) < levelRanks.get(base.getLevelCode()),
                    "target.error.baseLevel", base.getCode());
        }
        if (existing != null) {
            // a target others count "of which" must stay a plain rated share over the same units, at a lower level
            for (PledgeTarget dependant : targets.stream().filter(t -> existing.getCode().equals(t.getBaseCode())).toList()) {
                RuleViolation.require(spec.getKind() == TargetKind.RATED_SHARE && spec.getBaseCode() == null
                                && spec.getSubject() == dependant.getSubject()
                                && Objects.equals(spec.getChildCategory(), dependant.getChildCategory()),
                        "target.error.codeInUse", existing.getCode());
                RuleViolation.require(levelRanks.get(dependant.getLevelCode()) < levelRanks.get(spec.getLevelCode()),
                        "target.error.baseLevel", existing.getCode());
            }
        }
        if (spec.getClausePosition() != null) {
            RuleViolation.require(spec.getClausePosition() >= 1 && spec.getClausePosition() <= clauses.size(),
                    "target.error.clauseUnknown", spec.getClausePosition());
        }
        RuleViolation.require(members.containsAll(spec.getQuotas().keySet()), "target.error.quotaNotMember");
        if (existing == null) {
            PledgeTarget created = new PledgeTarget(this, targets.size() + 1, spec, units);
            targets.add(created);
            return created;
        }
        existing.apply(spec, units);
        return existing;
    }

    public void removeTarget(long targetId) {
        requireEditable();
        PledgeTarget removed = target(targetId);
        RuleViolation.require(targets.stream().noneMatch(t -> removed.getCode().equals(t.getBaseCode())),
                "target.error.codeInUse", removed.getCode());
        int at = removed.getPosition();
        targets.remove(removed);
        for (PledgeTarget t : targets) {
            if (t.getPosition() > at) {
                t.moveTo(t.getPosition() - 1);
            }
        }
    }

    /** Counts a saved change of the draft; the service keeps a snapshot under this number. */
    int nextRevision() {
        return ++revision;
    }

    // ---- life cycle -----------------------------------------------------------------------------------------------

    public void openDiscussion() {
        RuleViolation.require(status == PledgeStatus.DRAFT, "pledge.error.notDraft");
        status = PledgeStatus.DISCUSSION;
    }

    /**
     * Freezes the version: the members become its required signers (chairs, and vice-chairs when the policy says so),
     * and the version gets its verification code. The caller then seals it with the fingerprint of its canonical form.
     */
    public void finalise(List<Unit> members, Instant at, String code) {
        requireEditable();
        RuleViolation.require(!clauses.isEmpty() || !targets.isEmpty(), "pledge.error.empty");
        RuleViolation.require(!members.isEmpty(), "pledge.error.noMembers");
        int position = 0;
        for (Unit member : members.stream().sorted(Comparator.comparing(Unit::getCode)).toList()) {
            signers.add(new RequiredSigner(this, member, Office.CHAIR, ++position));
            if (signerPolicy == SignerPolicy.CHAIRS_AND_VICE_CHAIRS) {
                signers.add(new RequiredSigner(this, member, Office.VICE_CHAIR, ++position));
            }
        }
        this.status = PledgeStatus.FINAL;
        this.finalisedAt = at;
        this.verificationCode = code;
        this.frozenOrganiser = pledge.getCampaign().getOrganiser().getCode();
        this.frozenYear = pledge.getCampaign().getYear();
        this.frozenCampaign = pledge.getCampaign().getName();
        this.frozenCluster = pledge.getCluster().getName();
    }

    void seal(String canonicalFingerprint) {
        RuleViolation.require(status == PledgeStatus.FINAL && fingerprint == null, "pledge.error.notFinal");
        this.fingerprint = canonicalFingerprint;
    }

    /**
     * A signature may be given for this unit and office: the version is final, the slot is required, and the signer
     * saw the current fingerprint. Whether the slot is still free is the service's check (and the database's).
     */
    public void requireSignable(Unit unit, Office office, String seenFingerprint) {
        RuleViolation.require(status != PledgeStatus.SUPERSEDED, "pledge.error.superseded");
        RuleViolation.require(status == PledgeStatus.FINAL, "pledge.error.notOpenForSigning");
        RuleViolation.require(fingerprint != null && fingerprint.equals(seenFingerprint), "pledge.error.fingerprintChanged");
        RuleViolation.require(requires(unit, office), "pledge.error.notRequiredSigner", unit.getName());
    }

    public boolean requires(Unit unit, Office office) {
        return signers.stream().anyMatch(s -> s.is(unit, office));
    }

    /** Every required signature is in (by slot): the organiser may confirm. */
    public boolean isCompleteWith(Collection<Signature> signatures) {
        return signers.stream().allMatch(s -> signatures.stream()
                .anyMatch(sig -> sig.getUnit().equals(s.getUnit()) && sig.getOffice() == s.getOffice()));
    }

    /** The organiser's leader confirms last; the pledge version is then signed. */
    public void confirm(Collection<Signature> signatures, Instant at) {
        RuleViolation.require(status == PledgeStatus.FINAL, "pledge.error.notOpenForSigning");
        RuleViolation.require(isCompleteWith(signatures), "pledge.error.signaturesMissing");
        this.status = PledgeStatus.SIGNED;
        this.signedAt = at;
    }

    public void recordDocument(StoredFile file) {
        RuleViolation.require(status == PledgeStatus.SIGNED, "pledge.error.notSigned");
        this.document = file;
        this.documentSha256 = file.getSha256();
    }

    /** Amendment: this version is superseded and a new draft starts from its content. */
    PledgeVersion amend(Function<Long, Unit> units) {
        RuleViolation.require(status == PledgeStatus.FINAL || status == PledgeStatus.SIGNED, "pledge.error.amendNotFinal");
        this.status = PledgeStatus.SUPERSEDED;
        return copyInto(pledge, number + 1, units);
    }

    /** A new draft with this version's text and targets (an amendment, or next year's pledge from last year's). */
    PledgeVersion copyInto(Pledge target, int newNumber, Function<Long, Unit> units) {
        PledgeVersion copy = new PledgeVersion(target, newNumber, title, place, preamble, signerPolicy);
        for (PledgeClause c : clauses) {
            copy.clauses.add(new PledgeClause(copy, c.getPosition(), c.getTitle(), c.getBody()));
        }
        for (PledgeTarget t : targets) {
            copy.targets.add(new PledgeTarget(copy, t.getPosition(), t.toSpec(), units));
        }
        return copy;
    }

    public void requireEditable() {
        RuleViolation.require(status == PledgeStatus.DRAFT || status == PledgeStatus.DISCUSSION, "pledge.error.notEditable");
    }

    public boolean isEditable() {
        return status == PledgeStatus.DRAFT || status == PledgeStatus.DISCUSSION;
    }

    private PledgeClause clause(long clauseId) {
        return clauses.stream().filter(c -> c.getId() != null && c.getId() == clauseId).findFirst()
                .orElseThrow(() -> new RuleViolation("pledge.error.clauseUnknown"));
    }

    private PledgeTarget target(long targetId) {
        return targets.stream().filter(t -> t.getId() != null && t.getId() == targetId).findFirst()
                .orElseThrow(() -> new RuleViolation("pledge.error.targetUnknown"));
    }

    public Optional<PledgeTarget> targetByCode(String code) {
        return targets.stream().filter(t -> t.getCode().equals(code)).findFirst();
    }

    /** Campaign and cluster as the signers saw them: frozen once final, the live ones while a draft. */
    public String signedOrganiserCode() {
        return frozenOrganiser != null ? frozenOrganiser : pledge.getCampaign().getOrganiser().getCode();
    }

    public int signedYear() {
        return frozenYear != null ? frozenYear : pledge.getCampaign().getYear();
    }

    public String signedCampaignName() {
        return frozenCampaign != null ? frozenCampaign : pledge.getCampaign().getName();
    }

    public String signedClusterName() {
        return frozenCluster != null ? frozenCluster : pledge.getCluster().getName();
    }

    public Long getId() {
        return id;
    }

    public Pledge getPledge() {
        return pledge;
    }

    public int getNumber() {
        return number;
    }

    public PledgeStatus getStatus() {
        return status;
    }

    public String getTitle() {
        return title;
    }

    public String getPlace() {
        return place;
    }

    public String getPreamble() {
        return preamble;
    }

    public SignerPolicy getSignerPolicy() {
        return signerPolicy;
    }

    public int getRevision() {
        return revision;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public String getVerificationCode() {
        return verificationCode;
    }

    public Instant getFinalisedAt() {
        return finalisedAt;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public StoredFile getDocument() {
        return document;
    }

    public String getDocumentSha256() {
        return documentSha256;
    }

    public List<PledgeClause> getClauses() {
        return List.copyOf(clauses);
    }

    public List<PledgeTarget> getTargets() {
        return List.copyOf(targets);
    }

    public List<RequiredSigner> getSigners() {
        return List.copyOf(signers);
    }
}
