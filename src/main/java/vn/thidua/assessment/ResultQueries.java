package vn.thidua.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignAccess;
import vn.thidua.pledge.Pledge;
import vn.thidua.pledge.PledgeTarget;
import vn.thidua.pledge.PledgeVersion;
import vn.thidua.pledge.TargetKind;
import vn.thidua.security.Actor;
import vn.thidua.shared.CanonicalJson;
import vn.thidua.shared.VietnamTime;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads one commune's results sheet, scope-checked by {@link ResultAccess}. */
@ApplicationScoped
public class ResultQueries {

    @PersistenceContext
    EntityManager em;

    /**
     * The home page's results tasks. A chair: their commune's sheet in each launched campaign whose results are not
     * published, while it is theirs to edit (Draft: what is still missing; Returned: the reason). Staff: the reports
     * submitted in the campaigns they manage, oldest first (at most {@value #TODO_LIMIT}).
     */
    @Transactional
    public List<ResultTodo> todo(Actor actor) {
        List<ResultTodo> items = new java.util.ArrayList<>();
        if (actor.isChair() && actor.getUnitId() != null) {
            List<Long> campaigns = em.createQuery("SELECT m.campaignId FROM ClusterMember m, Campaign c WHERE c.id = m.campaignId"
                            + " AND m.unit.id = :u AND c.status = :launched AND c.resultsPublishedAt IS NULL ORDER BY c.year DESC", Long.class)
                    .setParameter("u", actor.getUnitId()).setParameter("launched", vn.thidua.campaign.CampaignStatus.LAUNCHED)
                    .getResultList();
            for (long campaignId : campaigns) {
                sheet(actor, campaignId, actor.getUnitId()).filter(ResultSheet::isCanSubmit).ifPresent(s -> items.add(new ResultTodo(
                        s.getStatus() == ReportStatus.RETURNED ? "FIX" : "ENTER", campaignId, s.getUnitId(), s.getUnitName(),
                        s.getCampaignName(), s.getHamlets().size() - s.getRatedCount(), s.getHamlets().size(),
                        (int) s.getFigures().stream().filter(f -> f.getValue() == null || f.getValue().isEmpty()).count(),
                        s.getReason())));
            }
            return items;
        }
        for (Object[] r : em.createQuery("SELECT r.campaignId, r.unitId, u.name, c.name, o.path FROM ResultReport r, Unit u,"
                        + " Campaign c JOIN c.organiser o WHERE u.id = r.unitId AND c.id = r.campaignId"
                        + " AND r.status = :submitted AND c.resultsPublishedAt IS NULL ORDER BY r.updatedAt", Object[].class)
                .setParameter("submitted", ReportStatus.SUBMITTED).getResultList()) {
            if (CampaignAccess.canManage(actor, (String) r[4])) {
                items.add(new ResultTodo("ACCEPT", (Long) r[0], (Long) r[1], (String) r[2], (String) r[3], 0, 0, 0, null));
                if (items.size() == TODO_LIMIT) {
                    break;
                }
            }
        }
        return items;
    }

    static final int TODO_LIMIT = 20;

