package vn.thidua.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignAccess;
import vn.thidua.campaign.RatingLevel;
import vn.thidua.cluster.Cluster;
import vn.thidua.organisation.Unit;
import vn.thidua.pledge.Registration;
import vn.thidua.security.Actor;
import vn.thidua.shared.VietnamTime;
import vn.thidua.shared.files.StoredFile;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads of the year-end review for pages, exports and the API, each after its scope check: a cluster's overview with
 * the ranking, one unit's sheet, the proposal list, the scoring sheet of a campaign, and the files. Scores are read in
 * one query per cluster, never by walking entities per unit.
 */
@ApplicationScoped
public class ReviewQueries {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @PersistenceContext
    EntityManager em;

    @Inject
    ReviewService service;

    @Inject
    ScoringSheetService sheets;

    @Inject
    ReviewFacts facts;

    @Transactional
    public Optional<ReviewView> cluster(Actor actor, long clusterId) {
        Cluster cluster = em.find(Cluster.class, clusterId);
        if (cluster == null || !ReviewAccess.canRead(actor, cluster)) {
            return Optional.empty();
        }
        Campaign campaign = cluster.getCampaign();
        ReviewView v = new ReviewView();
        v.clusterId = clusterId;
        v.clusterName = cluster.getName();
        v.campaignId = campaign.getId();
        v.campaignName = campaign.getName();
        v.year = campaign.getYear();
        v.leaderName = cluster.getLeader().getName();
        v.deputyName = cluster.getDeputy() == null ? null : cluster.getDeputy().getName();
        v.staff = ReviewAccess.isStaff(actor, cluster);
        v.runsMeeting = ReviewAccess.canRunMeeting(actor, cluster);
        v.open = !campaign.isClosed();
        Map<String, String> levelNames = levelNames(campaign);
        List<Criterion> criteria = sheets.criteria(campaign);
        v.sheetReady = !criteria.isEmpty();
        ScoringSheet sheet = v.sheetReady ? ScoringSheet.of(criteria.stream().map(Criterion::toNode).toList()) : null;
        if (sheet != null) {
            v.maxTotal = plain(sheet.maxTotal());
            if (campaign.getTieBreakCriterionId() != null) {
                criteria.stream().filter(c -> c.getId().equals(campaign.getTieBreakCriterionId())).findFirst()
                        .ifPresent(c -> v.tieBreakArea = c.getCode() + ". " + c.getName());
            }
        }
        RatingBands bands = sheets.bandsOf(campaign);
        for (RatingBands.Band b : bands.bands()) {
            ReviewView.BandRow row = new ReviewView.BandRow();
            row.levelCode = b.levelCode();
            row.levelName = levelNames.get(b.levelCode());
            row.minPoints = plain(b.minPoints());
            v.bands.add(row);
        }
        ReviewFacts.ClusterFacts cf = facts.ofCluster(cluster);
        String tieCode = sheet == null ? null : service.context(campaign).tieBreakCode(campaign);
        Map<Long, ReviewSheet> byUnit = new HashMap<>();
        em.createQuery("SELECT s FROM ReviewSheet s WHERE s.cluster = :k", ReviewSheet.class).setParameter("k", cluster)
                .getResultList().forEach(s -> byUnit.put(s.getUnit().getId(), s));
        Map<Long, Map<String, SheetScores.Typed>> scores = scores(cluster);
        Map<Long, Integer> votes = new HashMap<>();
        Optional<Meeting> meeting = service.meeting(cluster);
        meeting.ifPresent(m -> m.getBallots().forEach(b -> votes.put(b.getUnit().getId(), b.getVotes())));
        Long honoured = meeting.flatMap(Meeting::honoured).map(Unit::getId).orElse(null);
        Map<Long, java.util.Set<Long>> registeredAwards = new HashMap<>();
        Map<Long, String> registered = registrations(cluster, registeredAwards);
        List<Ranking.Entry> entries = new ArrayList<>();
        boolean allFinal = true;
        for (Unit u : cluster.getMemberUnits()) {
            ReviewView.UnitRow row = new ReviewView.UnitRow();
            row.unitId = u.getId();
            row.code = u.getCode();
            row.name = u.getName();
            row.leader = u.equals(cluster.getLeader());
            row.votes = votes.getOrDefault(u.getId(), 0);
            row.honoured = honoured != null && honoured.equals(u.getId());
            row.registered = registered.get(u.getId());
            ReviewSheet s = byUnit.get(u.getId());
            BigDecimal best = null;
            BigDecimal tie = null;
            if (s != null && sheet != null) {
                row.sheetId = s.getId();
                row.status = s.getStatus().json();
                SheetScores points = SheetScores.of(cf.linkedPoints(u.getId(), sheet), scores.getOrDefault(s.getId(), Map.of()));
                row.selfTotal = s.hasScores() ? plain(points.selfTotal(sheet)) : null;
                boolean inReview = SheetScores.inReview(s.getStatus());
                row.reviewedTotal = inReview ? plain(points.reviewedTotal(sheet)) : null;
                if (s.getStatus() == ReviewStatus.FINALISED) {
                    row.finalTotal = plain(s.getFinalTotal());
                    row.levelCode = s.getFinalLevelCode();
                    row.targetsMet = s.getTargetsMet() == null ? 0 : s.getTargetsMet();
                    best = s.getFinalTotal();
                    tie = s.getTieBreakPoints();
                } else {
                    allFinal = false;
                    row.targetsMet = cf.targetsMet(u.getId());
                    best = points.standingTotal(sheet, s.getStatus(), s.hasScores());
                    if (best != null) {
                        row.levelCode = bands.levelFor(best);
                    }
                    tie = points.tieBreak(sheet, tieCode, s.getStatus());
                }
            } else {
                allFinal = false;
                row.targetsMet = cf.targetsMet(u.getId());
            }
            row.targetsApplying = cf.targetsApplying(u.getId());
            row.levelName = row.levelCode == null ? null : levelNames.get(row.levelCode);
            entries.add(new Ranking.Entry(u.getId(), u.getName(), best, row.targetsMet, tie));
            v.units.add(row);
        }
        v.provisional = !allFinal;
        Map<Long, ReviewView.UnitRow> rows = new HashMap<>();
        v.units.forEach(r -> rows.put(r.unitId, r));
        List<ReviewView.UnitRow> ordered = new ArrayList<>();
        for (Ranking.Ranked r : Ranking.rank(entries)) {
            ReviewView.UnitRow row = rows.get(r.entry().unitId());
            row.rank = r.rank();
            row.tied = r.tied();
            ordered.add(row);
        }
        v.units = ordered;
        meeting.ifPresent(m -> v.meeting = meetingView(m, cluster));
        // next year's leader and deputy: as elected, otherwise as the rotation proposes (the form starts from it)
        vn.thidua.cluster.LeaderRotation.Proposal rotation = vn.thidua.cluster.LeaderRotation.propose(cluster.getMemberUnits(),
                cluster.getLeader(), cluster.getDeputy(), cluster.getNextLeader(), cluster.getNextDeputy());
        v.nextLeaderId = rotation.leader() == null ? null : rotation.leader().getId();
        v.nextDeputyId = rotation.deputy() == null ? null : rotation.deputy().getId();
        v.flagHolder = cluster.getFlagHolder() == null ? null : cluster.getFlagHolder().getName();
        for (Proposal p : proposals(cluster)) {
            ReviewView.ProposalRow row = new ReviewView.ProposalRow();
            row.id = p.getId();
            row.unitId = p.getUnit().getId();
            row.unitName = p.getUnit().getName();
            row.awardName = p.getAward().getName();
            row.awardKind = p.getAward().getKind().name();
            row.reason = p.getReason();
            v.proposals.add(row);
            rows.get(row.unitId).proposals.add(row.awardName);
        }
        eligibility(v, cluster, cf, registeredAwards, honoured);
        return Optional.of(v);
    }

