package vn.thidua.assessment;

import vn.thidua.shared.RetryOnConflict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignAccess;
import vn.thidua.pledge.TargetKind;
import vn.thidua.security.AccessDenied;
import vn.thidua.security.Actor;
import vn.thidua.shared.CampaignDataChanged;
import vn.thidua.shared.RuleViolation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Use cases on year-end results, one transaction each. {@link #record} takes any number of lines (a grid cell, a CSV
 * file, an API call): every line is checked first — unit, scope, measure, value, the report's state — and nothing is
 * written unless all pass; then every value is upserted in bulk with its old → new value audited. The unique key on
 * (campaign, unit, measure) makes concurrent entries of one value replace each other, never duplicate.
 */
@RetryOnConflict
@ApplicationScoped
public class ResultService {

    private static final Logger LOG = Logger.getLogger(ResultService.class.getName());
    private static final int CHUNK = 1000;

    @PersistenceContext
    EntityManager em;

    @jakarta.annotation.Resource(lookup = vn.thidua.shared.DataSourceConfig.JNDI_NAME)
    javax.sql.DataSource dataSource;

    /** Tells whoever keeps computed tallies that the campaign's values changed, so that they show at once. */
    @Inject
    Event<CampaignDataChanged> changed;

    /** The messages each event causes, written to the outbox in the event's own transaction. */
    @Inject
    vn.thidua.notification.Notifications notifications;

    /**
     * A line to record: as typed, with the line number it came from (1 for a single grid cell). A line that
     * {@link #clear}s takes the stored value away (no value is read); every other line needs a value, so that a blank
     * cell of an imported file is refused rather than silently wiping what was entered.
     */
    public record Line(int line, String unitCode, String measure, String value, boolean clear) {

        public Line(int line, String unitCode, String measure, String value) {
            this(line, unitCode, measure, value, false);
        }

        /** Back to "not entered": the stored value is deleted, audited old → none. */
        public static Line clearing(int line, String unitCode, String measure) {
            return new Line(line, unitCode, measure, null, true);
        }
    }

