package vn.thidua.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.thidua.campaign.CampaignAccess;
import vn.thidua.campaign.CampaignQueries;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.campaign.CampaignView;
import vn.thidua.campaign.ClusterProgress;
import vn.thidua.campaign.ClusterProgressQueries;
import vn.thidua.cluster.ClusterQueries;
import vn.thidua.cluster.ClusterView;
import vn.thidua.notification.Deadline;
import vn.thidua.notification.DueItem;
import vn.thidua.notification.NotificationQueries;
import vn.thidua.security.Actor;
import vn.thidua.tally.TargetOutcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A leader's home page: every launched campaign the reader sees, with the clusters they may read
 * ({@link ClusterQueries#ofCampaign}: all of them for the organiser's staff and leaders, a leading chair's own cluster).
 * A fixed number of grouped statements per campaign whatever its size ({@link ClusterProgressQueries}'s four, the
 * clusters, the deadlines, the overdue list) plus the targets' outcomes kept by {@link CampaignTargetsCache}.
 */
@ApplicationScoped
public class HomeQueries {

    @Inject
    CampaignQueries campaigns;

    @Inject
    ClusterQueries clusters;

    @Inject
    ClusterProgressQueries progress;

    @Inject
    NotificationQueries notifications;

    @Inject
    CampaignTargetsCache targets;

    /** The campaigns under way and how each stands; for a chair only the clusters their unit leads (often none). */
    @Transactional
    public List<CampaignOverview> overview(Actor actor) {
        List<CampaignOverview> result = new ArrayList<>();
        LocalDate today = NotificationQueries.today();
        for (CampaignView c : campaigns.list(actor)) {
            if (c.getStatus() != CampaignStatus.LAUNCHED) {
                continue;
            }
            List<ClusterView> readable = clusters.ofCampaign(actor, c.getId(), c.getOrganiserPath());
            if (actor.isChair()) {
                // a chair's home says what to do; a cluster's progress is theirs to follow only when they lead it
                readable = readable.stream().filter(k -> actor.getUnitId() != null && k.getLeaderId() == actor.getUnitId()).toList();
            }
            if (readable.isEmpty()) {
                continue;
            }
            Map<Long, ClusterProgress> progressOf = progress.ofCampaign(c.getId());
            List<Deadline> deadlines = notifications.deadlines(actor, c.getId());
            CampaignTargetsCache.Entry outcomes = targets.of(c.getId());
            List<ClusterRow> rows = new ArrayList<>(readable.size());
            for (ClusterView k : readable) {
                ClusterProgress p = progressOf.get(k.getId());
                rows.add(new ClusterRow(k.getId(), k.getName(), k.getLeaderName(), p,
                        outcomes.byCluster().getOrDefault(k.getId(), new TargetOutcome.Counts()),
                        p == null ? List.of() : Lateness.of(p, deadlines, today)));
            }
            boolean manageable = CampaignAccess.canManage(actor, c.getOrganiserPath());
            List<DueItem> overdue = manageable ? notifications.overdue(actor, c.getId(), today) : List.of();
            result.add(new CampaignOverview(c.getId(), c.getName(), c.getYear(), manageable, rows, overdue, outcomes.at()));
        }
        return result;
    }

    /** What a chair's unit has to do by when (the signing step so far: {@link NotificationQueries#dueFor}). */
    public List<DueItem> dueFor(Actor actor) {
        return notifications.dueFor(actor, NotificationQueries.today());
    }
}