    /**
     * For each finalised unit, the active awards it may be proposed for now (the same rules as proposing), so the
     * cluster sees at a glance who qualifies for the flag, a Bằng khen or a Giấy khen.
     */
    private void eligibility(ReviewView v, Cluster cluster, ReviewFacts.ClusterFacts cf, Map<Long, java.util.Set<Long>> registered,
                             Long honoured) {
        Map<String, Integer> ranks = new HashMap<>();
        em.createQuery("SELECT l FROM RatingLevel l WHERE l.campaign = :c", RatingLevel.class)
                .setParameter("c", cluster.getCampaign()).getResultList().forEach(l -> ranks.put(l.getCode(), l.getRank()));
        Map<Long, Integer> proposedPerAward = new HashMap<>();
        Map<Long, java.util.Set<vn.thidua.award.AwardKind>> kindsProposed = new HashMap<>();
        for (Proposal p : proposals(cluster)) {
            proposedPerAward.merge(p.getAward().getId(), 1, Integer::sum);
            kindsProposed.computeIfAbsent(p.getUnit().getId(), k -> new java.util.HashSet<>()).add(p.getAward().getKind());
        }
        List<vn.thidua.award.Award> awards = em.createQuery("SELECT a FROM Award a WHERE a.active = TRUE ORDER BY a.kind DESC, a.sortOrder",
                vn.thidua.award.Award.class).getResultList();
        for (ReviewView.UnitRow row : v.units) {
            if (!"finalised".equals(row.status)) {
                continue;
            }
            for (vn.thidua.award.Award a : awards) {
                if (kindsProposed.getOrDefault(row.unitId, java.util.Set.of()).contains(a.getKind())) {
                    continue;
                }
                Eligibility.Facts facts = new Eligibility.Facts(true, registered.getOrDefault(row.unitId, java.util.Set.of()).contains(a.getId()),
                        row.levelCode, ranks, cf.targetStatus(row.unitId), honoured != null && honoured == row.unitId,
                        proposedPerAward.getOrDefault(a.getId(), 0));
                if (Eligibility.reasons(ReviewService.rule(a), facts).isEmpty()) {
                    row.eligible.add(a.getName());
                }
            }
        }
    }

