package vn.thidua.tally;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.thidua.assessment.RecordedResults;
import vn.thidua.assessment.ResultEntry;
import vn.thidua.assessment.ResultValue;
import vn.thidua.campaign.CampaignAccess;
import vn.thidua.pledge.PledgeTarget;
import vn.thidua.pledge.PledgeVersion;
import vn.thidua.pledge.TargetSpec;
import vn.thidua.organisation.UnitCategory;
import vn.thidua.security.Actor;
import vn.thidua.shared.CanonicalJson;
import vn.thidua.shared.Like;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tally of a campaign, live: it reads the saved results through their owner, {@link RecordedResults} (counts of
 * ratings per commune, category and level through a covering index; the figures; the members' own ratings, each a few
 * aggregate queries), and evaluates every
 * target of every cluster's newest pledge version with {@link TallyCalculator}. Nothing is precomputed: one cluster's
 * result is only kept a few seconds ({@link TallyCache}) and dropped as soon as results are recorded, so a saved entry
 * shows at the next read. Scope ({@link CampaignAccess}): whole-campaign readers read every cluster; a cluster
 * leader's chair their cluster; anyone else the clusters of the units of their subtree, those units' rows only.
 */
@ApplicationScoped
public class TallyQueries {

    @PersistenceContext
    EntityManager em;

    @Inject
    TallyCache cache;

    @Inject
    RecordedResults results;

    @Transactional
    public Optional<TallyView> campaign(Actor actor, long campaignId) {
        return campaign(actor, campaignId, null);
    }

    /**
     * The tally of one cluster (or, with null, of the whole campaign). A cluster's page reads only its members' rows,
     * so its cost does not grow with the size of the country; and a cluster's figures are kept a few seconds
     * ({@link TallyCache}), the reader's scope being applied afresh to each request.
     */
    @Transactional
    public Optional<TallyView> campaign(Actor actor, long campaignId, Long clusterId) {
        Header header = header(actor, campaignId);
        if (header == null || !CampaignAccess.canSee(actor, header.organiserPath())) {
            return Optional.empty();
        }
        TallyView view = compute(actor, header, readableUnits(actor, header), clusterId);
        if (header.copiedFrom() != null) {
            // last year's status of the same target for the same unit, side by side
            Header before = header(actor, header.copiedFrom());
            if (before != null && CampaignAccess.canSee(actor, before.organiserPath())) {
                Set<Long> readableBefore = readableUnits(actor, before);
                TallyView previous = readableBefore != null || clusterId == null
                        // a narrowed reader's is their own clusters of last year, the whole campaign needs all of it
                        ? compute(actor, before, readableBefore, null)
                        // one cluster shown: only last year's clusters of its units, not the whole country
                        : clustersOf(actor, before, null, unitIds(view));
                annotatePrevious(view, previous);
            }
        }
        return Optional.of(view);
    }

    /** The campaign's clusters by name, for choosing one (names only; each cluster's figures keep their scope). */
    @Transactional
    public List<TallyView.ClusterTally> clusters(Actor actor, long campaignId) {
        Header header = header(actor, campaignId);
        if (header == null || !CampaignAccess.canSee(actor, header.organiserPath())) {
            return List.of();
        }
        Set<Long> readable = readableUnits(actor, header);
        List<TallyView.ClusterTally> clusters = new ArrayList<>();
        for (Object[] r : em.createQuery("SELECT k.id, k.name FROM Cluster k WHERE k.campaign.id = :c AND (:all = TRUE"
                        + " OR EXISTS (SELECT m FROM ClusterMember m WHERE m.cluster = k AND m.unit.id IN :units)) ORDER BY k.name",
                        Object[].class)
                .setParameter("c", campaignId).setParameter("all", readable == null)
                .setParameter("units", readable == null || readable.isEmpty() ? List.of(-1L) : List.copyOf(readable))
                .getResultList()) {
            TallyView.ClusterTally c = new TallyView.ClusterTally();
            c.id = (Long) r[0];
            c.name = (String) r[1];
            clusters.add(c);
        }
        return clusters;
    }

    /** What every request needs of the campaign, in one read: its heading, who may read it and, for a chair, their cluster. */
    record Header(long campaignId, String name, String year, boolean published, Long copiedFrom, String organiserPath,
                  String organiser, Long chairCluster) {
    }

