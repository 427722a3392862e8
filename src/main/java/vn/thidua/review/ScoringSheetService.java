package vn.thidua.review;

import vn.thidua.shared.RetryOnConflict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignAccess;
import vn.thidua.campaign.RatingLevel;
import vn.thidua.security.AccessDenied;
import vn.thidua.security.Actor;
import vn.thidua.shared.RuleViolation;
import vn.thidua.shared.csv.CsvError;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Use cases on a campaign's scoring sheet and rating bands, staff of the organiser only, one transaction each. The
 * campaign row is locked first so that two edits of one sheet are checked one after the other against the whole
 * tree. The sheet is locked once any unit has saved a self-score.
 */
@RetryOnConflict
@ApplicationScoped
public class ScoringSheetService {

    private static final Logger LOG = Logger.getLogger(ScoringSheetService.class.getName());
    private static final int MAX_ROWS = 500;

    @PersistenceContext
    EntityManager em;

    /** A line of an import refused, with its message key and arguments. */
    public static final class ImportRefused extends RuleViolation {
        private static final long serialVersionUID = 1L;
        private final transient List<LineError> errors;

        public ImportRefused(List<LineError> errors) {
            super("review.sheet.import.refused", errors.size());
            this.errors = List.copyOf(errors);
        }

        public List<LineError> getErrors() {
            return errors;
        }
    }

    public record LineError(int line, String key, List<Object> args) {
    }

    /** Adds a criterion, or with originalCode changes the one of that code (its code may change too). */
    @Transactional
    public void define(Actor actor, long campaignId, String originalCode, ScoringSheet.Node node) {
        Campaign campaign = editable(actor, campaignId);
        List<Criterion> criteria = criteria(campaign);
        List<ScoringSheet.Node> nodes = new ArrayList<>();
        Criterion edited = null;
        for (Criterion c : criteria) {
            if (c.getCode().equals(originalCode)) {
                edited = c;
                nodes.add(node);
            } else {
                nodes.add(renamedParent(c.toNode(), originalCode, node.code()));
            }
        }
        RuleViolation.require(originalCode == null || edited != null, "error.notFound");
        if (edited == null) {
            nodes.add(node);
        }
        ScoringSheet.of(ordered(nodes));
        Map<String, Criterion> byCode = new HashMap<>();
        criteria.forEach(c -> byCode.put(c.getCode(), c));
        Criterion parent = node.isRoot() ? null : byCode.get(node.parentCode());
        RuleViolation.require(edited == null || !isBelow(parent, edited), "review.criterion.error.cycle", node.code());
        if (edited == null) {
            em.persist(new Criterion(campaign, parent, node, criteria.size() + 1));
        } else {
            edited.apply(parent, node, edited.getPosition());
        }
        LOG.info(() -> "criterion defined by=" + actor.getUsername() + " campaign=" + campaignId + " code=" + node.code());
    }

    /** Removes a criterion that has no children. */
    @Transactional
    public void remove(Actor actor, long campaignId, String code) {
        Campaign campaign = editable(actor, campaignId);
        List<Criterion> criteria = criteria(campaign);
        Criterion c = criteria.stream().filter(x -> x.getCode().equals(code)).findFirst()
                .orElseThrow(() -> new RuleViolation("error.notFound"));
        RuleViolation.require(criteria.stream().noneMatch(x -> x.getParent() == c), "review.criterion.error.hasChildren", code);
        if (campaign.getTieBreakCriterionId() != null && campaign.getTieBreakCriterionId().equals(c.getId())) {
            campaign.chooseTieBreakArea(null);
        }
        em.remove(c);
    }

    /**
     * Replaces the sheet with the rows of a file, all or nothing: every line is checked (fields, then the tree rules
     * across lines) and nothing is written unless all pass.
     */
    @Transactional
    public int importRows(Actor actor, long campaignId, List<SheetXlsx.Row> rows) {
        Campaign campaign = editable(actor, campaignId);
        RuleViolation.require(rows.size() <= MAX_ROWS, "review.sheet.xlsx.tooManyRows", MAX_ROWS);
        List<LineError> errors = new ArrayList<>();
        List<ScoringSheet.Node> nodes = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (SheetXlsx.Row row : rows) {
            try {
                nodes.add(node(row));
                lines.add(row.line());
            } catch (RuleViolation v) {
                errors.add(new LineError(row.line(), v.getKey(), v.getArgs()));
            }
        }
        // the tree rules over the lines that could be read, so the file's every problem is listed at once
        for (ScoringSheet.Problem p : ScoringSheet.check(nodes)) {
            errors.add(new LineError(lines.get(p.index()), p.violation().getKey(), p.violation().getArgs()));
        }
        errors.sort(java.util.Comparator.comparingInt(LineError::line));
        if (!errors.isEmpty()) {
            throw new ImportRefused(errors);
        }
        replace(campaign, nodes);
        LOG.info(() -> "scoring sheet imported by=" + actor.getUsername() + " campaign=" + campaignId + " rows=" + rows.size());
        return nodes.size();
    }