    private ReviewView.MeetingView meetingView(Meeting m, Cluster cluster) {
        ReviewView.MeetingView mv = new ReviewView.MeetingView();
        mv.date = m.getHeldOn();
        mv.heldOn = DATE.format(m.getHeldOn());
        mv.place = m.getPlace();
        mv.attendees = m.getAttendees();
        mv.voters = m.getVoters();
        mv.attendeeNames = m.getAttendeeNames();
        mv.minutes = m.getMinutes();
        mv.scan = m.getMinutesFile() != null;
        mv.honoured = m.honoured().map(Unit::getName).orElse(null);
        mv.nextLeader = cluster.getNextLeader() == null ? null : cluster.getNextLeader().getName();
        mv.nextDeputy = cluster.getNextDeputy() == null ? null : cluster.getNextDeputy().getName();
        mv.nextLeaderId = cluster.getNextLeader() == null ? null : cluster.getNextLeader().getId();
        mv.nextDeputyId = cluster.getNextDeputy() == null ? null : cluster.getNextDeputy().getId();
        return mv;
    }

    /** One unit's sheet (by id), for those who may read the cluster. */
    @Transactional
    public Optional<SheetView> sheet(Actor actor, long sheetId) {
        ReviewSheet s = em.find(ReviewSheet.class, sheetId);
        if (s == null || !ReviewAccess.canRead(actor, s.getCluster())) {
            return Optional.empty();
        }
        Campaign campaign = s.getCampaign();
        ReviewService.Context ctx = service.context(campaign);
        ScoringSheet sheet = ctx.sheet();
        ReviewFacts.ClusterFacts cf = facts.ofCluster(s.getCluster());
        long unitId = s.getUnit().getId();
        Map<String, BigDecimal> linked = cf.linkedPoints(unitId, sheet);
        SheetView v = new SheetView();
        v.sheetId = sheetId;
        v.clusterId = s.getCluster().getId();
        v.clusterName = s.getCluster().getName();
        v.campaignId = campaign.getId();
        v.campaignName = campaign.getName();
        v.unitId = unitId;
        v.unitCode = s.getUnit().getCode();
        v.unitName = s.getUnit().getName();
        v.status = s.getStatus().json();
        v.maxTotal = plain(sheet.maxTotal());
        v.staff = ReviewAccess.isStaff(actor, s.getCluster());
        boolean open = !campaign.isClosed();
        v.canSelfScore = open && s.getStatus() == ReviewStatus.SELF_SCORING && ReviewAccess.canSelfScore(actor, s.getUnit());
        v.canReview = open && (s.getStatus() == ReviewStatus.SUBMITTED || s.getStatus() == ReviewStatus.REVIEWED)
                && ReviewAccess.canReview(actor, s.getCluster(), s.getUnit());
        v.staff = v.staff && open;
        Map<String, ReviewScore> byCode = new HashMap<>();
        Map<String, SheetScores.Typed> typed = new HashMap<>();
        s.getScores().forEach(sc -> {
            byCode.put(sc.getCriterion().getCode(), sc);
            typed.put(sc.getCriterion().getCode(), new SheetScores.Typed(sc.getSelfPoints(), sc.getReviewedPoints()));
        });
        SheetScores points = SheetScores.of(linked, typed);
        Map<String, BigDecimal> self = points.self();
        Map<String, BigDecimal> reviewed = points.reviewed();
        boolean inReview = SheetScores.inReview(s.getStatus());
        Map<String, List<SheetView.FileRow>> files = new HashMap<>();
        for (Evidence e : em.createQuery("SELECT e FROM Evidence e JOIN FETCH e.file WHERE e.score.sheet = :s ORDER BY e.id", Evidence.class)
                .setParameter("s", s).getResultList()) {
            SheetView.FileRow f = new SheetView.FileRow();
            f.id = e.getId();
            f.fileId = e.getFile().getId();
            f.name = e.getFile().getFileName();
            files.computeIfAbsent(e.getScore().getCriterion().getCode(), k -> new ArrayList<>()).add(f);
        }
        for (ScoringSheet.Node n : sheet.nodes()) {
            SheetView.Row row = new SheetView.Row();
            row.code = n.code();
            row.name = n.name();
            row.depth = sheet.depth(n.code());
            row.kind = n.kind().name().toLowerCase(java.util.Locale.ROOT);
            row.maxPoints = plain(n.maxPoints());
            row.leaf = sheet.isLeaf(n.code());
            row.evidenceRequired = n.evidenceRequired();
            row.selfSubtotal = plain(sheet.subtotal(n.code(), self));
            row.reviewedSubtotal = inReview ? plain(sheet.subtotal(n.code(), reviewed)) : null;
            if (n.isLinked()) {
                row.targetCode = n.targetCode();
                row.linkMode = n.linkMode().name();
                cf.cell(unitId, n.targetCode()).ifPresent(cell -> {
                    row.targetStatus = cell.getStatus();
                    row.targetPercent = cell.getPercent();
                });
                row.self = linked.get(n.code());
                row.reviewed = row.self;
            }
            ReviewScore sc = byCode.get(n.code());
            if (sc != null) {
                if (!n.isLinked()) {
                    row.self = sc.getSelfPoints();
                    row.reviewed = sc.getReviewedPoints();
                }
                row.selfNote = sc.getSelfNote();
                row.reviewReason = sc.getReviewReason();
                row.finalPoints = plain(sc.getFinalPoints());
                row.evidence.addAll(files.getOrDefault(n.code(), List.of()));
            }
            row.selfInput = plain(row.self);
            // the review form starts from the self-score
            row.reviewedInput = plain(row.reviewed != null ? row.reviewed : row.self);
            v.rows.add(row);
        }
        v.selfTotal = plain(points.selfTotal(sheet));
        v.reviewedTotal = inReview ? plain(points.reviewedTotal(sheet)) : null;
        if (s.getStatus() == ReviewStatus.FINALISED) {
            v.finalTotal = plain(s.getFinalTotal());
            v.levelName = levelNames(campaign).get(s.getFinalLevelCode());
        }
        for (ReviewChange c : em.createQuery("SELECT c FROM ReviewChange c WHERE c.sheetId = :s ORDER BY c.id DESC", ReviewChange.class)
                .setParameter("s", sheetId).setMaxResults(200).getResultList()) {
            v.history.add(changeRow(c));
        }
        return Optional.of(v);
    }