    private Header header(Actor actor, long campaignId) {
        long chairUnit = actor.isChair() && actor.getUnitId() != null ? actor.getUnitId() : -1L;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT c.name, c.year, c.results_published_at, c.copied_from_id, o.path, t.name,"
                        + " o.name, (SELECT m.cluster_id FROM cluster_member m WHERE m.campaign_id = c.id AND m.unit_id = ?)"
                        + " FROM campaign c JOIN unit o ON o.id = c.organiser_unit_id JOIN unit_type t ON t.id = o.type_id"
                        + " WHERE c.id = ?")
                .setParameter(1, chairUnit).setParameter(2, campaignId).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = rows.get(0);
        return new Header(campaignId, (String) r[0], String.valueOf(((Number) r[1]).intValue()), r[2] != null,
                r[3] == null ? null : ((Number) r[3]).longValue(), (String) r[4], r[5] + " " + r[6],
                r[7] == null ? null : ((Number) r[7]).longValue());
    }

    private static TallyView view(Header header) {
        TallyView view = new TallyView();
        view.campaignId = header.campaignId();
        view.campaignName = header.name();
        view.campaignYear = header.year();
        view.organiser = header.organiser();
        view.published = header.published();
        return view;
    }

    /**
     * The campaign's member units the actor may read, or null when the actor reads the whole campaign
     * ({@link CampaignAccess#canReadAll}): below the organiser, only the members inside the actor's subtree.
     */
    private Set<Long> readableUnits(Actor actor, Header header) {
        if (CampaignAccess.canReadAll(actor, header.organiserPath())) {
            return null;
        }
        if (actor.getUnitPath() == null) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("SELECT m.unit.id FROM ClusterMember m WHERE m.campaignId = :c AND m.unit.path LIKE :own",
                        Long.class)
                .setParameter("c", header.campaignId()).setParameter("own", Like.prefix(actor.getUnitPath())).getResultList());
    }

    private TallyView compute(Actor actor, Header header, Set<Long> readable, Long clusterId) {
        TallyView view = view(header);
        if (readable != null && clusterId == null) {
            // a narrowed reader sees the clusters of their own units only: compute only those
            return clustersOf(actor, header, readable, List.copyOf(readable));
        }
        if (clusterId == null) {
            // staff and viewers, the whole campaign: every cluster, computed now (never kept: it is rare and large)
            for (ClusterSnapshot s : computeClusters(header.campaignId(), null)) {
                view.clusters.add(s.tally());
            }
            return view;
        }
        long id = clusterId;
        cluster(header.campaignId(), id).flatMap(s -> scoped(actor, readable, s)).ifPresent(view.clusters::add);
        return view;
    }

    /** Last year's clusters that held any of these units, each in the actor's scope (for staff and viewers: all of it). */
    private TallyView clustersOf(Actor actor, Header header, Set<Long> readable, List<Long> units) {
        TallyView view = view(header);
        if (units.isEmpty()) {
            return view;
        }
        for (Long cluster : em.createQuery("SELECT DISTINCT m.cluster.id FROM ClusterMember m WHERE m.campaignId = :c"
                        + " AND m.unit.id IN :units", Long.class)
                .setParameter("c", header.campaignId()).setParameter("units", units).getResultList()) {
            cluster(header.campaignId(), cluster).flatMap(s -> scoped(actor, readable, s)).ifPresent(view.clusters::add);
        }
        return view;
    }

    private Optional<ClusterSnapshot> cluster(long campaignId, long clusterId) {
        return cache.cluster(campaignId, clusterId, () -> computeClusters(campaignId, clusterId).stream().findFirst());
    }

    private static List<Long> unitIds(TallyView view) {
        List<Long> ids = new ArrayList<>();
        view.clusters.forEach(c -> c.units.forEach(u -> ids.add(u.unitId)));
        return ids;
    }

    /**
     * What the actor sees of one cluster, on a copy of it: whole-campaign readers ({@code readable} null) everything;
     * the leader's chair the whole cluster; anyone else the cluster-wide figures and the rows of the members they may
     * read ({@code readable}: for a chair their own unit), or nothing when they may read none of them.
     */
    static Optional<TallyView.ClusterTally> scoped(Actor actor, Set<Long> readable, ClusterSnapshot snapshot) {
        if (readable == null) {
            return Optional.of(snapshot.tally().copy());
        }
        Long unit = actor.getUnitId();
        boolean leader = actor.isChair() && unit != null && unit.equals(snapshot.leaderUnitId());
        boolean mine = snapshot.tally().units.stream().anyMatch(u -> readable.contains(u.unitId));
        if (!leader && !mine) {
            return Optional.empty();
        }
        TallyView.ClusterTally tally = snapshot.tally().copy();
        if (!leader) {
            tally.units.removeIf(u -> !readable.contains(u.unitId));
        }
        return Optional.of(tally);
    }

    /** Puts last year's status beside each cell of the same unit (by its code, which units keep) and target. */
    static void annotatePrevious(TallyView view, TallyView previous) {
        Map<String, String> before = new HashMap<>();
        for (TallyView.ClusterTally c : previous.clusters) {
            for (TallyView.UnitRow u : c.units) {
                u.cells.forEach(cell -> before.put(u.code + "|" + cell.targetCode, cell.status));
            }
        }
        view.previousYear = previous.campaignYear;
        for (TallyView.ClusterTally c : view.clusters) {
            for (TallyView.UnitRow u : c.units) {
                u.cells.forEach(cell -> cell.previous = before.get(u.code + "|" + cell.targetCode));
            }
        }
    }

    /** Every cluster of the campaign (null) or one, scope-free: the reads and the evaluation. */
    private List<ClusterSnapshot> computeClusters(long campaignId, Long clusterId) {
        Map<String, Integer> ranks = new LinkedHashMap<>();
        for (Object[] l : em.createQuery("SELECT l.code, l.rank FROM RatingLevel l WHERE l.campaign.id = :c", Object[].class)
                .setParameter("c", campaignId).getResultList()) {
            ranks.put((String) l[0], (Integer) l[1]);
        }
        Map<Long, List<MemberFacts>> members = new LinkedHashMap<>();
        Map<Long, String> clusterNames = new LinkedHashMap<>();
        Map<Long, Long> leaders = new HashMap<>();
        Map<Long, MemberFacts> byUnit = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT k.id, k.name, k.leader.id, u.id, u.code, u.name FROM ClusterMember m JOIN m.cluster k"
                        + " JOIN m.unit u WHERE m.campaignId = :c AND (:k IS NULL OR k.id = :k) ORDER BY k.name, u.code", Object[].class)
                .setParameter("c", campaignId).setParameter("k", clusterId).getResultList()) {
            long cluster = (Long) r[0];
            clusterNames.put(cluster, (String) r[1]);
            leaders.put(cluster, (Long) r[2]);
            MemberFacts facts = new MemberFacts((Long) r[3], (String) r[4], (String) r[5]);
            members.computeIfAbsent(cluster, k -> new ArrayList<>()).add(facts);
            byUnit.put(facts.getUnitId(), facts);
        }
        if (members.isEmpty()) {
            return List.of();
        }
        loadFacts(campaignId, clusterId == null ? null : List.copyOf(byUnit.keySet()), byUnit, ranks);

        // two queries for every target of every pledge version in force (signed means frozen: the last confirmed one,
        // not a pending amendment), their quotas fetched in one batch (no N+1)
        Map<Long, Long> clusterOfVersion = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT v.id, p.cluster.id FROM PledgeVersion v JOIN v.pledge p WHERE p.campaign.id = :c"
                        + " AND (:k IS NULL OR p.cluster.id = :k)"
                        + " AND " + PledgeVersion.inForce("v", "p"), Object[].class)
                .setParameter("c", campaignId).setParameter("k", clusterId).getResultList()) {
            clusterOfVersion.put((Long) r[0], (Long) r[1]);
        }
        Map<Long, List<TargetSpec>> targets = new HashMap<>();
        if (!clusterOfVersion.isEmpty()) {
            for (PledgeTarget t : em.createQuery("SELECT t FROM PledgeTarget t WHERE t.versionId IN :versions"
                            + " ORDER BY t.versionId, t.position", PledgeTarget.class)
                    .setParameter("versions", List.copyOf(clusterOfVersion.keySet()))
                    .setHint("eclipselink.batch", "t.quotas").setHint("eclipselink.batch.type", "IN")
                    .getResultList()) {
                targets.computeIfAbsent(clusterOfVersion.get(t.getVersionId()), k -> new ArrayList<>()).add(t.toSpec());
            }
        }

        List<ClusterSnapshot> snapshots = new ArrayList<>();
        for (Map.Entry<Long, List<MemberFacts>> entry : members.entrySet()) {
            long cluster = entry.getKey();
            snapshots.add(new ClusterSnapshot(evaluate(cluster, clusterNames.get(cluster), entry.getValue(),
                    targets.getOrDefault(cluster, List.of()), ranks), leaders.get(cluster)));
        }
        return snapshots;
    }

    /** Evaluates one cluster, every target of its pledge over every member. */
    static TallyView.ClusterTally evaluate(long id, String name, List<MemberFacts> members, List<TargetSpec> targets,
                                          Map<String, Integer> ranks) {
        TallyView.ClusterTally tally = new TallyView.ClusterTally();
        tally.id = id;
        tally.name = name;
        tally.pledged = !targets.isEmpty();
        Map<String, ClusterResult> results = new HashMap<>();
        Map<String, TargetSpec> byCode = new HashMap<>();
        targets.forEach(t -> byCode.put(t.getCode(), t));
        for (TargetSpec t : targets) {
            // the calculator evaluates an "of which" target's base itself, whatever the base's own scope
            TargetSpec base = t.getBaseCode() == null ? null : byCode.get(t.getBaseCode());
            results.put(t.getCode(), TallyCalculator.evaluateCluster(t, members, ranks, base));
        }
        for (MemberFacts m : members) {
            TallyView.UnitRow row = new TallyView.UnitRow();
            row.unitId = m.getUnitId();
            row.code = m.getCode();
            row.name = m.getName();
            tally.units.add(row);
        }
        for (TargetSpec t : targets) {
            ClusterResult r = results.get(t.getCode());
            TallyView.TargetHead head = new TallyView.TargetHead();
            head.code = t.getCode();
            head.name = t.getName();
            head.kind = t.getKind().name();
            head.threshold = t.getThreshold() == null ? "" : CanonicalJson.plain(t.getThreshold());
            head.eachMember = t.isEachMember();
            head.clusterWide = t.isClusterWide();
            head.unitsMet = r.getUnitsMet();
            head.unitsEvaluated = r.getUnitsEvaluated();
            tally.targets.add(head);
            for (TallyView.UnitRow row : tally.units) {
                row.cells.add(cell(t, r.getByUnit().get(row.unitId)));
            }
            tally.cluster.add(cell(t, r.getCluster()));
        }
        return tally;
    }

    private static TallyView.Cell cell(TargetSpec t, Evaluation e) {
        TallyView.Cell cell = new TallyView.Cell();
        cell.targetCode = t.getCode();
        cell.threshold = t.getThreshold() == null ? null : CanonicalJson.plain(t.getThreshold());
        if (e == null) {
            return cell;
        }
        cell.applies = true;
        cell.status = e.getStatus().json();
        cell.numerator = e.getNumerator() == null ? null : CanonicalJson.plain(e.getNumerator());
        cell.denominator = e.getDenominator() == null ? null : CanonicalJson.plain(e.getDenominator());
        cell.value = e.getValue() == null ? null : CanonicalJson.plain(e.getValue());
        // a count ("none weak") reads as a number of units, not as a share
        cell.percent = t.getKind() == vn.thidua.pledge.TargetKind.RATED_COUNT_AT_MOST ? null : e.getPercent();
        cell.missing = e.getMissing();
        return cell;
    }

    /**
     * Three aggregate reads of the saved results for the whole campaign (or the cluster's members), whatever its size,
     * through the assessment feature that owns them ({@link RecordedResults}).
     */
    private void loadFacts(long campaignId, List<Long> only, Map<Long, MemberFacts> byUnit, Map<String, Integer> ranks) {
        if (only != null && only.isEmpty()) {
            return;
        }
        Map<Long, Map<UnitCategory, RecordedResults.RatedChildren>> children = new HashMap<>();
        for (RecordedResults.RatedChildren c : results.ratedChildren(campaignId, only)) {
            children.computeIfAbsent(c.memberId(), k -> new EnumMap<>(UnitCategory.class)).put(c.category(), c);
        }
        for (Map.Entry<Long, MemberFacts> member : byUnit.entrySet()) {
            Map<UnitCategory, RecordedResults.RatedChildren> own = children.getOrDefault(member.getKey(), Map.of());
            for (UnitCategory category : UnitCategory.ratedByParent()) {
                RecordedResults.RatedChildren c = own.get(category);
                member.getValue().children(category.name(), c == null ? ChildRatings.NONE : childRatings(c, ranks));
            }
        }
        for (RecordedResults.OwnValue v : results.ownValues(campaignId, only)) {
            MemberFacts facts = byUnit.get(v.unitId());
            if (facts != null) {
                own(facts, v.measure(), v.value(), ranks);
            }
        }
    }

    /** A member's children of one category: ratings by rank (a code outside the campaign's scale is not counted). */
    static ChildRatings childRatings(RecordedResults.RatedChildren c, Map<String, Integer> ranks) {
        Map<Integer, Integer> byRank = new HashMap<>();
        c.ratedByLevel().forEach((code, count) -> {
            Integer rank = ranks.get(code);
            if (rank != null) {
                byRank.merge(rank, count, Integer::sum);
            }
        });
        int rated = byRank.values().stream().mapToInt(Integer::intValue).sum();
        return new ChildRatings(Math.max(c.children(), rated), byRank);
    }

    /** What a member entered for itself: its rating, or the figure of a target. */
    static void own(MemberFacts facts, String measure, ResultValue value, Map<String, Integer> ranks) {
        if (ResultEntry.RATING.equals(measure)) {
            facts.rating(ranks.get(value.getLevelCode()));
        } else if (value.getAmount() != null) {
            facts.amount(measure, value.getAmount());
        } else if (value.getPeopleTotal() != null) {
            facts.people(measure, value.getPeopleTotal(), value.getPeopleReached());
        } else if (value.getDone() != null) {
            facts.done(measure, value.getDone());
        }
    }
}
