package vn.thidua.pledge;

import vn.thidua.shared.AlreadyDone;
import vn.thidua.shared.Conflicts;
import vn.thidua.shared.RetryOnConflict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import vn.thidua.award.Award;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.RatingLevel;
import vn.thidua.cluster.Cluster;
import vn.thidua.organisation.Unit;
import vn.thidua.organisation.UnitCategory;
import vn.thidua.security.AccessDenied;
import vn.thidua.security.Account;
import vn.thidua.security.Actor;
import vn.thidua.security.LoginThrottle;
import vn.thidua.security.PasswordHasher;
import vn.thidua.shared.CampaignDataChanged;
import vn.thidua.shared.RuleViolation;
import vn.thidua.shared.files.StoredFile;
import vn.thidua.shared.files.UploadedFile;
import vn.thidua.shared.text.VerificationCode;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Use cases on pledges, one transaction each. Every use case that writes to a pledge first locks its row (SELECT …
 * FOR UPDATE), so that its events are appended one at a time (the chain never forks) and two signings for the same
 * unit and office are settled in order: the second one is told. The unique keys back this up.
 */
@RetryOnConflict
@ApplicationScoped
public class PledgeService {

    private static final Logger LOG = Logger.getLogger(PledgeService.class.getName());
    /** Snapshots and documents are kept in Vietnamese, the language of the pledge itself. */
    public static final Locale DOCUMENT_LOCALE = Locale.forLanguageTag("vi");
    public static final long MAX_SCAN_BYTES = 10L * 1024 * 1024;

    public enum Start { BLANK, STANDARD, PREVIOUS_YEAR }

    @PersistenceContext
    EntityManager em;

    @Inject
    PledgeDocuments documents;

    @Inject
    PledgeIntegrity integrity;

    /** This bean through its proxy, so that {@link #signChecked} runs in its own transaction after {@link #sign}'s checks. */
    @Inject
    PledgeService self;

    /** The tally evaluates the version in force: it must not keep the targets of an earlier one. */
    @Inject
    Event<CampaignDataChanged> changed;

    /** Whoever must act on a version open for signing (the notification outbox) writes in the same transaction. */
    @Inject
    Event<PledgeFinalised> finalised;

    /** The messages each event causes, written to the outbox in the event's own transaction. */
    @Inject
    vn.thidua.notification.Notifications notifications;

    private final PasswordHasher hasher = new PasswordHasher();
    private final LoginThrottle throttle = new LoginThrottle();
    private final SecureRandom random = new SecureRandom();

    // ---- drafting -------------------------------------------------------------------------------------------------