    private static SheetView.ChangeRow changeRow(ReviewChange c) {
        SheetView.ChangeRow r = new SheetView.ChangeRow();
        r.when = VietnamTime.format(c.changedAt());
        r.who = c.changedBy();
        r.criterion = c.criterionCode();
        r.what = c.what();
        r.oldValue = c.oldValue();
        r.newValue = c.newValue();
        r.reason = c.reason();
        return r;
    }

    /**
     * The reader's review tasks in running campaigns that have a scoring sheet: a chair scores their own unit until it
     * is submitted and reviews the members' submitted sheets they are the reviewer of; staff finalise reviewed sheets
     * in their scope. A few queries, never a walk over units.
     */
    @Transactional
    public List<ReviewTodo> todo(Actor actor) {
        List<ReviewTodo> todo = new ArrayList<>();
        String running = " k.campaign.status = vn.thidua.campaign.CampaignStatus.LAUNCHED"
                + " AND EXISTS (SELECT c FROM Criterion c WHERE c.campaign = k.campaign)";
        if (actor.isChair() && actor.getUnitId() != null) {
            for (Object[] r : em.createQuery("SELECT k.id, k.name, u.id, u.name FROM ClusterMember m JOIN m.cluster k JOIN m.unit u"
                    + " WHERE u.id = :u AND" + running + " AND NOT EXISTS (SELECT s FROM ReviewSheet s WHERE s.cluster = k AND s.unit = u"
                    + " AND s.status <> vn.thidua.review.ReviewStatus.SELF_SCORING)", Object[].class)
                    .setParameter("u", actor.getUnitId()).getResultList()) {
                todo.add(new ReviewTodo("self", (Long) r[0], (String) r[1], (Long) r[2], (String) r[3], 0));
            }
            // the leader reviews the others; the deputy reviews the leader
            for (Object[] r : em.createQuery("SELECT k.id, k.name, u.id, u.name FROM ReviewSheet s JOIN s.cluster k JOIN s.unit u"
                    + " JOIN k.leader l LEFT JOIN k.deputy d"
                    + " WHERE s.status = vn.thidua.review.ReviewStatus.SUBMITTED AND" + running
                    + " AND ((l.id = :u AND u.id <> :u) OR (d.id = :u AND u.id = l.id)) ORDER BY k.name, u.name", Object[].class)
                    .setParameter("u", actor.getUnitId()).getResultList()) {
                todo.add(new ReviewTodo("review", (Long) r[0], (String) r[1], (Long) r[2], (String) r[3], 0));
            }
        } else if (actor.isStaff() || actor.isAdmin()) {
            for (Object[] r : em.createQuery("SELECT k.id, k.name, COUNT(s) FROM ReviewSheet s JOIN s.cluster k JOIN k.campaign c JOIN c.organiser o"
                    + " WHERE s.status = vn.thidua.review.ReviewStatus.REVIEWED AND" + running + " AND o.path LIKE :p"
                    + " GROUP BY k.id, k.name ORDER BY k.name", Object[].class)
                    .setParameter("p", actor.isAdmin() ? "/%" : vn.thidua.shared.Like.prefix(actor.getUnitPath())).setMaxResults(50).getResultList()) {
                todo.add(new ReviewTodo("finalise", (Long) r[0], (String) r[1], null, null, (Long) r[2]));
            }
        }
        return todo;
    }

