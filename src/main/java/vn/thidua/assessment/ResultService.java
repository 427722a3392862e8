package vn.thidua.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignAccess;
import vn.thidua.pledge.TargetKind;
import vn.thidua.security.AccessDenied;
import vn.thidua.security.Actor;
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
@ApplicationScoped
public class ResultService {

    private static final Logger LOG = Logger.getLogger(ResultService.class.getName());
    private static final int CHUNK = 1000;

    @PersistenceContext
    EntityManager em;

    /** A line to record: as typed, with the line number it came from (1 for a single grid cell). */
    public record Line(int line, String unitCode, String measure, String value) {
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
        LOG.info(() -> "results recorded by=" + actor.getUsername() + " campaign=" + campaignId + " values=" + checked.size());
        return checked.size();
    }

    private Checked check(Actor actor, boolean staff, ResultContext context, Map<Long, ReportStatus> reports, Line line) {
        RuleViolation.require(line.unitCode() != null && !line.unitCode().isBlank(), "results.error.unitMissing");
        ResultContext.UnitInfo unit = context.unit(line.unitCode().strip())
                .orElseThrow(() -> new RuleViolation("results.error.unknownUnit", line.unitCode().strip()));
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
                        "results.error.notInCampaign", unit.name());
                reporting = unit.parentId();
            }
            value = ResultValues.rating(line.value(), context.levels());
        } else {
            RuleViolation.require(context.isMember(unit.id()), "results.error.notInCampaign", unit.name());
            TargetKind kind = context.targetKind(unit.id(), measure)
                    .orElseThrow(() -> new RuleViolation("results.error.unknownMeasure", measure));
            value = ResultValues.forTarget(kind, line.value());
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

    private record Checked(long unitId, long reportingUnitId, String measure, ResultValue value) {
    }

    /** Bulk upsert with the old values read first, so that each change is audited old → new. */
    private void write(long campaignId, List<Checked> values, String by) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        java.sql.Timestamp when = java.sql.Timestamp.from(at);
        for (int from = 0; from < values.size(); from += CHUNK) {
            List<Checked> chunk = values.subList(from, Math.min(values.size(), from + CHUNK));
            Map<String, String> old = oldValues(campaignId, chunk);
            StringBuilder insert = new StringBuilder("INSERT INTO result_entry (campaign_id, unit_id, reporting_unit_id, measure,"
                    + " level_code, amount, people_total, people_reached, done, entered_by, entered_at) VALUES ");
            StringBuilder audit = new StringBuilder("INSERT INTO result_change (campaign_id, reporting_unit_id, unit_id, measure,"
                    + " old_value, new_value, changed_by, changed_at) VALUES ");
            List<Object> params = new ArrayList<>();
            List<Object> auditParams = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                Checked c = chunk.get(i);
                ResultValue v = c.value();
                insert.append(i == 0 ? "" : ",").append("(?,?,?,?,?,?,?,?,?,?,?)");
                params.addAll(java.util.Arrays.asList(campaignId, c.unitId(), c.reportingUnitId(), c.measure(), v.getLevelCode(),
                        v.getAmount(), v.getPeopleTotal(), v.getPeopleReached(), v.getDone(), by, when));
                audit.append(i == 0 ? "" : ",").append("(?,?,?,?,?,?,?,?)");
                auditParams.addAll(java.util.Arrays.asList(campaignId, c.reportingUnitId(), c.unitId(), c.measure(),
                        old.get(c.unitId() + "|" + c.measure()), v.describe(), by, when));
            }
            insert.append(" ON DUPLICATE KEY UPDATE level_code = VALUES(level_code), amount = VALUES(amount),"
                    + " people_total = VALUES(people_total), people_reached = VALUES(people_reached), done = VALUES(done),"
                    + " entered_by = VALUES(entered_by), entered_at = VALUES(entered_at), version = version + 1");
            run(insert.toString(), params);
            run(audit.toString(), auditParams);
        }
    }

    private Map<String, String> oldValues(long campaignId, List<Checked> chunk) {
        Map<String, String> old = new HashMap<>();
        List<Long> units = chunk.stream().map(Checked::unitId).distinct().toList();
        List<Object[]> rows = selectOld(campaignId, units);
        for (Object[] r : rows) {
            ResultValue v = new ResultValue((String) r[2], (BigDecimal) r[3], toInt(r[4]), toInt(r[5]), toBool(r[6]));
            old.put(((Number) r[0]).longValue() + "|" + r[1], v.describe());
        }
        return old;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> selectOld(long campaignId, List<Long> units) {
        var query = em.createNativeQuery("SELECT unit_id, measure, level_code, amount, people_total, people_reached, done"
                + " FROM result_entry WHERE campaign_id = ? AND unit_id IN (" + placeholders(units.size()) + ")");
        query.setParameter(1, campaignId);
        for (int i = 0; i < units.size(); i++) {
            query.setParameter(i + 2, units.get(i));
        }
        return query.getResultList();
    }

    private void run(String sql, List<Object> params) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        query.executeUpdate();
    }

    private static String placeholders(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    private static Integer toInt(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }

    private static Boolean toBool(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof Boolean b ? b : ((Number) o).intValue() != 0;
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
    }

    @Transactional
    public void accept(Actor actor, long campaignId, long unitId) {
        Campaign campaign = managed(actor, campaignId);
        RuleViolation.require(campaign.getResultsPublishedAt() == null, "results.error.published");
        ResultReport report = report(campaignId, unitId, actor);
        report.accept(actor.getUsername(), now());
        audit(campaignId, unitId, "SUBMITTED", "ACCEPTED", null, actor);
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
        if (campaign == null || !CampaignAccess.canRead(actor, campaign.getOrganiser().getPath())) {
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