    @Transactional
    public long start(Actor actor, long clusterId, Start from) {
        Cluster cluster = em.find(Cluster.class, clusterId);
        if (cluster == null || !PledgeAccess.canRead(actor, cluster)) {
            throw new AccessDenied();
        }
        if (!PledgeAccess.canDraft(actor, cluster)) {
            throw new AccessDenied();
        }
        long existing = em.createQuery("SELECT COUNT(p) FROM Pledge p WHERE p.cluster = :k", Long.class)
                .setParameter("k", cluster).getSingleResult();
        RuleViolation.require(existing == 0, "pledge.error.exists");
        Pledge pledge = switch (from) {
            case BLANK -> new Pledge(cluster, defaultTitle(cluster), defaultPlace(cluster), "", SignerPolicy.CHAIRS);
            case STANDARD -> StandardPledge.create(cluster, levels(cluster.getCampaign()), units());
            case PREVIOUS_YEAR -> Pledge.startingFrom(cluster, previousYear(cluster), units());
        };
        em.persist(pledge);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new RuleViolation("pledge.error.exists");
        }
        Account author = account(actor);
        append(pledge, PledgeEventType.CREATED, author, "start=" + from.name());
        snapshot(pledge.current(), author, "revision.created");
        changed.fire(new CampaignDataChanged(cluster.getCampaign().getId()));
        LOG.info(() -> "pledge started by=" + actor.getUsername() + " cluster=" + clusterId + " from=" + from);
        return pledge.getId();
    }

    @Transactional
    public void describe(Actor actor, long versionId, String title, String place, String preamble, SignerPolicy policy) {
        PledgeVersion v = draftable(actor, versionId);
        v.describe(title, place, preamble, policy);
        snapshot(v, account(actor), "revision.described");
    }

    @Transactional
    public long addClause(Actor actor, long versionId, String title, String body) {
        PledgeVersion v = draftable(actor, versionId);
        PledgeClause clause = v.addClause(title, body);
        em.flush();
        snapshot(v, account(actor), "revision.clauseAdded", String.valueOf(clause.getPosition()));
        return clause.getId();
    }

    @Transactional
    public void editClause(Actor actor, long versionId, long clauseId, String title, String body) {
        PledgeVersion v = draftable(actor, versionId);
        v.editClause(clauseId, title, body);
        snapshot(v, account(actor), "revision.clauseEdited", title);
    }

    @Transactional
    public void removeClause(Actor actor, long versionId, long clauseId) {
        PledgeVersion v = draftable(actor, versionId);
        v.removeClause(clauseId);
        snapshot(v, account(actor), "revision.clauseRemoved");
    }

    @Transactional
    public long defineTarget(Actor actor, long versionId, Long targetId, TargetSpec spec) {
        PledgeVersion v = draftable(actor, versionId);
        Cluster cluster = v.getPledge().getCluster();
        Set<Long> members = cluster.getMemberUnits().stream().map(Unit::getId).collect(Collectors.toSet());
        PledgeTarget target = v.defineTarget(targetId, spec, ranks(cluster.getCampaign()), childCategories(), members, units());
        em.flush();
        snapshot(v, account(actor), targetId == null ? "revision.targetAdded" : "revision.targetEdited", target.getCode());
        changed.fire(new CampaignDataChanged(cluster.getCampaign().getId()));
        return target.getId();
    }

    @Transactional
    public void removeTarget(Actor actor, long versionId, long targetId) {
        PledgeVersion v = draftable(actor, versionId);
        v.removeTarget(targetId);
        snapshot(v, account(actor), "revision.targetRemoved");
        changed.fire(new CampaignDataChanged(v.getPledge().getCluster().getCampaign().getId()));
    }

    @Transactional
    public void openDiscussion(Actor actor, long versionId) {
        PledgeVersion v = draftable(actor, versionId);
        v.openDiscussion();
        append(v.getPledge(), PledgeEventType.DISCUSSION_OPENED, account(actor), "revision=" + v.getRevision());
        notifications.discussionOpened(actor, versionId);
    }

    @Transactional
    public long comment(Actor actor, long versionId, String anchor, String body) {
        PledgeVersion v = locked(versionId);
        Cluster cluster = v.getPledge().getCluster();
        if (!PledgeAccess.canRead(actor, cluster)) {
            throw new AccessDenied();
        }
        RuleViolation.require(PledgeAccess.isMemberChair(actor, cluster), "comment.error.membersOnly");
        Account author = account(actor);
        Comment comment = new Comment(v, actor.getUnitId(), author.getId(), author.getFullName(), anchor, body, now());
        em.persist(comment);
        em.flush();
        LOG.info(() -> "pledge comment by=" + actor.getUsername() + " version=" + versionId);
        return comment.getId();
    }

    // ---- finalising and signing -----------------------------------------------------------------------------------

    @Transactional
    public void finalise(Actor actor, long versionId) {
        PledgeVersion v = draftable(actor, versionId);
        Cluster cluster = v.getPledge().getCluster();
        String code = newVerificationCode();
        v.finalise(cluster.getMemberUnits(), now(), code);
        em.flush();
        String fingerprint = PledgeCanonicalForm.fingerprint(v, levels(cluster.getCampaign()));
        v.seal(fingerprint);
        append(v.getPledge(), PledgeEventType.FINALISED, account(actor),
                "fingerprint=" + fingerprint + "\ncode=" + code + "\nsigners=" + v.getSigners().size());
        finalised.fire(new PledgeFinalised(versionId));
        notifications.pledgeFinalised(versionId);
        LOG.info(() -> "pledge finalised by=" + actor.getUsername() + " version=" + versionId + " fingerprint=" + fingerprint);
    }

    /**
     * A chair or vice-chair signs for their own unit, in their own office, after reading the final text: consent
     * ticked, password re-entered, the fingerprint they saw still current. The unit's registration comes with its
     * first signature of the version.
     *
     * <p>The checks that need no lock run outside any transaction, holding no database connection: who may sign, the
     * consent, the password (PBKDF2, about 180 ms of CPU) and the integrity of the whole log (it re-fingerprints every
     * version). At a signing conference a pledge's signers then do not queue behind each other's hashing under the
     * pledge's row lock, and a crowd hashing does not drain the connection pool. The write follows in one transaction
     * ({@link #signChecked}); a chain that did not verify before the lock (another signer may have been committing) is
     * checked again under it, and only that refuses. An entry appended meanwhile by another signer is chained to the
     * head the lock then reads ({@code Pledge.advanceHead} refuses any other).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void sign(Actor actor, long versionId, String seenFingerprint, boolean consent, char[] password,
                     Long titleAwardId, Long commendationAwardId, String address, String userAgent) {
        PledgeVersion seen = em.find(PledgeVersion.class, versionId);
        if (seen == null || !PledgeAccess.canRead(actor, seen.getPledge().getCluster())) {
            throw new AccessDenied();
        }
        RuleViolation.require(PledgeAccess.isMemberChair(actor, seen.getPledge().getCluster()), "sign.error.notMember");
        Account signer = account(actor);
        RuleViolation.require(signer.getOffice() != null, "sign.error.noOffice");
        RuleViolation.require(consent, "sign.error.consent");
        checkPassword(signer, password, address);
        boolean intact = integrity.looksIntact(seen.getPledge().getId());
        self.signChecked(new SignerChecked(intact), actor, versionId, seenFingerprint, titleAwardId, commendationAwardId, address,
                userAgent);
    }

    /**
     * Proof that {@link #sign} checked the signer, the consent and the password: only this class can make one, so the
     * public {@link #signChecked} (public because CDI intercepts only non-private methods, and the transaction is an
     * interceptor) cannot be reached from a page or the API without those checks.
     */
    public static final class SignerChecked {
        /** Whether the chain verified before the lock; if not, it is checked again under the lock, where it counts. */
        private final boolean intactBeforeLock;

        private SignerChecked(boolean intactBeforeLock) {
            this.intactBeforeLock = intactBeforeLock;
        }
    }

    /**
     * The write of {@link #sign}, under the pledge's row lock, in its own transaction; reached only through it (see
     * {@link SignerChecked}). Who signs is read again inside the transaction.
     */
    @Transactional
    public void signChecked(SignerChecked checked, Actor actor, long versionId, String seenFingerprint,
                            Long titleAwardId, Long commendationAwardId, String address, String userAgent) {
        if (checked == null) {
            throw new AccessDenied();
        }
        PledgeVersion v = locked(versionId);
        RuleViolation.require(PledgeAccess.isMemberChair(actor, v.getPledge().getCluster()), "sign.error.notMember");
        if (!checked.intactBeforeLock) {
            integrity.requireIntact(v.getPledge());
        }
        Account signer = account(actor);
        RuleViolation.require(signer.getOffice() != null, "sign.error.noOffice");
        Office office = Office.valueOf(signer.getOffice());
        Unit unit = signer.getUnit();
        requireNotSignedBy(v, unit, office, signer.getId());
        v.requireSignable(unit, office, seenFingerprint);
        requireFree(v, unit, office);
        register(v, unit, titleAwardId, commendationAwardId, signer.getId());
        Signature signature = Signature.online(v, unit, office, signer.getId(), signer.getFullName(),
                position(signer, office), now(), address, userAgent);
        persistSignature(signature, unit);
        append(v.getPledge(), PledgeEventType.SIGNED, signer, signatureDetails(signature));
        LOG.info(() -> "pledge signed by=" + actor.getUsername() + " version=" + versionId + " unit=" + unit.getCode() + " office=" + office);
    }

    /** Staff record that a unit signed on paper at the conference, with a scan of the signed page (ký trực tiếp). */
    @Transactional
    public void recordPaperSignature(Actor actor, long versionId, long unitId, Office office, String signerName,
                                     String signerPosition, Instant signedAt, Long titleAwardId, Long commendationAwardId,
                                     String fileName, byte[] scan) {
        PledgeVersion v = locked(versionId);
        if (!PledgeAccess.canManage(actor, v.getPledge().getCluster())) {
            throw new AccessDenied();
        }
        integrity.requireIntact(v.getPledge());
        Unit unit = em.find(Unit.class, unitId);
        RuleViolation.require(unit != null, "error.required", "unit");
        RuleViolation.require(office == Office.CHAIR || office == Office.VICE_CHAIR, "error.required", "office");
        v.requireSignable(unit, office, v.getFingerprint());
        String name = vn.thidua.shared.Names.required(signerName, 200, "signerName");
        String position = vn.thidua.shared.Names.required(signerPosition, 200, "signerPosition");
        RuleViolation.require(signedAt != null, "error.required", "signedAt");
        RuleViolation.require(!signedAt.isAfter(now()) && !signedAt.isBefore(v.getFinalisedAt().truncatedTo(ChronoUnit.DAYS)),
                "sign.error.paperDate");
        UploadedFile checked = UploadedFile.check(fileName, scan, MAX_SCAN_BYTES);
        requireFree(v, unit, office);
        Account staff = account(actor);
        register(v, unit, titleAwardId, commendationAwardId, staff.getId());
        StoredFile file = new StoredFile(checked.getSafeName(), checked.getContentType(), checked.getContent(),
                checked.getSha256(), staff.getId(), now());
        em.persist(file);
        em.flush();
        Signature signature = Signature.paper(v, unit, office, name, position, signedAt.truncatedTo(ChronoUnit.MILLIS),
                file.getId(), staff.getId());
        persistSignature(signature, unit);
        append(v.getPledge(), PledgeEventType.PAPER_SIGNED, staff, signatureDetails(signature) + "\nscan=" + file.getSha256());
        LOG.info(() -> "pledge paper signature recorded by=" + actor.getUsername() + " version=" + versionId + " unit=" + unit.getCode());
    }

    /**
     * The organiser's leader (staff over the organiser) confirms last, once every member has signed; the version is
     * then signed and in force, and its document is issued and kept, so that an uploaded copy can be checked byte for
     * byte. Refused on a pledge altered behind the application's back; the document is rendered only after the whole
     * pledge, confirmation included, has been re-checked, and its SHA-256 is then logged.
     */
    @Transactional
    public void confirm(Actor actor, long versionId, String seenFingerprint, char[] password, String address,
                        String userAgent, String publicBaseUrl) {
        PledgeVersion v = locked(versionId);
        Pledge pledge = v.getPledge();
        Cluster cluster = pledge.getCluster();
        if (!PledgeAccess.canManage(actor, cluster)) {
            throw new AccessDenied();
        }
        RuleViolation.require(v.getStatus() == PledgeStatus.FINAL, "pledge.error.notOpenForSigning");
        RuleViolation.require(v.getFingerprint().equals(seenFingerprint), "pledge.error.fingerprintChanged");
        if (pledge.inForce().getSignedAt() != null) {
            pledge.requireResultsNotPublished(); // the amendment would replace what the published results were judged by
        }
        integrity.requireIntact(pledge);
        List<Signature> signatures = signatures(v);
        RuleViolation.require(v.isCompleteWith(signatures), "pledge.error.signaturesMissing");
        Account staff = account(actor);
        checkPassword(staff, password, address);
        Unit organiser = cluster.getCampaign().getOrganiser();
        Signature confirmation = Signature.confirmation(v, organiser, staff.getId(), staff.getFullName(),
                staff.getPositionTitle() == null || staff.getPositionTitle().isEmpty() ? "—" : staff.getPositionTitle(),
                now(), address, userAgent);
        persistSignature(confirmation, organiser);
        v.confirm(signatures, confirmation.getSignedAt());
        append(pledge, PledgeEventType.CONFIRMED, staff, signatureDetails(confirmation)
                + "\nstatus=" + v.getStatus().name() + "\nsignedAt=" + v.getSignedAt().toEpochMilli());
        em.flush();
        IntegrityReport verified = integrity.check(pledge);
        if (!verified.isIntact()) {
            // rows changed under the lock between the first check and now: issue nothing, roll everything back
            throw new IllegalStateException("pledge " + pledge.getId() + " not intact before rendering: " + verified);
        }
        byte[] pdf = documents.render(v, publicBaseUrl);
        StoredFile file = new StoredFile("giao-uoc-" + v.getVerificationCode() + ".pdf", "application/pdf", pdf,
                vn.thidua.shared.Sha256.hex(pdf), staff.getId(), now());
        em.persist(file);
        em.flush();
        v.recordDocument(file);
        append(pledge, PledgeEventType.DOCUMENT_ISSUED, staff, "document=" + file.getSha256() + "\nfile=" + file.getId()
                + "\nbytes=" + pdf.length);
        changed.fire(new CampaignDataChanged(cluster.getCampaign().getId()));
        notifications.pledgeConfirmed(actor, versionId);
        LOG.info(() -> "pledge confirmed by=" + actor.getUsername() + " version=" + versionId);
    }

    /**
     * An amendment: the current version is superseded (its signatures stay) and a new draft starts from its content.
     * A confirmed version stays in force until the amendment is itself signed by all and confirmed; none after the
     * campaign's results are published.
     */
    @Transactional
    public long amend(Actor actor, long versionId) {
        PledgeVersion v = locked(versionId);
        Cluster cluster = v.getPledge().getCluster();
        if (!PledgeAccess.canDraft(actor, cluster) || !PledgeAccess.canRead(actor, cluster)) {
            throw new AccessDenied();
        }
        RuleViolation.require(v == v.getPledge().current(), "pledge.error.superseded");
        PledgeVersion next = v.getPledge().amend(units());
        em.flush();
        Account author = account(actor);
        append(v.getPledge(), PledgeEventType.AMENDED, author, "from=" + v.getNumber() + "\nto=" + next.getNumber());
        snapshot(next, author, "revision.amended", String.valueOf(v.getNumber()));
        changed.fire(new CampaignDataChanged(cluster.getCampaign().getId()));
        LOG.info(() -> "pledge amended by=" + actor.getUsername() + " version=" + versionId + " next=" + next.getNumber());
        return next.getId();
    }

    /** In-app reminders to every member unit with a signature still missing. Returns how many units were reminded. */
    @Transactional
    public int remind(Actor actor, long versionId) {
        PledgeVersion v = locked(versionId);
        Cluster cluster = v.getPledge().getCluster();
        if (!PledgeAccess.canDraft(actor, cluster) || !PledgeAccess.canRead(actor, cluster)) {
            throw new AccessDenied();
        }
        RuleViolation.require(v.getStatus() == PledgeStatus.FINAL, "pledge.error.notOpenForSigning");
        List<Signature> signatures = signatures(v);
        Account sender = account(actor);
        Set<Unit> missing = v.getSigners().stream()
                .filter(s -> signatures.stream().noneMatch(sig -> sig.getUnit().equals(s.getUnit()) && sig.getOffice() == s.getOffice()))
                .map(RequiredSigner::getUnit).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        Instant at = now();
        for (Unit unit : missing) {
            em.persist(new Reminder(v.getId(), unit.getId(), sender.getFullName(), at));
        }
        if (!missing.isEmpty()) {
            append(v.getPledge(), PledgeEventType.REMINDED, sender,
                    "units=" + missing.stream().map(Unit::getCode).collect(Collectors.joining(",")));
        }
        return missing.size();
    }

    /** The id of the current version of a pledge (for the API, which names pledges, not versions). */
    public long currentVersionId(long pledgeId) {
        Pledge pledge = em.find(Pledge.class, pledgeId);
        if (pledge == null) {
            throw new AccessDenied();
        }
        return pledge.current().getId();
    }

    /** An award by its catalogue code, for the API. */
    public Long awardId(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return em.createQuery("SELECT a.id FROM Award a WHERE a.code = :c", Long.class).setParameter("c", code.strip())
                .getResultList().stream().findFirst().orElseThrow(() -> new RuleViolation("registration.error.unknownAward", code));
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    private void checkPassword(Account account, char[] password, String address) {
        String key = "sign:" + account.getUsername();
        RuleViolation.require(!throttle.isBlocked(key, address), "sign.error.throttled");
        boolean ok = password != null && password.length > 0 && hasher.verify(password, account.getPasswordHash());
        if (password != null) {
            Arrays.fill(password, '\0');
        }
        if (!ok) {
            throttle.recordFailure(key, address);
            throw new RuleViolation("sign.error.password");
        }
        throttle.recordSuccess(key, address);
    }

    /** A second click, a second device or a retried request of the same person: the signature is there, say so. */
    private void requireNotSignedBy(PledgeVersion v, Unit unit, Office office, long accountId) {
        long mine = em.createQuery("SELECT COUNT(s) FROM Signature s WHERE s.version = :v AND s.unit = :u AND s.office = :o"
                        + " AND s.accountId = :a", Long.class)
                .setParameter("v", v).setParameter("u", unit).setParameter("o", office).setParameter("a", accountId).getSingleResult();
        AlreadyDone.unlessAlready(mine > 0, "sign.done.signed", unit.getName());
    }

    private void requireFree(PledgeVersion v, Unit unit, Office office) {
        long taken = em.createQuery("SELECT COUNT(s) FROM Signature s WHERE s.version = :v AND s.unit = :u AND s.office = :o", Long.class)
                .setParameter("v", v).setParameter("u", unit).setParameter("o", office).getSingleResult();
        RuleViolation.require(taken == 0, "sign.error.alreadySigned", unit.getName());
    }

    private void persistSignature(Signature signature, Unit unit) {
        em.persist(signature);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (Conflicts.isConflict(e)) {
                throw e; // a racing insert: the use case runs again (RetryOnConflict) and is then told who signed
            }
            throw new RuleViolation("sign.error.alreadySigned", unit.getName());
        }
    }

    private void register(PledgeVersion v, Unit unit, Long titleId, Long commendationId, long by) {
        long registered = em.createQuery("SELECT COUNT(r) FROM Registration r WHERE r.version = :v AND r.unit = :u", Long.class)
                .setParameter("v", v).setParameter("u", unit).getSingleResult();
        if (registered > 0) {
            return;
        }
        Award title = titleId == null ? null : em.find(Award.class, titleId);
        Award commendation = commendationId == null ? null : em.find(Award.class, commendationId);
        em.persist(new Registration(v, unit, title, commendation, by, now()));
    }

    private static String signatureDetails(Signature s) {
        return "signature=" + s.getId() + "\ndigest=" + s.digest() + "\nunit=" + s.getUnit().getCode()
                + "\noffice=" + s.getOffice().name() + "\nmethod=" + s.getMethod().name() + "\nfingerprint=" + s.getFingerprint();
    }

    /** The office signed in, in the pledge's language: the document's signature table reads it. */
    private static String position(Account account, Office office) {
        return java.util.ResourceBundle.getBundle("vn.thidua.i18n.messages", DOCUMENT_LOCALE).getString("office." + office.name());
    }

    List<Signature> signatures(PledgeVersion v) {
        return em.createQuery("SELECT s FROM Signature s WHERE s.version = :v AND s.office <> :confirm ORDER BY s.id", Signature.class)
                .setParameter("v", v).setParameter("confirm", Office.CONFIRM).getResultList();
    }

    private void append(Pledge pledge, PledgeEventType type, Account actor, String details) {
        List<PledgeEvent> last = em.createQuery("SELECT e FROM PledgeEvent e WHERE e.pledgeId = :p ORDER BY e.seq DESC", PledgeEvent.class)
                .setParameter("p", pledge.getId()).setMaxResults(1).getResultList();
        PledgeEvent event = new PledgeEvent(pledge.getId(), last.isEmpty() ? null : last.get(0), pledge.current().getNumber(),
                type, actor == null ? null : actor.getId(), actor == null ? "system" : actor.getFullName(), now(), details);
        em.persist(event);
        pledge.advanceHead(event); // same transaction: the head outside the log moves with it
        em.flush();
    }

    private void snapshot(PledgeVersion v, Account author, String summaryKey, String... args) {
        int number = v.nextRevision();
        em.flush();
        TargetText words = new TargetText(DOCUMENT_LOCALE, levelNames(v.getPledge().getCampaign()));
        String summary = new java.text.MessageFormat(
                java.util.ResourceBundle.getBundle("vn.thidua.i18n.messages", DOCUMENT_LOCALE).getString(summaryKey),
                DOCUMENT_LOCALE).format(args);
        em.persist(new Revision(v.getId(), number, summary, PledgeText.render(v, words), author.getFullName(), now()));
    }

    /** The version, after locking its pledge: everything read from here on is current and stays so until commit. */
    /**
     * Locks the pledge's row with the first statement of the transaction. Under REPEATABLE READ the snapshot of the
     * plain reads that follow (the log, the signatures) is taken at the transaction's first plain read: taken before the
     * lock wait, it would miss what the previous holder of the lock appended, and the chain would look cut.
     */
    private PledgeVersion locked(long versionId) {
        List<?> pledgeId = em.createNativeQuery("SELECT p.id FROM pledge p JOIN pledge_version v ON v.pledge_id = p.id"
                        + " WHERE v.id = ? FOR UPDATE").setParameter(1, versionId).getResultList();
        if (pledgeId.isEmpty()) {
            throw new AccessDenied();
        }
        Pledge pledge = em.find(Pledge.class, ((Number) pledgeId.get(0)).longValue(), LockModeType.PESSIMISTIC_WRITE);
        return pledge.getVersions().stream().filter(x -> x.getId() == versionId).findFirst().orElseThrow(AccessDenied::new);
    }

    private PledgeVersion draftable(Actor actor, long versionId) {
        PledgeVersion v = locked(versionId);
        Cluster cluster = v.getPledge().getCluster();
        if (!PledgeAccess.canRead(actor, cluster) || !PledgeAccess.canDraft(actor, cluster)) {
            throw new AccessDenied();
        }
        cluster.getCampaign().requireOpen();
        v.requireEditable();
        return v;
    }

    private Account account(Actor actor) {
        Account account = em.find(Account.class, actor.getAccountId());
        if (account == null) {
            throw new AccessDenied();
        }
        return account;
    }

    private PledgeVersion previousYear(Cluster cluster) {
        Campaign previous = cluster.getCampaign().getCopiedFrom();
        RuleViolation.require(previous != null, "pledge.error.noPreviousYear");
        List<PledgeVersion> found = em.createQuery("SELECT v FROM PledgeVersion v WHERE v.pledge.cluster.lineageKey = :l"
                        + " AND v.pledge.campaign = :c ORDER BY v.number DESC", PledgeVersion.class)
                .setParameter("l", cluster.getLineageKey()).setParameter("c", previous).setMaxResults(1).getResultList();
        RuleViolation.require(!found.isEmpty(), "pledge.error.noPreviousYear");
        return found.get(0);
    }

    private String newVerificationCode() {
        for (int attempt = 0; attempt < 10; attempt++) {
            String code = VerificationCode.generate(random);
            long used = em.createQuery("SELECT COUNT(v) FROM PledgeVersion v WHERE v.verificationCode = :c", Long.class)
                    .setParameter("c", code).getSingleResult();
            if (used == 0) {
                return code;
            }
        }
        throw new IllegalStateException("no free verification code after 10 attempts");
    }

    List<RatingLevel> levels(Campaign campaign) {
        return em.createQuery("SELECT l FROM RatingLevel l WHERE l.campaign = :c ORDER BY l.rank", RatingLevel.class)
                .setParameter("c", campaign).getResultList();
    }

    Map<String, Integer> ranks(Campaign campaign) {
        Map<String, Integer> ranks = new LinkedHashMap<>();
        levels(campaign).forEach(l -> ranks.put(l.getCode(), l.getRank()));
        return ranks;
    }

    Map<String, String> levelNames(Campaign campaign) {
        Map<String, String> names = new LinkedHashMap<>();
        levels(campaign).forEach(l -> names.put(l.getCode(), l.getName()));
        return names;
    }

    static Set<String> childCategories() {
        return Set.of(UnitCategory.HAMLET.name(), UnitCategory.MEMBER_ORG.name());
    }

    private Function<Long, Unit> units() {
        return id -> {
            Unit unit = em.find(Unit.class, id);
            RuleViolation.require(unit != null, "error.required", "unit");
            return unit;
        };
    }

    private static String defaultTitle(Cluster cluster) {
        return "Giao ước thi đua năm " + cluster.getCampaign().getYear() + " — " + cluster.getName();
    }

    private static String defaultPlace(Cluster cluster) {
        return cluster.getCampaign().getOrganiser().getName().replaceFirst("^(Huyện|Tỉnh|Thành phố|Quận|Thị xã) ", "");
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