    /** The proposal list of a cluster for the organiser (PDF, Excel). */
    @Transactional
    public Optional<ProposalList> proposalList(Actor actor, long clusterId, String frontOf) {
        Optional<ReviewView> view = cluster(actor, clusterId);
        if (view.isEmpty()) {
            return Optional.empty();
        }
        ReviewView v = view.get();
        Cluster cluster = em.find(Cluster.class, clusterId);
        Unit organiser = cluster.getCampaign().getOrganiser();
        ReviewView.MeetingView m = v.meeting;
        String tie = v.tieBreakArea;
        // the issuing body as the tally's documents name it: "Ủy ban MTTQ Việt Nam" + "Huyện An Minh"
        String body = organiser.getType().getName() + " " + organiser.getName();
        ProposalList list = ProposalList.of(frontOf == null ? body : frontOf + "\n" + body, organiser.getName(), v.campaignName,
                String.valueOf(v.year), v.clusterName, v.leaderName, null, m == null ? null : m.date,
                m == null ? 0 : m.attendees, m == null ? 0 : m.voters, tie);
        Map<Long, ReviewView.UnitRow> rows = new HashMap<>();
        v.units.forEach(r -> rows.put(r.unitId, r));
        List<ReviewView.ProposalRow> ordered = new ArrayList<>(v.proposals);
        ordered.sort(java.util.Comparator.comparing((ReviewView.ProposalRow p) -> "TITLE".equals(p.awardKind) ? 0 : 1)
                .thenComparing(p -> rows.get(p.unitId).rank == 0 ? Integer.MAX_VALUE : rows.get(p.unitId).rank));
        for (ReviewView.ProposalRow p : ordered) {
            ReviewView.UnitRow u = rows.get(p.unitId);
            list.add(u.code, u.name, p.awardKind, p.awardName, u.rank, u.finalTotal, u.levelName, u.votes,
                    u.targetsMet + "/" + u.targetsApplying, p.reason);
        }
        return Optional.of(list);
    }