    @Transactional
    public Optional<ResultSheet> sheet(Actor actor, long campaignId, long unitId) {
        Campaign campaign = em.find(Campaign.class, campaignId);
        if (campaign == null || !CampaignAccess.canSee(actor, campaign.getOrganiser().getPath())) {
            return Optional.empty();
        }
        List<Object[]> member = em.createQuery("SELECT u.code, u.name, k.id, k.name, k.leader.id, u.path FROM ClusterMember m JOIN m.unit u"
                        + " JOIN m.cluster k WHERE m.campaignId = :c AND u.id = :u", Object[].class)
                .setParameter("c", campaignId).setParameter("u", unitId).getResultList();
        if (member.isEmpty()) {
            return Optional.empty();
        }
        boolean staff = CampaignAccess.canManage(actor, campaign.getOrganiser().getPath());
        if (!ResultAccess.canRead(actor, campaign.getOrganiser().getPath(), (String) member.get(0)[5], (Long) member.get(0)[4])) {
            return Optional.empty();
        }
        boolean ownChair = actor.isChair() && actor.getUnitId() != null && actor.getUnitId() == unitId;
        boolean leader = ResultAccess.leads(actor, (Long) member.get(0)[4]);
        ResultSheet sheet = new ResultSheet();
        sheet.campaignId = campaignId;
        sheet.campaignName = campaign.getName();
        sheet.unitId = unitId;
        sheet.unitCode = (String) member.get(0)[0];
        sheet.unitName = (String) member.get(0)[1];
        sheet.clusterId = (Long) member.get(0)[2];
        sheet.clusterName = (String) member.get(0)[3];
        sheet.published = campaign.getResultsPublishedAt() != null;
        em.createQuery("SELECT r FROM ResultReport r WHERE r.campaignId = :c AND r.unitId = :u", ResultReport.class)
                .setParameter("c", campaignId).setParameter("u", unitId).getResultList().stream().findFirst().ifPresent(r -> {
                    sheet.status = r.getStatus();
                    sheet.reason = r.getReason();
                    sheet.updatedBy = r.getUpdatedBy();
                    sheet.updatedAt = VietnamTime.format(r.getUpdatedAt());
                });
        boolean open = !sheet.published;
        boolean chairMayEdit = sheet.status == ReportStatus.DRAFT || sheet.status == ReportStatus.RETURNED;
        sheet.canEdit = open && ((ownChair && chairMayEdit) || staff);
        sheet.canRateCommune = open && staff;
        sheet.canSubmit = open && ownChair && chairMayEdit;
        sheet.canReturn = open && (staff || leader) && sheet.status == ReportStatus.SUBMITTED;
        sheet.canAccept = open && staff && sheet.status == ReportStatus.SUBMITTED;
        sheet.canReopen = open && staff && (sheet.status == ReportStatus.ACCEPTED || sheet.status == ReportStatus.SUBMITTED);
        sheet.canPublish = open && staff;

        for (Object[] l : em.createQuery("SELECT l.code, l.name FROM RatingLevel l WHERE l.campaign = :c ORDER BY l.rank", Object[].class)
                .setParameter("c", campaign).getResultList()) {
            ResultSheet.Level level = new ResultSheet.Level();
            level.code = (String) l[0];
            level.name = (String) l[1];
            sheet.levels.add(level);
        }
        Map<Long, ResultEntry> entries = new HashMap<>();
        Map<String, ResultEntry> figures = new HashMap<>();
        for (ResultEntry e : em.createQuery("SELECT e FROM ResultEntry e WHERE e.campaignId = :c AND e.reportingUnitId = :u",
                        ResultEntry.class).setParameter("c", campaignId).setParameter("u", unitId).getResultList()) {
            if (ResultEntry.RATING.equals(e.getMeasure())) {
                entries.put(e.getUnitId(), e);
            } else {
                figures.put(e.getMeasure(), e);
            }
        }
        sheet.communeLevel = Optional.ofNullable(entries.get(unitId)).map(ResultEntry::getLevelCode).orElse(null);
        for (Object[] h : em.createQuery("SELECT u.id, u.code, u.name FROM Unit u WHERE u.parent.id = :p"
                        + " AND u.type.category = vn.thidua.organisation.UnitCategory.HAMLET AND u.validTo IS NULL ORDER BY u.name",
                        Object[].class)
                .setParameter("p", unitId).getResultList()) {
            ResultSheet.RatingRow row = new ResultSheet.RatingRow();
            row.unitId = (Long) h[0];
            row.code = (String) h[1];
            row.name = (String) h[2];
            row.levelCode = Optional.ofNullable(entries.get(row.unitId)).map(ResultEntry::getLevelCode).orElse(null);
            sheet.hamlets.add(row);
        }
        // the version in force (the last confirmed one), not a pending amendment: signed means frozen
        List<PledgeVersion> versions = em.createQuery("SELECT p FROM Pledge p WHERE p.cluster.id = :k", Pledge.class)
                .setParameter("k", sheet.clusterId).getResultList().stream().map(Pledge::inForce).toList();
        if (!versions.isEmpty()) {
            for (PledgeTarget t : versions.get(0).getTargets()) {
                if (t.getKind() == TargetKind.RATED_SHARE || t.getKind() == TargetKind.RATED_COUNT_AT_MOST || !t.isEachMember()) {
                    continue;
                }
                ResultSheet.FigureRow row = new ResultSheet.FigureRow();
                row.code = t.getCode();
                row.name = t.getName();
                row.kind = t.getKind().name();
                if (t.getKind() == TargetKind.QUANTITY) {
                    BigDecimal quota = t.quotaOf(unitId);
                    row.hint = CanonicalJson.plain(quota) + " " + t.getUnitOfMeasure();
                }
                ResultEntry e = figures.get(t.getCode());
                row.value = e == null ? "" : e.describe();
                sheet.figures.add(row);
            }
        }
        for (ResultChange c : em.createQuery("SELECT c FROM ResultChange c WHERE c.campaignId = :c AND c.reportingUnitId = :u"
                        + " ORDER BY c.changedAt DESC, c.id DESC", ResultChange.class)
                .setParameter("c", campaignId).setParameter("u", unitId).setMaxResults(30).getResultList()) {
            ResultSheet.ChangeRow row = c.toRow();
            Long about = c.getUnitId();
            if (about != null) {
                String name = about == unitId ? sheet.unitName : sheet.hamlets.stream().filter(h -> h.unitId == about)
                        .map(ResultSheet.RatingRow::getName).findFirst().orElse(String.valueOf(about));
                row.unitName = name;
            }
            sheet.changes.add(row);
        }
        return Optional.of(sheet);
    }
}