    /**
     * Whether the actor may record results for this commune at all (its own chair, or the organiser's staff), checked
     * before an uploaded workbook is even unpacked; each line is checked again when recorded.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireMayRecord(Actor actor, long campaignId, long unitId) {
        Campaign campaign = readable(actor, campaignId);
        boolean staff = CampaignAccess.canManage(actor, campaign.getOrganiser().getPath());
        if (!staff && !(actor.isChair() && actor.getUnitId() != null && actor.getUnitId() == unitId)) {
            throw new AccessDenied();
        }
    }

    /** Records the lines all or nothing. Returns how many values were written; refused lines throw {@link ResultsRefused}. */
    @Transactional
    public int record(Actor actor, long campaignId, List<Line> lines) {
        Campaign campaign = readable(actor, campaignId);
        RuleViolation.require(campaign.getResultsPublishedAt() == null, "results.error.published");
        boolean staff = CampaignAccess.canManage(actor, campaign.getOrganiser().getPath());
        ResultContext context = ResultContext.load(em, campaign, lines.stream().map(Line::unitCode).toList());
        Map<Long, ReportStatus> reports = reportStatuses(campaignId);
        List<ResultsRefused.LineError> errors = new ArrayList<>();
        List<Checked> checked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Line line : lines) {
            try {
                Checked c = check(actor, staff, context, reports, line);
                RuleViolation.require(seen.add(c.unitId + "|" + c.measure), "results.error.duplicate");
                checked.add(c);
            } catch (RuleViolation v) {
                errors.add(new ResultsRefused.LineError(line.line(), v.getKey(), v.getArgs()));
            }
            if (errors.size() >= 200) {
                break; // enough to fix a file; the rest would only repeat
            }
        }
        if (!errors.isEmpty()) {
            throw new ResultsRefused(errors);
        }
        write(campaignId, checked, actor.getUsername());
        changed.fire(new CampaignDataChanged(campaignId));
        LOG.info(() -> "results recorded by=" + actor.getUsername() + " campaign=" + campaignId + " values=" + checked.size());
        return checked.size();
    }

    private Checked check(Actor actor, boolean staff, ResultContext context, Map<Long, ReportStatus> reports, Line line) {
        RuleViolation.require(line.unitCode() != null && !line.unitCode().isBlank(), "results.error.unitMissing");
        String typed = line.unitCode().strip();
        ResultContext.UnitInfo unit = context.unit(typed).orElse(null);
        if (!staff && (unit == null || !ownOrHamlet(actor, unit))) {
            // a chair learns nothing of units outside their commune, not even whether the code exists
            throw new RuleViolation("results.error.unknownOrOutside", typed);
        }
        RuleViolation.require(unit != null, "results.error.unknownUnit", typed);
        String measure = line.measure() == null ? "" : line.measure().strip().toLowerCase(java.util.Locale.ROOT);
        RuleViolation.require(!measure.isEmpty(), "results.error.measureMissing");
        ResultValue value;
        long reporting;
        if (ResultEntry.RATING.equals(measure)) {
            if (context.isMember(unit.id())) {
                // a commune committee is rated by the organiser's staff, not by itself
                RuleViolation.require(staff, "results.error.communeRatingStaffOnly", unit.name());
                reporting = unit.id();
            } else {
                RuleViolation.require(unit.parentId() != null && context.isMember(unit.parentId()) && unit.rated(),
                        "results.error.notInCampaign", typed);
                reporting = unit.parentId();
            }
            value = line.clear() ? ResultValue.NONE : ResultValues.rating(line.value(), context.levels());
        } else {
            RuleViolation.require(context.isMember(unit.id()), "results.error.notInCampaign", typed);
            TargetKind kind = context.targetKind(unit.id(), measure)
                    .orElseThrow(() -> new RuleViolation("results.error.unknownMeasure", measure));
            value = line.clear() ? ResultValues.cleared(kind) : ResultValues.forTarget(kind, line.value());
            reporting = unit.id();
        }
        if (!staff) {
            if (!actor.isChair() || actor.getUnitId() == null || actor.getUnitId() != reporting) {
                throw new RuleViolation("results.error.outOfScope", unit.name());
            }
            ReportStatus status = reports.getOrDefault(reporting, ReportStatus.DRAFT);
            RuleViolation.require(status == ReportStatus.DRAFT || status == ReportStatus.RETURNED, "results.error.notEditable");
        }
        return new Checked(unit.id(), reporting, measure, value);
    }

    private static boolean ownOrHamlet(Actor actor, ResultContext.UnitInfo unit) {
        Long own = actor.isChair() ? actor.getUnitId() : null;
        return own != null && (own == unit.id() || own.equals(unit.parentId()));
    }

    private record Checked(long unitId, long reportingUnitId, String measure, ResultValue value) {
    }

    /**
     * Bulk upsert with the old values read first, so that each change is audited old → new; a cleared value is deleted
     * (audited old → none) and a value recorded again unchanged writes nothing ({@link ResultEdit}). Plain JDBC on the
     * application's data source: inside the use case's JTA transaction the connection is enlisted in it, so this
     * commits or rolls back with everything else. (EclipseLink's native queries rewrite every "?" of a statement and
     * grow quadratic with 11,000 parameters per chunk: the national benchmark spent 158 s there for 100,000 values.)
     */
    private void write(long campaignId, List<Checked> values, String by) {
        java.sql.Timestamp when = java.sql.Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        try (java.sql.Connection db = dataSource.getConnection()) {
            for (int from = 0; from < values.size(); from += CHUNK) {
                List<Checked> chunk = values.subList(from, Math.min(values.size(), from + CHUNK));
                Map<String, String> old = oldValues(db, campaignId, chunk);
                List<Checked> set = new ArrayList<>();
                List<Checked> cleared = new ArrayList<>();
                for (Checked c : chunk) {
                    switch (ResultEdit.of(old.get(c.unitId() + "|" + c.measure()), c.value())) {
                        case SET -> set.add(c);
                        case CLEAR -> cleared.add(c);
                        case UNCHANGED -> { }
                    }
                }
                if (set.isEmpty() && cleared.isEmpty()) {
                    continue;
                }
                if (!set.isEmpty()) {
                    try (java.sql.PreparedStatement insert = db.prepareStatement(upsert(set.size()))) {
                        int p = 1;
                        for (Checked c : set) {
                            ResultValue v = c.value();
                            insert.setLong(p++, campaignId);
                            insert.setLong(p++, c.unitId());
                            insert.setLong(p++, c.reportingUnitId());
                            insert.setString(p++, c.measure());
                            insert.setString(p++, v.getLevelCode());
                            insert.setBigDecimal(p++, v.getAmount());
                            insert.setObject(p++, v.getPeopleTotal(), java.sql.Types.INTEGER);
                            insert.setObject(p++, v.getPeopleReached(), java.sql.Types.INTEGER);
                            insert.setObject(p++, v.getDone(), java.sql.Types.BOOLEAN);
                            insert.setString(p++, by);
                            insert.setTimestamp(p++, when);
                        }
                        insert.executeUpdate();
                    }
                }
                if (!cleared.isEmpty()) {
                    try (java.sql.PreparedStatement delete = db.prepareStatement(
                            "DELETE FROM result_entry WHERE campaign_id = ? AND unit_id = ? AND measure = ?")) {
                        for (Checked c : cleared) {
                            delete.setLong(1, campaignId);
                            delete.setLong(2, c.unitId());
                            delete.setString(3, c.measure());
                            delete.addBatch();
                        }
                        delete.executeBatch();
                    }
                }
                List<Checked> changedValues = new ArrayList<>(set);
                changedValues.addAll(cleared);
                try (java.sql.PreparedStatement audit = db.prepareStatement(auditInsert(changedValues.size()))) {
                    int a = 1;
                    for (Checked c : changedValues) {
                        audit.setLong(a++, campaignId);
                        audit.setLong(a++, c.reportingUnitId());
                        audit.setLong(a++, c.unitId());
                        audit.setString(a++, c.measure());
                        audit.setString(a++, old.get(c.unitId() + "|" + c.measure()));
                        audit.setString(a++, c.value().isEmpty() ? null : c.value().describe());
                        audit.setString(a++, by);
                        audit.setTimestamp(a++, when);
                    }
                    audit.executeUpdate();
                }
            }
        } catch (java.sql.SQLException e) {
            throw new jakarta.persistence.PersistenceException("results could not be written", e);
        }
    }

    private static String upsert(int rows) {
        return "INSERT INTO result_entry (campaign_id, unit_id, reporting_unit_id, measure, level_code, amount, people_total,"
                + " people_reached, done, entered_by, entered_at) VALUES "
                + String.join(",", java.util.Collections.nCopies(rows, "(?,?,?,?,?,?,?,?,?,?,?)"))
                + " ON DUPLICATE KEY UPDATE level_code = VALUES(level_code), amount = VALUES(amount),"
                + " people_total = VALUES(people_total), people_reached = VALUES(people_reached), done = VALUES(done),"
                + " entered_by = VALUES(entered_by), entered_at = VALUES(entered_at), version = version + 1";
    }

    private static String auditInsert(int rows) {
        return "INSERT INTO result_change (campaign_id, reporting_unit_id, unit_id, measure, old_value, new_value, changed_by,"
                + " changed_at) VALUES " + String.join(",", java.util.Collections.nCopies(rows, "(?,?,?,?,?,?,?,?)"));
    }

    private static Map<String, String> oldValues(java.sql.Connection db, long campaignId, List<Checked> chunk)
            throws java.sql.SQLException {
        Map<String, String> old = new HashMap<>();
        List<Long> units = chunk.stream().map(Checked::unitId).distinct().toList();
        String sql = "SELECT unit_id, measure, level_code, amount, people_total, people_reached, done FROM result_entry"
                + " WHERE campaign_id = ? AND unit_id IN (" + String.join(",", java.util.Collections.nCopies(units.size(), "?")) + ")";
        try (java.sql.PreparedStatement select = db.prepareStatement(sql)) {
            select.setLong(1, campaignId);
            for (int i = 0; i < units.size(); i++) {
                select.setLong(i + 2, units.get(i));
            }
            try (java.sql.ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    ResultValue v = new ResultValue(r.getString(3), r.getBigDecimal(4), (Integer) r.getObject(5, Integer.class),
                            (Integer) r.getObject(6, Integer.class), (Boolean) r.getObject(7, Boolean.class));
                    old.put(r.getLong(1) + "|" + r.getString(2), v.describe());
                }
            }
        }
        return old;
    }

    // ---- workflow ------------------------------------------------------------------------------------------------------

    @Transactional
    public void submit(Actor actor, long campaignId, long unitId) {
        Campaign campaign = readable(actor, campaignId);
        RuleViolation.require(campaign.getResultsPublishedAt() == null, "results.error.published");
        if (!actor.isChair() || actor.getUnitId() == null || actor.getUnitId() != unitId) {
            throw new AccessDenied();
        }
        ResultReport report = report(campaignId, unitId, actor);
        report.submit(actor.getUsername(), now());
        audit(campaignId, unitId, "DRAFT", "SUBMITTED", null, actor);
    }

    /** The cluster leader's chair or staff return a submitted report with a reason. */
    @Transactional
    public void returnReport(Actor actor, long campaignId, long unitId, String reason) {
        Campaign campaign = readable(actor, campaignId);
        RuleViolation.require(campaign.getResultsPublishedAt() == null, "results.error.published");
        boolean staff = CampaignAccess.canManage(actor, campaign.getOrganiser().getPath());
        if (!staff && !leadsClusterOf(actor, campaignId, unitId)) {
            throw new AccessDenied();
        }
        ResultReport report = report(campaignId, unitId, actor);
        report.returnWith(reason, actor.getUsername(), now());
        audit(campaignId, unitId, "SUBMITTED", "RETURNED", report.getReason(), actor);
        notifications.resultsReturned(actor, campaignId, unitId, report.getReason());
    }

    @Transactional
    public void accept(Actor actor, long campaignId, long unitId) {
        Campaign campaign = managed(actor, campaignId);
        RuleViolation.require(campaign.getResultsPublishedAt() == null, "results.error.published");
        ResultReport report = report(campaignId, unitId, actor);
        report.accept(actor.getUsername(), now());
        audit(campaignId, unitId, "SUBMITTED", "ACCEPTED", null, actor);
        notifications.resultsAccepted(actor, campaignId, unitId);
    }

    @Transactional
    public void reopen(Actor actor, long campaignId, long unitId, String reason) {
        Campaign campaign = managed(actor, campaignId);
        RuleViolation.require(campaign.getResultsPublishedAt() == null, "results.error.published");
        ResultReport report = report(campaignId, unitId, actor);
        String before = report.getStatus().name();
        report.reopen(reason, actor.getUsername(), now());
        audit(campaignId, unitId, before, "DRAFT", report.getReason(), actor);
    }

    /** Staff publish the campaign's results: everything is locked. */
    @Transactional
    public void publish(Actor actor, long campaignId) {
        Campaign campaign = managed(actor, campaignId);
        campaign.publishResults(now());
        notifications.resultsPublished(actor, campaignId);
        LOG.info(() -> "results published by=" + actor.getUsername() + " campaign=" + campaignId);
    }

    private boolean leadsClusterOf(Actor actor, long campaignId, long unitId) {
        if (!actor.isChair() || actor.getUnitId() == null) {
            return false;
        }
        long n = em.createQuery("SELECT COUNT(m) FROM ClusterMember m WHERE m.campaignId = :c AND m.unit.id = :u"
                        + " AND m.cluster.leader.id = :leader", Long.class)
                .setParameter("c", campaignId).setParameter("u", unitId).setParameter("leader", actor.getUnitId()).getSingleResult();
        return n > 0;
    }

    private ResultReport report(long campaignId, long unitId, Actor actor) {
        List<ResultReport> found = em.createQuery("SELECT r FROM ResultReport r WHERE r.campaignId = :c AND r.unitId = :u",
                        ResultReport.class)
                .setParameter("c", campaignId).setParameter("u", unitId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (!found.isEmpty()) {
            return found.get(0);
        }
        long member = em.createQuery("SELECT COUNT(m) FROM ClusterMember m WHERE m.campaignId = :c AND m.unit.id = :u", Long.class)
                .setParameter("c", campaignId).setParameter("u", unitId).getSingleResult();
        RuleViolation.require(member > 0, "results.error.notInCampaign", String.valueOf(unitId));
        ResultReport report = new ResultReport(campaignId, unitId, actor.getUsername(), now());
        em.persist(report);
        return report;
    }

    private void audit(long campaignId, long unitId, String from, String to, String reason, Actor actor) {
        em.persist(new ResultChange(campaignId, unitId, null, "status", from, to, reason, actor.getUsername(), now()));
    }

    private Map<Long, ReportStatus> reportStatuses(long campaignId) {
        Map<Long, ReportStatus> statuses = new LinkedHashMap<>();
        for (ResultReport r : em.createQuery("SELECT r FROM ResultReport r WHERE r.campaignId = :c", ResultReport.class)
                .setParameter("c", campaignId).getResultList()) {
            statuses.put(r.getUnitId(), r.getStatus());
        }
        return statuses;
    }

    private Campaign readable(Actor actor, long campaignId) {
        Campaign campaign = em.find(Campaign.class, campaignId);
        // the heading only: every write below checks the role and the unit it touches
        if (campaign == null || !CampaignAccess.canSee(actor, campaign.getOrganiser().getPath())) {
            throw new AccessDenied();
        }
        return campaign;
    }

    private Campaign managed(Actor actor, long campaignId) {
        Campaign campaign = em.find(Campaign.class, campaignId);
        if (campaign == null || !CampaignAccess.canManage(actor, campaign.getOrganiser().getPath())) {
            throw new AccessDenied();
        }
        return campaign;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