    /** An evidence file, for those who may read the cluster. */
    @Transactional
    public Optional<StoredFile> evidence(Actor actor, long evidenceId) {
        Evidence e = em.find(Evidence.class, evidenceId);
        if (e == null || !ReviewAccess.canRead(actor, e.getScore().getSheet().getCluster())) {
            return Optional.empty();
        }
        StoredFile f = e.getFile();
        f.getContent();
        return Optional.of(f);
    }

    /** The scan of a meeting's minutes, for those who may read the cluster. */
    @Transactional
    public Optional<StoredFile> minutes(Actor actor, long clusterId) {
        Cluster cluster = em.find(Cluster.class, clusterId);
        if (cluster == null || !ReviewAccess.canRead(actor, cluster)) {
            return Optional.empty();
        }
        return service.meeting(cluster).map(Meeting::getMinutesFile).map(f -> {
            f.getContent();
            return f;
        });
    }

    /** The scoring sheet of a campaign for its editor page (staff) or for reading (anyone reading the campaign). */
    @Transactional
    public Optional<SheetEditorView> sheetOf(Actor actor, long campaignId) {
        Campaign campaign = em.find(Campaign.class, campaignId);
        if (campaign == null || !CampaignAccess.canSee(actor, campaign.getOrganiser().getPath())) {
            return Optional.empty();
        }
        SheetEditorView v = new SheetEditorView();
        v.campaignId = campaignId;
        v.campaignName = campaign.getName();
        v.year = campaign.getYear();
        v.hasPrevious = campaign.getCopiedFrom() != null;
        v.staff = CampaignAccess.canManage(actor, campaign.getOrganiser().getPath()) && !campaign.isClosed();
        List<Criterion> criteria = sheets.criteria(campaign);
        v.locked = em.createQuery("SELECT COUNT(s) FROM ReviewScore s WHERE s.sheet.campaign = :c AND s.selfPoints IS NOT NULL", Long.class)
                .setParameter("c", campaign).getSingleResult() > 0;
        ScoringSheet sheet = criteria.isEmpty() ? null : ScoringSheet.of(criteria.stream().map(Criterion::toNode).toList());
        for (Criterion c : criteria) {
            SheetEditorView.Node n = new SheetEditorView.Node();
            n.code = c.getCode();
            n.parentCode = c.getParent() == null ? null : c.getParent().getCode();
            n.name = c.getName();
            n.kind = c.getKind().name();
            n.maxPoints = c.getMaxPoints();
            n.evidenceRequired = c.isEvidenceRequired();
            n.targetCode = c.getTargetCode();
            n.linkMode = c.getLinkMode() == null ? null : c.getLinkMode().name();
            n.depth = sheet.depth(c.getCode());
            n.leaf = sheet.isLeaf(c.getCode());
            n.tieBreak = c.getId().equals(campaign.getTieBreakCriterionId());
            v.nodes.add(n);
        }
        v.maxTotal = sheet == null ? "0" : plain(sheet.maxTotal());
        Map<String, String> names = levelNames(campaign);
        for (RatingBands.Band b : sheets.bandsOf(campaign).bands()) {
            SheetEditorView.Band band = new SheetEditorView.Band();
            band.levelCode = b.levelCode();
            band.levelName = names.get(b.levelCode());
            band.minPoints = b.minPoints();
            v.bands.add(band);
        }
        return Optional.of(v);
    }

