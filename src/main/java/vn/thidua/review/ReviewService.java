package vn.thidua.review;

import vn.thidua.shared.RetryOnConflict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.thidua.award.Award;
import vn.thidua.award.AwardKind;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.RatingLevel;
import vn.thidua.cluster.Cluster;
import vn.thidua.organisation.Unit;
import vn.thidua.pledge.Registration;
import vn.thidua.security.AccessDenied;
import vn.thidua.security.Actor;
import vn.thidua.shared.RuleViolation;
import vn.thidua.shared.files.StoredFile;
import vn.thidua.shared.files.UploadedFile;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Use cases of the year-end cluster review, one transaction each: self-scoring, review, finalising and reopening a
 * unit's sheet; the meeting with its vote and the successors it elects; proposals. Every use case on a unit's sheet
 * locks the sheet row first, and every use case on the meeting or the proposals locks the cluster row, so concurrent
 * edits are applied one after the other and none is lost. Every change of a score or state is audited.
 */
@RetryOnConflict
@ApplicationScoped
public class ReviewService {

    private static final Logger LOG = Logger.getLogger(ReviewService.class.getName());
    /** The largest evidence file or scan of minutes: 10 MB, like a pledge's paper-signature scan. */
    public static final long MAX_FILE = 10L * 1024 * 1024;

    @PersistenceContext
    EntityManager em;

    @Inject
    ScoringSheetService sheets;

    @Inject
    ReviewFacts facts;

    /** The messages each event causes, written to the outbox in the event's own transaction. */
    @Inject
    vn.thidua.notification.Notifications notifications;

    /** A typed score from a form: criterion code, points (null: none yet), and the note or the reason. */
    public record ScoreLine(String code, BigDecimal points, String text) {
    }

