package vn.thidua.pledge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.thidua.campaign.Campaign;
import vn.thidua.cluster.Cluster;
import vn.thidua.organisation.Unit;
import vn.thidua.security.Account;
import vn.thidua.security.Actor;
import vn.thidua.shared.VietnamTime;
import vn.thidua.shared.files.StoredFile;
import vn.thidua.shared.text.LightText;
import vn.thidua.shared.text.LineDiff;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads pledges for pages, documents and the API, each read checked against the reader's scope, and returned as view
 * objects built inside the transaction (pages never walk entities lazily).
 */
@ApplicationScoped
public class PledgeQueries {

    @PersistenceContext
    EntityManager em;

    @Inject
    PledgeService service;

    @Inject
    PledgeIntegrity integrity;

    /** The pledge page of a cluster; empty when the cluster does not exist or the actor may not read it. */
    @Transactional
    public Optional<PledgeView> page(Actor actor, long clusterId, Locale locale) {
        Cluster cluster = em.find(Cluster.class, clusterId);
        if (cluster == null || !PledgeAccess.canRead(actor, cluster)) {
            return Optional.empty();
        }
        Campaign campaign = cluster.getCampaign();
        PledgeView view = new PledgeView();
        view.clusterId = clusterId;
        view.clusterName = cluster.getName();
        view.campaignId = campaign.getId();
        view.campaignName = campaign.getName();
        view.campaignYear = String.valueOf(campaign.getYear());
        view.leaderName = cluster.getLeader().getName();
        boolean open = !campaign.isClosed();
        boolean draft = open && PledgeAccess.canDraft(actor, cluster);
        boolean manage = open && PledgeAccess.canManage(actor, cluster);
        for (Unit u : cluster.getMemberUnits().stream().sorted(Comparator.comparing(Unit::getCode)).toList()) {
            PledgeView.MemberRow m = new PledgeView.MemberRow();
            m.id = u.getId();
            m.code = u.getCode();
            m.name = u.getName();
            view.members.add(m);
        }
        List<Pledge> found = em.createQuery("SELECT p FROM Pledge p WHERE p.cluster = :k", Pledge.class)
                .setParameter("k", cluster).getResultList();
        if (found.isEmpty()) {
            view.canStart = draft;
            view.canStartFromPreviousYear = draft && campaign.getCopiedFrom() != null;
            return Optional.of(view);
        }
        Pledge pledge = found.get(0);
        view.pledgeId = pledge.getId();
        PledgeVersion v = pledge.current();
        TargetText words = new TargetText(locale, service.levelNames(campaign));
        view.current = version(v, signatureCount(v));
        view.current.preambleHtml = LightText.toHtml(v.getPreamble());
        for (PledgeClause c : v.getClauses()) {
            PledgeView.Clause row = new PledgeView.Clause();
            row.id = c.getId();
            row.number = c.getPosition();
            row.title = c.getTitle();
            row.body = c.getBody();
            row.bodyHtml = LightText.toHtml(c.getBody());
            view.clauses.add(row);
        }
        for (PledgeTarget t : v.getTargets()) {
            PledgeView.Target row = new PledgeView.Target();
            row.id = t.getId();
            row.number = t.getPosition();
            row.code = t.getCode();
            row.name = t.getName();
            row.kind = t.getKind();
            row.measure = words.measure(t);
            row.threshold = words.threshold(t);
            row.scope = words.scope(t);
            row.clause = t.getClausePosition();
            row.spec = t.toSpec();
            view.targets.add(row);
        }
        boolean memberChair = PledgeAccess.isMemberChair(actor, cluster);
        view.canDraft = draft && v.isEditable();
        view.canComment = open && memberChair && v.getStatus() == PledgeStatus.DISCUSSION;
        view.canManage = manage;
        view.resultsPublished = campaign.getResultsPublishedAt() != null;
        view.canAmend = draft && !view.resultsPublished
                && (v.getStatus() == PledgeStatus.FINAL || v.getStatus() == PledgeStatus.SIGNED);
        view.amendmentPending = pledge.isAmendmentPending();
        view.inForceNumber = pledge.inForce().getNumber();
        if (v.getFingerprint() != null) {
            board(view, v, actor);
        }
        view.canRemind = draft && v.getStatus() == PledgeStatus.FINAL && view.signedCount < view.requiredCount;
        view.canConfirm = manage && v.getStatus() == PledgeStatus.FINAL && view.signedCount == view.requiredCount;
        for (PledgeVersion each : pledge.getVersions()) {
            view.versions.add(version(each, signatureCount(each)));
        }
        view.versions.sort(Comparator.comparingInt(PledgeView.Version::getNumber).reversed());
        for (Revision r : em.createQuery("SELECT r FROM Revision r WHERE r.versionId = :v ORDER BY r.number DESC", Revision.class)
                .setParameter("v", v.getId()).getResultList()) {
            PledgeView.RevisionRow row = new PledgeView.RevisionRow();
            row.number = r.getNumber();
            row.summary = r.getSummary();
            row.author = r.getAuthorName();
            row.at = VietnamTime.format(r.getCreatedAt());
            view.revisions.add(row);
        }
        Map<Long, String> unitNames = cluster.getMemberUnits().stream().collect(Collectors.toMap(Unit::getId, Unit::getName));
        for (Comment c : em.createQuery("SELECT c FROM Comment c WHERE c.versionId = :v ORDER BY c.createdAt, c.id", Comment.class)
                .setParameter("v", v.getId()).getResultList()) {
            PledgeView.CommentRow row = new PledgeView.CommentRow();
            row.author = c.getAuthorName();
            row.unitName = unitNames.getOrDefault(c.getUnitId(), "");
            row.anchor = c.getAnchor();
            row.body = c.getBody();
            row.at = VietnamTime.format(c.getCreatedAt());
            row.revision = c.getRevision();
            view.comments.add(row);
        }
        List<PledgeEvent> events = events(pledge);
        for (PledgeEvent e : events) {
            PledgeView.EventRow row = new PledgeView.EventRow();
            row.seq = e.getSeq();
            row.version = e.getVersionNumber();
            row.type = e.getType();
            row.actor = e.getActorName();
            row.at = VietnamTime.formatSeconds(e.getOccurredAt());
            row.hash = e.getHash();
            view.events.add(row);
        }
        view.integrity = integrity(pledge, events);
        return Optional.of(view);
    }