    /** The sheet as rows of the import format, for the template download. */
    @Transactional
    public List<SheetXlsx.Row> rows(Actor actor, long campaignId) {
        return sheetOf(actor, campaignId).map(v -> v.nodes.stream().map(n -> new SheetXlsx.Row(0, n.code,
                n.parentCode == null ? "" : n.parentCode, n.name, n.kind, plain(n.maxPoints), n.evidenceRequired ? "yes" : "no",
                n.targetCode == null ? "" : n.targetCode, n.linkMode == null ? "" : n.linkMode)).toList()).orElse(List.of());
    }

    private Map<Long, Map<String, SheetScores.Typed>> scores(Cluster cluster) {
        Map<Long, Map<String, SheetScores.Typed>> scores = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT s.sheet.id, c.code, s.selfPoints, s.reviewedPoints FROM ReviewScore s JOIN s.criterion c"
                + " WHERE s.sheet.cluster = :k", Object[].class).setParameter("k", cluster).getResultList()) {
            scores.computeIfAbsent((Long) r[0], k -> new HashMap<>()).put((String) r[1], new SheetScores.Typed((BigDecimal) r[2], (BigDecimal) r[3]));
        }
        return scores;
    }

    private Map<Long, String> registrations(Cluster cluster, Map<Long, java.util.Set<Long>> awardIds) {
        Map<Long, String> out = new HashMap<>();
        Map<Long, Integer> versionOf = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT r, v.number FROM Registration r JOIN r.version v JOIN v.pledge p WHERE p.cluster = :k",
                Object[].class).setParameter("k", cluster).getResultList()) {
            Registration reg = (Registration) r[0];
            int number = (Integer) r[1];
            long unit = reg.getUnit().getId();
            if (versionOf.getOrDefault(unit, -1) < number) {
                versionOf.put(unit, number);
                List<String> names = new ArrayList<>();
                java.util.Set<Long> ids = new java.util.HashSet<>();
                if (reg.getTitle() != null) {
                    names.add(reg.getTitle().getName());
                    ids.add(reg.getTitle().getId());
                }
                if (reg.getCommendation() != null) {
                    names.add(reg.getCommendation().getName());
                    ids.add(reg.getCommendation().getId());
                }
                awardIds.put(unit, ids);
                out.put(unit, String.join("; ", names));
            }
        }
        return out;
    }

    List<Proposal> proposals(Cluster cluster) {
        return em.createQuery("SELECT p FROM Proposal p WHERE p.cluster = :k ORDER BY p.id", Proposal.class)
                .setParameter("k", cluster).getResultList();
    }

    private Map<String, String> levelNames(Campaign campaign) {
        Map<String, String> names = new LinkedHashMap<>();
        em.createQuery("SELECT l FROM RatingLevel l WHERE l.campaign = :c ORDER BY l.rank", RatingLevel.class)
                .setParameter("c", campaign).getResultList().forEach(l -> names.put(l.getCode(), l.getName()));
        return names;
    }

    static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