    /**
     * The sheet of a member unit in its cluster, created when first opened by someone who may act on it (its chair,
     * its reviewer, staff); for anyone else who may read the cluster, the existing sheet or none (AccessDenied).
     */
    @Transactional
    public long open(Actor actor, long clusterId, long unitId) {
        Cluster cluster = readable(actor, clusterId);
        Unit unit = em.find(Unit.class, unitId);
        if (unit == null || !cluster.isMember(unit)) {
            throw new AccessDenied();
        }
        if (!ReviewAccess.canSelfScore(actor, unit) && !ReviewAccess.canReview(actor, cluster, unit)) {
            // a reader (a viewer, another member's chair) only reads: opening the page writes nothing
            return em.createQuery("SELECT s.id FROM ReviewSheet s WHERE s.campaign = :c AND s.unit = :u", Long.class)
                    .setParameter("c", cluster.getCampaign()).setParameter("u", unit).getResultStream().findFirst()
                    .orElseThrow(AccessDenied::new);
        }
        // two first openings at once (the chair and the leader) must make one sheet: the unique key decides, quietly
        em.createNativeQuery("INSERT IGNORE INTO review_sheet (campaign_id, cluster_id, unit_id, status, updated_by, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .setParameter(1, cluster.getCampaign().getId()).setParameter(2, cluster.getId()).setParameter(3, unit.getId())
                .setParameter(4, ReviewStatus.SELF_SCORING.name()).setParameter(5, actor.getUsername())
                .setParameter(6, java.sql.Timestamp.from(now())).executeUpdate();
        return em.createQuery("SELECT s.id FROM ReviewSheet s WHERE s.campaign = :c AND s.unit = :u", Long.class)
                .setParameter("c", cluster.getCampaign()).setParameter("u", unit).getSingleResult();
    }

    @Transactional
    public int saveSelf(Actor actor, long sheetId, List<ScoreLine> lines) {
        ReviewSheet sheet = locked(sheetId);
        if (!ReviewAccess.canSelfScore(actor, sheet.getUnit())) {
            throw new AccessDenied();
        }
        Context ctx = context(sheet.getCampaign());
        int changed = 0;
        for (ScoreLine line : lines) {
            Criterion c = ctx.leaf(line.code());
            Optional<ReviewSheet.Change> change = sheet.selfScore(ctx.sheet, c, line.points(), line.text(), actor.getUsername(), now());
            if (change.isPresent()) {
                audit(sheet, change.get(), actor);
                changed++;
            }
        }
        return changed;
    }

    @Transactional
    public void addEvidence(Actor actor, long sheetId, String criterionCode, UploadedFile file) {
        ReviewSheet sheet = locked(sheetId);
        if (!ReviewAccess.canSelfScore(actor, sheet.getUnit())) {
            throw new AccessDenied();
        }
        Criterion c = context(sheet.getCampaign()).leaf(criterionCode);
        StoredFile stored = new StoredFile(file.getSafeName(), file.getContentType(), file.getContent(), file.getSha256(),
                accountOf(actor), now());
        em.persist(stored);
        audit(sheet, sheet.addEvidence(c, stored, actor.getUsername(), now()), actor);
    }

    @Transactional
    public void removeEvidence(Actor actor, long sheetId, long evidenceId) {
        ReviewSheet sheet = locked(sheetId);
        if (!ReviewAccess.canSelfScore(actor, sheet.getUnit())) {
            throw new AccessDenied();
        }
        audit(sheet, sheet.removeEvidence(evidenceId, actor.getUsername(), now()), actor);
    }

    @Transactional
    public void submit(Actor actor, long sheetId) {
        ReviewSheet sheet = locked(sheetId);
        if (!ReviewAccess.canSelfScore(actor, sheet.getUnit())) {
            throw new AccessDenied();
        }
        audit(sheet, sheet.submit(context(sheet.getCampaign()).sheet, actor.getUsername(), now()), actor);
    }

    @Transactional
    public int saveReview(Actor actor, long sheetId, List<ScoreLine> lines) {
        ReviewSheet sheet = locked(sheetId);
        if (!ReviewAccess.canReview(actor, sheet.getCluster(), sheet.getUnit())) {
            throw new AccessDenied();
        }
        Context ctx = context(sheet.getCampaign());
        // every line is checked before any is kept: a refused line rolls the whole form back
        int changed = 0;
        for (ScoreLine line : lines) {
            Optional<ReviewSheet.Change> change = sheet.review(ctx.sheet, ctx.leaf(line.code()), line.points(), line.text(),
                    actor.getUsername(), now());
            if (change.isPresent()) {
                audit(sheet, change.get(), actor);
                changed++;
            }
        }
        return changed;
    }

    @Transactional
    public void completeReview(Actor actor, long sheetId) {
        ReviewSheet sheet = locked(sheetId);
        if (!ReviewAccess.canReview(actor, sheet.getCluster(), sheet.getUnit())) {
            throw new AccessDenied();
        }
        Context ctx = context(sheet.getCampaign());
        List<Criterion> typed = ctx.leaves.values().stream().filter(c -> c.getTargetCode() == null).toList();
        audit(sheet, sheet.completeReview(typed, actor.getUsername(), now()), actor);
        notifications.reviewReturned(actor, sheetId);
    }

    /** Staff finalise one reviewed sheet. */
    @Transactional
    public void finalise(Actor actor, long sheetId) {
        ReviewSheet sheet = locked(sheetId);
        if (!ReviewAccess.isStaff(actor, sheet.getCluster())) {
            throw new AccessDenied();
        }
        finalise(actor, sheet, context(sheet.getCampaign()), facts.ofCluster(sheet.getCluster()));
    }

    /** Staff finalise every reviewed sheet of a cluster at once; returns how many. All or none. */
    @Transactional
    public int finaliseCluster(Actor actor, long clusterId) {
        Cluster cluster = em.find(Cluster.class, clusterId, LockModeType.PESSIMISTIC_WRITE);
        if (cluster == null || !ReviewAccess.isStaff(actor, cluster)) {
            throw new AccessDenied();
        }
        Context ctx = context(cluster.getCampaign());
        ReviewFacts.ClusterFacts cf = facts.ofCluster(cluster);
        List<ReviewSheet> reviewed = em.createQuery("SELECT s FROM ReviewSheet s WHERE s.cluster = :k AND s.status = :r ORDER BY s.id", ReviewSheet.class)
                .setParameter("k", cluster).setParameter("r", ReviewStatus.REVIEWED)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        RuleViolation.require(!reviewed.isEmpty(), "review.error.nothingToFinalise");
        for (ReviewSheet s : reviewed) {
            finalise(actor, s, ctx, cf);
        }
        return reviewed.size();
    }

    private void finalise(Actor actor, ReviewSheet sheet, Context ctx, ReviewFacts.ClusterFacts cf) {
        Map<String, BigDecimal> computed = cf.linkedPoints(sheet.getUnit().getId(), ctx.sheet);
        String tieBreak = ctx.tieBreakCode(sheet.getCampaign());
        audit(sheet, sheet.finalise(ctx.sheet, ctx.leaves, computed, sheets.bandsOf(sheet.getCampaign()),
                cf.targetsMet(sheet.getUnit().getId()), tieBreak, actor.getUsername(), now()), actor);
    }

    /** Staff reopen a finalised sheet (with a reason) for review again; refused once a proposal names the unit. */
    @Transactional
    public void reopen(Actor actor, long sheetId, String reason) {
        ReviewSheet sheet = locked(sheetId);
        if (!ReviewAccess.isStaff(actor, sheet.getCluster())) {
            throw new AccessDenied();
        }
        long proposed = em.createQuery("SELECT COUNT(p) FROM Proposal p WHERE p.cluster = :k AND p.unit = :u", Long.class)
                .setParameter("k", sheet.getCluster()).setParameter("u", sheet.getUnit()).getSingleResult();
        RuleViolation.require(proposed == 0, "review.error.reopenProposed");
        audit(sheet, sheet.reopen(reason, actor.getUsername(), now()), actor);
    }

    /** What the meeting form sends: the record, the votes per candidate unit id, and next year's leader and deputy. */
    public record MeetingRecord(LocalDate heldOn, String place, int attendees, int voters, String attendeeNames,
                                String minutes, Map<Long, Integer> votes, Long nextLeaderId, Long nextDeputyId) {
    }

    /**
     * Records the meeting (or corrects it): the vote hands the rotating flag to the honoured unit, and the elected
     * successors are kept for copying the campaign to next year. An optional scan of the minutes is kept with it.
     */
    @Transactional
    public void recordMeeting(Actor actor, long clusterId, MeetingRecord form, UploadedFile scan) {
        Cluster cluster = em.find(Cluster.class, clusterId, LockModeType.PESSIMISTIC_WRITE);
        if (cluster == null || !ReviewAccess.canRunMeeting(actor, cluster)) {
            throw new AccessDenied();
        }
        cluster.getCampaign().requireOpen();
        Meeting meeting = meeting(cluster).orElseGet(() -> {
            Meeting m = new Meeting(cluster);
            em.persist(m);
            return m;
        });
        Map<Unit, Integer> votes = new LinkedHashMap<>();
        form.votes().forEach((unitId, v) -> {
            Unit u = em.find(Unit.class, unitId);
            RuleViolation.require(u != null && cluster.isMember(u), "error.notFound");
            votes.put(u, v == null ? 0 : v);
        });
        meeting.record(form.heldOn(), form.place(), form.attendees(), form.voters(), form.attendeeNames(), form.minutes(),
                votes, actor.getUsername(), now());
        if (scan != null) {
            StoredFile stored = new StoredFile(scan.getSafeName(), scan.getContentType(), scan.getContent(), scan.getSha256(),
                    accountOf(actor), now());
            em.persist(stored);
            meeting.attachMinutes(stored);
        }
        cluster.handFlagTo(meeting.honoured().orElse(null));
        if (form.nextLeaderId() != null) {
            Unit leader = em.find(Unit.class, form.nextLeaderId());
            Unit deputy = form.nextDeputyId() == null ? null : em.find(Unit.class, form.nextDeputyId());
            RuleViolation.require(leader != null, "cluster.error.leaderNotMember");
            cluster.electSuccessors(leader, deputy);
        }
        LOG.info(() -> "meeting recorded by=" + actor.getUsername() + " cluster=" + clusterId);
    }

    /** Proposes a unit for an award when every condition of the award holds; otherwise says all that is missing. */
    @Transactional
    public long propose(Actor actor, long clusterId, long unitId, long awardId, String reason) {
        Cluster cluster = em.find(Cluster.class, clusterId, LockModeType.PESSIMISTIC_WRITE);
        if (cluster == null || !ReviewAccess.canRunMeeting(actor, cluster)) {
            throw new AccessDenied();
        }
        cluster.getCampaign().requireOpen();
        Unit unit = em.find(Unit.class, unitId);
        Award award = em.find(Award.class, awardId);
        RuleViolation.require(unit != null && cluster.isMember(unit) && award != null, "error.notFound");
        long sameKind = em.createQuery("SELECT COUNT(p) FROM Proposal p JOIN p.award a WHERE p.cluster = :k AND p.unit = :u AND a.kind = :kind", Long.class)
                .setParameter("k", cluster).setParameter("u", unit).setParameter("kind", award.getKind()).getSingleResult();
        RuleViolation.require(sameKind == 0, award.getKind() == AwardKind.TITLE ? "review.proposal.error.oneTitle"
                : "review.proposal.error.oneCommendation", unit.getName());
        List<RuleViolation> reasons = Eligibility.reasons(rule(award), eligibilityFacts(cluster, unit, award));
        if (!reasons.isEmpty()) {
            throw new ProposalRefused(unit.getName(), award.getName(), reasons);
        }
        Proposal p = new Proposal(cluster, unit, award, reason, actor.getUsername(), now());
        em.persist(p);
        em.flush();
        return p.getId();
    }

    @Transactional
    public void withdraw(Actor actor, long proposalId) {
        Proposal p = em.find(Proposal.class, proposalId);
        if (p == null) {
            throw new AccessDenied();
        }
        Cluster cluster = em.find(Cluster.class, p.getCluster().getId(), LockModeType.PESSIMISTIC_WRITE);
        if (!ReviewAccess.canRunMeeting(actor, cluster)) {
            throw new AccessDenied();
        }
        cluster.getCampaign().requireOpen();
        em.remove(p);
    }

    static Eligibility.Rule rule(Award a) {
        return new Eligibility.Rule(a.isRequiresRegistration(), a.getMinLevelCode(), a.getRequiredTargets(),
                a.getMaxPerCluster(), a.isRequiresVoteWinner());
    }

    Eligibility.Facts eligibilityFacts(Cluster cluster, Unit unit, Award award) {
        Optional<ReviewSheet> sheet = em.createQuery("SELECT s FROM ReviewSheet s WHERE s.cluster = :k AND s.unit = :u", ReviewSheet.class)
                .setParameter("k", cluster).setParameter("u", unit).getResultList().stream().findFirst();
        boolean finalised = sheet.map(s -> s.getStatus() == ReviewStatus.FINALISED).orElse(false);
        List<Registration> regs = em.createQuery("SELECT r FROM Registration r JOIN r.version v JOIN v.pledge p"
                        + " WHERE p.cluster = :k AND r.unit = :u ORDER BY v.number DESC", Registration.class)
                .setParameter("k", cluster).setParameter("u", unit).setMaxResults(1).getResultList();
        boolean registered = regs.stream().anyMatch(r -> award.equals(r.getTitle()) || award.equals(r.getCommendation()));
        Map<String, Integer> ranks = new HashMap<>();
        em.createQuery("SELECT l FROM RatingLevel l WHERE l.campaign = :c", RatingLevel.class)
                .setParameter("c", cluster.getCampaign()).getResultList().forEach(l -> ranks.put(l.getCode(), l.getRank()));
        boolean winner = meeting(cluster).flatMap(Meeting::honoured).map(unit::equals).orElse(false);
        long already = em.createQuery("SELECT COUNT(p) FROM Proposal p WHERE p.cluster = :k AND p.award = :a", Long.class)
                .setParameter("k", cluster).setParameter("a", award).getSingleResult();
        return new Eligibility.Facts(finalised, registered, sheet.map(ReviewSheet::getFinalLevelCode).orElse(null), ranks,
                facts.ofCluster(cluster).targetStatus(unit.getId()), winner, (int) already);
    }

    Optional<Meeting> meeting(Cluster cluster) {
        return em.createQuery("SELECT m FROM Meeting m WHERE m.cluster = :k", Meeting.class)
                .setParameter("k", cluster).getResultList().stream().findFirst();
    }

    private Cluster readable(Actor actor, long clusterId) {
        Cluster cluster = em.find(Cluster.class, clusterId);
        if (cluster == null || !ReviewAccess.canRead(actor, cluster)) {
            throw new AccessDenied();
        }
        return cluster;
    }

    private ReviewSheet locked(long sheetId) {
        ReviewSheet sheet = em.find(ReviewSheet.class, sheetId, LockModeType.PESSIMISTIC_WRITE);
        if (sheet == null) {
            throw new AccessDenied();
        }
        sheet.getCampaign().requireOpen();
        return sheet;
    }

    private void audit(ReviewSheet sheet, ReviewSheet.Change c, Actor actor) {
        em.persist(new ReviewChange(sheet.getId(), c.criterionCode(), c.what(), c.oldValue(), c.newValue(), c.reason(),
                actor.getUsername(), now()));
    }

    /** The campaign's scoring sheet, with its leaves as entities by code. */
    Context context(Campaign campaign) {
        List<Criterion> criteria = sheets.criteria(campaign);
        RuleViolation.require(!criteria.isEmpty(), "review.error.noSheet");
        ScoringSheet sheet = ScoringSheet.of(criteria.stream().map(Criterion::toNode).toList());
        Map<String, Criterion> leaves = new LinkedHashMap<>();
        Map<Long, String> codes = new HashMap<>();
        for (Criterion c : criteria) {
            codes.put(c.getId(), c.getCode());
            if (sheet.isLeaf(c.getCode())) {
                leaves.put(c.getCode(), c);
            }
        }
        return new Context(sheet, leaves, codes);
    }

    record Context(ScoringSheet sheet, Map<String, Criterion> leaves, Map<Long, String> codes) {
        Criterion leaf(String code) {
            Criterion c = leaves.get(code);
            RuleViolation.require(c != null, "review.score.error.unknownCriterion", code);
            return c;
        }

        String tieBreakCode(Campaign campaign) {
            return campaign.getTieBreakCriterionId() == null ? null : codes.get(campaign.getTieBreakCriterionId());
        }
    }

    /** The account behind the actor, or null for the application itself. */
    private static Long accountOf(Actor actor) {
        return actor.getAccountId() == 0 ? null : actor.getAccountId();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** A proposal refused: for this unit and award, every reason at once. */
    public static final class ProposalRefused extends RuleViolation {
        private static final long serialVersionUID = 1L;
        private final transient List<RuleViolation> reasons;

        public ProposalRefused(String unit, String award, List<RuleViolation> reasons) {
            super("review.proposal.error.refused", unit, award);
            this.reasons = List.copyOf(reasons);
        }

        public List<RuleViolation> getReasons() {
            return reasons;
        }
    }
}