    private void board(PledgeView view, PledgeVersion v, Actor actor) {
        List<Signature> signatures = em.createQuery("SELECT s FROM Signature s WHERE s.version = :v ORDER BY s.id", Signature.class)
                .setParameter("v", v).getResultList();
        Map<Long, String> registrations = new HashMap<>();
        for (Registration r : em.createQuery("SELECT r FROM Registration r WHERE r.version = :v", Registration.class)
                .setParameter("v", v).getResultList()) {
            registrations.put(r.getUnit().getId(), registrationText(r));
        }
        Map<Long, String> reminded = new HashMap<>();
        for (Reminder r : em.createQuery("SELECT r FROM Reminder r WHERE r.versionId = :v ORDER BY r.sentAt", Reminder.class)
                .setParameter("v", v.getId()).getResultList()) {
            reminded.put(r.getUnitId(), VietnamTime.format(r.getSentAt()));
        }
        String actorOffice = null;
        if (actor.isChair()) {
            Account account = em.find(Account.class, actor.getAccountId());
            actorOffice = account == null ? null : account.getOffice();
        }
        for (RequiredSigner s : v.getSigners()) {
            PledgeView.SignerRow row = new PledgeView.SignerRow();
            row.unitId = s.getUnit().getId();
            row.unitCode = s.getUnit().getCode();
            row.unitName = s.getUnit().getName();
            row.office = s.getOffice();
            row.registration = registrations.getOrDefault(row.unitId, "");
            row.remindedAt = reminded.get(row.unitId);
            signatures.stream().filter(sig -> sig.getUnit().equals(s.getUnit()) && sig.getOffice() == s.getOffice())
                    .findFirst().ifPresent(sig -> fill(row, sig));
            if (row.signed) {
                view.signedCount++;
            } else if (v.getStatus() == PledgeStatus.FINAL && Objects.equals(actor.getUnitId(), row.unitId)
                    && s.getOffice().name().equals(actorOffice)) {
                view.canSign = true;
            }
            view.requiredCount++;
            view.signers.add(row);
        }
        signatures.stream().filter(sig -> sig.getOffice() == Office.CONFIRM).findFirst().ifPresent(sig -> {
            PledgeView.SignerRow row = new PledgeView.SignerRow();
            row.unitId = sig.getUnit().getId();
            row.unitName = sig.getUnitName();
            row.office = Office.CONFIRM;
            fill(row, sig);
            view.confirmation = row;
        });
    }