    /** Copies last year's sheet, bands and tie-break area (the campaign this one was copied from) over an empty sheet. */
    @Transactional
    public int copyFromPrevious(Actor actor, long campaignId) {
        Campaign campaign = editable(actor, campaignId);
        RuleViolation.require(campaign.getCopiedFrom() != null, "review.sheet.error.noPrevious");
        RuleViolation.require(criteria(campaign).isEmpty(), "review.sheet.error.notEmpty");
        Campaign previous = campaign.getCopiedFrom();
        List<Criterion> old = criteria(previous);
        RuleViolation.require(!old.isEmpty(), "review.sheet.error.previousEmpty");
        Map<Criterion, Criterion> copies = new HashMap<>();
        for (Criterion c : old) { // parents come first (ordered by position, and a parent precedes its children)
            Criterion copy = c.copyInto(campaign, c.getParent() == null ? null : copies.get(c.getParent()));
            em.persist(copy);
            copies.put(c, copy);
        }
        em.flush();
        bands(previous).forEach(b -> em.persist(new ScoreBand(campaign, b.getLevelCode(), b.getMinPoints())));
        if (previous.getTieBreakCriterionId() != null) {
            old.stream().filter(c -> c.getId().equals(previous.getTieBreakCriterionId())).findFirst()
                    .ifPresent(c -> campaign.chooseTieBreakArea(copies.get(c).getId()));
        }
        return old.size();
    }

    /** Sets the bands: level code → least points. Checked as a whole against the campaign's scale. */
    @Transactional
    public void setBands(Actor actor, long campaignId, Map<String, BigDecimal> minima) {
        Campaign campaign = manageable(actor, campaignId);
        lock(campaign);
        RuleViolation.require(!anyFinalised(campaign), "review.bands.error.finalised");
        List<RatingBands.Band> bands = new ArrayList<>();
        for (RatingLevel level : levels(campaign)) {
            bands.add(new RatingBands.Band(level.getCode(), level.getRank(), minima.get(level.getCode())));
        }
        RatingBands.of(bands);
        Map<String, ScoreBand> existing = new HashMap<>();
        bands(campaign).forEach(b -> existing.put(b.getLevelCode(), b));
        for (RatingBands.Band b : bands) {
            ScoreBand stored = existing.get(b.levelCode());
            if (stored == null) {
                em.persist(new ScoreBand(campaign, b.levelCode(), b.minPoints()));
            } else {
                stored.change(b.minPoints());
            }
        }
    }

    /** Chooses the area (a root criterion of the scored kind) whose points break ranking ties; null for none. */
    @Transactional
    public void setTieBreak(Actor actor, long campaignId, String areaCode) {
        Campaign campaign = manageable(actor, campaignId);
        lock(campaign);
        RuleViolation.require(!anyFinalised(campaign), "review.bands.error.finalised");
        if (areaCode == null || areaCode.isBlank()) {
            campaign.chooseTieBreakArea(null);
            return;
        }
        Criterion area = criteria(campaign).stream().filter(c -> c.getCode().equals(areaCode)).findFirst()
                .orElseThrow(() -> new RuleViolation("error.notFound"));
        RuleViolation.require(area.getParent() == null && area.getKind() == CriterionKind.SCORED, "review.sheet.error.tieBreakArea");
        campaign.chooseTieBreakArea(area.getId());
    }

    /** The bands in force: those set for the campaign, or the defaults for its scale. */
    public RatingBands bandsOf(Campaign campaign) {
        Map<String, BigDecimal> set = new HashMap<>();
        bands(campaign).forEach(b -> set.put(b.getLevelCode(), b.getMinPoints()));
        List<RatingLevel> levels = levels(campaign);
        if (set.size() == levels.size() && !set.isEmpty()) {
            return RatingBands.of(levels.stream().map(l -> new RatingBands.Band(l.getCode(), l.getRank(), set.get(l.getCode()))).toList());
        }
        return RatingBands.of(RatingBands.defaults(levels.stream().map(RatingLevel::getCode).toList()));
    }

    static ScoringSheet.Node node(SheetXlsx.Row row) {
        CriterionKind kind;
        try {
            kind = CriterionKind.valueOf(row.kind().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("review.criterion.error.kind", row.code());
        }
        BigDecimal max;
        try {
            max = new BigDecimal(row.maxPoints().strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new RuleViolation("review.criterion.error.maxPoints", row.code());
        }
        String evidence = row.evidenceRequired().strip().toLowerCase(Locale.ROOT);
        RuleViolation.require(List.of("", "yes", "no", "true", "false", "có", "không", "x").contains(evidence),
                "review.criterion.error.evidence", row.code());
        LinkMode mode = null;
        if (!row.linkMode().isBlank()) {
            try {
                mode = LinkMode.valueOf(row.linkMode().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new RuleViolation("review.criterion.error.linkMode", row.code());
            }
        }
        return new ScoringSheet.Node(row.code(), row.parentCode(), row.name(), kind, max,
                List.of("yes", "true", "có", "x").contains(evidence), row.targetCode().isBlank() ? null : row.targetCode(), mode);
    }

    private void replace(Campaign campaign, List<ScoringSheet.Node> nodes) {
        campaign.chooseTieBreakArea(null);
        List<Criterion> old = new ArrayList<>(criteria(campaign));
        java.util.Collections.reverse(old); // children before their parents
        old.forEach(em::remove);
        em.flush();
        Map<String, Criterion> made = new LinkedHashMap<>();
        int position = 1;
        for (ScoringSheet.Node n : nodes) {
            Criterion c = new Criterion(campaign, n.isRoot() ? null : made.get(n.parentCode()), n, position++);
            em.persist(c);
            made.put(n.code(), c);
        }
    }

    /** Parents before children, keeping the given order otherwise (an edit may move a node under a later one). */
    private static List<ScoringSheet.Node> ordered(List<ScoringSheet.Node> nodes) {
        List<ScoringSheet.Node> out = new ArrayList<>();
        java.util.Set<String> placed = new java.util.HashSet<>();
        java.util.Set<String> codes = new java.util.HashSet<>();
        nodes.forEach(n -> codes.add(n.code()));
        List<ScoringSheet.Node> pending = new ArrayList<>(nodes);
        boolean progress = true;
        while (!pending.isEmpty() && progress) {
            progress = false;
            for (java.util.Iterator<ScoringSheet.Node> it = pending.iterator(); it.hasNext(); ) {
                ScoringSheet.Node n = it.next();
                if (n.isRoot() || placed.contains(n.parentCode()) || !codes.contains(n.parentCode())) {
                    out.add(n);
                    placed.add(n.code());
                    it.remove();
                    progress = true;
                }
            }
        }
        out.addAll(pending); // a cycle: left for the check to refuse
        return out;
    }

    private static ScoringSheet.Node renamedParent(ScoringSheet.Node n, String from, String to) {
        if (from == null || n.isRoot() || !n.parentCode().equals(from)) {
            return n;
        }
        return new ScoringSheet.Node(n.code(), to, n.name(), n.kind(), n.maxPoints(), n.evidenceRequired(), n.targetCode(), n.linkMode());
    }

    private static boolean isBelow(Criterion candidate, Criterion node) {
        for (Criterion c = candidate; c != null; c = c.getParent()) {
            if (c == node) {
                return true;
            }
        }
        return false;
    }

    private Campaign manageable(Actor actor, long campaignId) {
        Campaign campaign = em.find(Campaign.class, campaignId);
        if (campaign == null || !CampaignAccess.canManage(actor, campaign.getOrganiser().getPath())) {
            throw new AccessDenied();
        }
        campaign.requireOpen();
        return campaign;
    }

    private Campaign editable(Actor actor, long campaignId) {
        Campaign campaign = manageable(actor, campaignId);
        lock(campaign);
        long scored = em.createQuery("SELECT COUNT(s) FROM ReviewScore s WHERE s.sheet.campaign = :c AND s.selfPoints IS NOT NULL", Long.class)
                .setParameter("c", campaign).getSingleResult();
        RuleViolation.require(scored == 0, "review.sheet.error.inUse");
        return campaign;
    }

    private void lock(Campaign campaign) {
        em.lock(campaign, LockModeType.PESSIMISTIC_WRITE);
    }

    private boolean anyFinalised(Campaign campaign) {
        return em.createQuery("SELECT COUNT(s) FROM ReviewSheet s WHERE s.campaign = :c AND s.status = :f", Long.class)
                .setParameter("c", campaign).setParameter("f", ReviewStatus.FINALISED).getSingleResult() > 0;
    }

    List<Criterion> criteria(Campaign campaign) {
        return em.createQuery("SELECT c FROM Criterion c WHERE c.campaign = :c ORDER BY c.position, c.id", Criterion.class)
                .setParameter("c", campaign).getResultList();
    }

    private List<ScoreBand> bands(Campaign campaign) {
        return em.createQuery("SELECT b FROM ScoreBand b WHERE b.campaign = :c", ScoreBand.class)
                .setParameter("c", campaign).getResultList();
    }

    private List<RatingLevel> levels(Campaign campaign) {
        return em.createQuery("SELECT l FROM RatingLevel l WHERE l.campaign = :c ORDER BY l.rank", RatingLevel.class)
                .setParameter("c", campaign).getResultList();
    }
}