    private static void fill(PledgeView.SignerRow row, Signature sig) {
        row.signed = true;
        row.paper = sig.isPaper();
        row.signerName = sig.getSignerName();
        row.signerPosition = sig.getSignerPosition();
        row.signedAt = VietnamTime.format(sig.getSignedAt());
        row.signatureId = sig.getId();
        row.scan = sig.getScanFileId() != null;
    }

    static String registrationText(Registration r) {
        StringBuilder text = new StringBuilder();
        if (r.getTitle() != null) {
            text.append(r.getTitle().getName());
        }
        if (r.getCommendation() != null) {
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append(r.getCommendation().getName());
        }
        return text.toString();
    }

    private PledgeView.Version version(PledgeVersion v, int signatures) {
        PledgeView.Version row = new PledgeView.Version();
        row.id = v.getId();
        row.number = v.getNumber();
        row.status = v.getStatus();
        row.title = v.getTitle();
        row.place = v.getPlace();
        row.preamble = v.getPreamble();
        row.signerPolicy = v.getSignerPolicy();
        row.revision = v.getRevision();
        row.fingerprint = v.getFingerprint();
        row.verificationCode = v.getVerificationCode();
        row.finalisedAt = VietnamTime.format(v.getFinalisedAt());
        row.signedAt = VietnamTime.format(v.getSignedAt());
        row.document = v.getDocumentSha256() != null;
        row.signatures = signatures;
        return row;
    }

    private int signatureCount(PledgeVersion v) {
        return em.createQuery("SELECT COUNT(s) FROM Signature s WHERE s.version = :v AND s.office <> :c", Long.class)
                .setParameter("v", v).setParameter("c", Office.CONFIRM).getSingleResult().intValue();
    }

    List<PledgeEvent> events(Pledge pledge) {
        return integrity.events(pledge);
    }

    IntegrityReport integrity(Pledge pledge, List<PledgeEvent> events) {
        return integrity.check(pledge, events);
    }

    /** Final pledge versions still waiting for this chair's (or vice-chair's) own signature, for their unit. */
    @Transactional
    public List<PledgeTodo> awaitingSignature(Actor actor) {
        if (!actor.isChair() || actor.getUnitId() == null) {
            return List.of();
        }
        Account account = em.find(Account.class, actor.getAccountId());
        if (account == null || account.getOffice() == null) {
            return List.of();
        }
        List<Object[]> rows = em.createQuery("SELECT v.id, v.title, k.id, k.name FROM PledgeVersion v JOIN v.signers s"
                        + " JOIN v.pledge p JOIN p.cluster k WHERE v.status = :final AND s.unit.id = :u AND s.office = :o"
                        + " AND NOT EXISTS (SELECT g FROM Signature g WHERE g.version = v AND g.unit = s.unit AND g.office = s.office)"
                        + " ORDER BY v.finalisedAt", Object[].class)
                .setParameter("final", PledgeStatus.FINAL).setParameter("u", actor.getUnitId())
                .setParameter("o", Office.valueOf(account.getOffice())).getResultList();
        return rows.stream().map(r -> {
            List<Reminder> reminders = em.createQuery("SELECT r FROM Reminder r WHERE r.versionId = :v AND r.unitId = :u"
                            + " ORDER BY r.sentAt DESC", Reminder.class)
                    .setParameter("v", r[0]).setParameter("u", actor.getUnitId()).setMaxResults(1).getResultList();
            return new PledgeTodo((Long) r[2], (Long) r[0], (String) r[1], (String) r[3],
                    reminders.isEmpty() ? null : VietnamTime.format(reminders.get(0).getSentAt()));
        }).toList();
    }

    /** A campaign's rating scale, best first (for choosing a target's level). */
    public List<vn.thidua.campaign.RatingLevel> levels(long campaignId) {
        return em.createQuery("SELECT l FROM RatingLevel l WHERE l.campaign.id = :c ORDER BY l.rank", vn.thidua.campaign.RatingLevel.class)
                .setParameter("c", campaignId).getResultList();
    }

    /** The pledges of a campaign's clusters the actor may read (for the API). */
    @Transactional
    public List<PledgeView> ofCampaign(Actor actor, long campaignId, Locale locale) {
        List<Long> clusters = em.createQuery("SELECT p.cluster.id FROM Pledge p WHERE p.campaign.id = :c ORDER BY p.cluster.name", Long.class)
                .setParameter("c", campaignId).getResultList();
        return clusters.stream().map(k -> page(actor, k, locale)).flatMap(Optional::stream).toList();
    }

    /** One pledge by its id, if the actor may read it. */
    @Transactional
    public Optional<PledgeView> byId(Actor actor, long pledgeId, Locale locale) {
        List<Long> cluster = em.createQuery("SELECT p.cluster.id FROM Pledge p WHERE p.id = :p", Long.class)
                .setParameter("p", pledgeId).getResultList();
        return cluster.isEmpty() ? Optional.empty() : page(actor, cluster.get(0), locale);
    }

    /** Compares a revision of a readable version with the revision before it. */
    @Transactional
    public List<LineDiff.DiffLine> diff(Actor actor, long clusterId, int revision) {
        Cluster cluster = em.find(Cluster.class, clusterId);
        if (cluster == null || !PledgeAccess.canRead(actor, cluster)) {
            return List.of();
        }
        List<Pledge> found = em.createQuery("SELECT p FROM Pledge p WHERE p.cluster = :k", Pledge.class)
                .setParameter("k", cluster).getResultList();
        if (found.isEmpty()) {
            return List.of();
        }
        long versionId = found.get(0).current().getId();
        List<Revision> pair = em.createQuery("SELECT r FROM Revision r WHERE r.versionId = :v AND r.number IN (:a, :b)"
                        + " ORDER BY r.number", Revision.class)
                .setParameter("v", versionId).setParameter("a", revision - 1).setParameter("b", revision).getResultList();
        if (pair.isEmpty() || pair.get(pair.size() - 1).getNumber() != revision) {
            return List.of();
        }
        String before = pair.size() == 2 ? pair.get(0).getContent() : "";
        return LineDiff.diff(before, pair.get(pair.size() - 1).getContent());
    }

    /** The signed document of a version, for someone who may read the pledge. */
    @Transactional
    public Optional<StoredFile> document(Actor actor, long versionId) {
        PledgeVersion v = em.find(PledgeVersion.class, versionId);
        if (v == null || !PledgeAccess.canRead(actor, v.getPledge().getCluster()) || v.getDocument() == null) {
            return Optional.empty();
        }
        StoredFile file = v.getDocument();
        file.getContent();
        return Optional.of(file);
    }

    /** A paper signature's scan: only staff over the organiser and chairs of the cluster's members may see it. */
    @Transactional
    public Optional<StoredFile> scan(Actor actor, long signatureId) {
        Signature s = em.find(Signature.class, signatureId);
        if (s == null || s.getScanFileId() == null || !PledgeAccess.canRead(actor, s.getVersion().getPledge().getCluster())) {
            return Optional.empty();
        }
        StoredFile file = em.find(StoredFile.class, s.getScanFileId());
        file.getContent();
        return Optional.of(file);
    }

    /** The version a chair opens to sign: its exact final text, as the pledge page shows it. */
    @Transactional
    public Optional<PledgeView> forVersion(Actor actor, long versionId, Locale locale) {
        PledgeVersion v = em.find(PledgeVersion.class, versionId);
        if (v == null) {
            return Optional.empty();
        }
        return page(actor, v.getPledge().getCluster().getId(), locale)
                .filter(view -> view.current != null && view.current.id == versionId);
    }
}
