package vn.thidua.notification.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.thidua.campaign.CampaignQueries;
import vn.thidua.campaign.CampaignView;
import vn.thidua.cluster.ClusterQueries;
import vn.thidua.cluster.ClusterView;
import vn.thidua.notification.DeadlineService;
import vn.thidua.notification.DueItem;
import vn.thidua.notification.NotificationQueries;
import vn.thidua.notification.Step;
import vn.thidua.security.AccessDenied;
import vn.thidua.security.CurrentActor;
import vn.thidua.shared.web.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The organiser's staff set each step's deadline (for the campaign or one cluster) and read the overdue list. */
@Named
@ViewScoped
public class DeadlinesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DeadlineService service;

    @Inject
    NotificationQueries queries;

    @Inject
    CampaignQueries campaigns;

    @Inject
    ClusterQueries clusterQueries;

    @Inject
    CurrentActor current;

    private Long campaign;
    private CampaignView view;
    private List<ClusterView> clusters;
    private List<Row> deadlines;
    private List<DueItem> overdue;
    private Step step = Step.SIGNING;
    private Long cluster;
    private String dueOn;

    /** A deadline as the page shows it (view object with getters). */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Step step;
        private final Long clusterId;
        private final String clusterName;
        private final LocalDate dueOn;
        private final String setBy;

        Row(Step step, Long clusterId, String clusterName, LocalDate dueOn, String setBy) {
            this.step = step;
            this.clusterId = clusterId;
            this.clusterName = clusterName;
            this.dueOn = dueOn;
            this.setBy = setBy;
        }

        public Step getStep() {
            return step;
        }

        public Long getClusterId() {
            return clusterId;
        }

        public String getClusterName() {
            return clusterName;
        }

        public LocalDate getDueOn() {
            return dueOn;
        }

        public String getSetBy() {
            return setBy;
        }
    }

    public String load() {
        view = campaign == null ? null : campaigns.get(current.get(), campaign).orElse(null);
        if (view == null || !current.get().canManage(view.getOrganiserPath())) {
            return "/error.xhtml?faces-redirect=true";
        }
        try {
            clusters = clusterQueries.ofCampaign(current.get(), view.getId(), view.getOrganiserPath());
            Map<Long, String> names = clusters.stream().collect(Collectors.toMap(ClusterView::getId, ClusterView::getName, (a, b) -> a));
            deadlines = queries.deadlines(current.get(), view.getId()).stream()
                    .map(d -> new Row(d.getStep(), d.getClusterId(), d.getClusterId() == null ? null : names.get(d.getClusterId()),
                            d.getDueOn(), d.getSetBy())).toList();
            overdue = queries.overdue(current.get(), view.getId(), NotificationQueries.today());
        } catch (AccessDenied e) {
            return "/error.xhtml?faces-redirect=true";
        }
        return null;
    }

    public void save() {
        LocalDate date;
        try {
            date = dueOn == null || dueOn.isBlank() ? null : LocalDate.parse(dueOn.trim());
        } catch (DateTimeParseException e) {
            Messages.error("deadline.badDate");
            return;
        }
        LocalDate chosen = date;
        if (Messages.attempt(() -> service.set(current.get(), campaign, cluster, step, chosen))) {
            Messages.info("deadline.saved");
            dueOn = null;
        }
        load();
    }

    public void clear(Row row) {
        if (Messages.attempt(() -> service.clear(current.get(), campaign, row.getClusterId(), row.getStep()))) {
            Messages.info("deadline.cleared");
        }
        load();
    }

    public Step[] getSteps() {
        return Step.values();
    }

    public Long getCampaign() {
        return campaign;
    }

    public void setCampaign(Long campaign) {
        this.campaign = campaign;
    }

    public CampaignView getView() {
        return view;
    }

    public List<ClusterView> getClusters() {
        return clusters;
    }

    public List<Row> getDeadlines() {
        return deadlines;
    }

    public List<DueItem> getOverdue() {
        return overdue;
    }

    public Step getStep() {
        return step;
    }

    public void setStep(Step step) {
        this.step = step;
    }

    public Long getCluster() {
        return cluster;
    }

    public void setCluster(Long cluster) {
        this.cluster = cluster;
    }

    public String getDueOn() {
        return dueOn;
    }

    public void setDueOn(String dueOn) {
        this.dueOn = dueOn;
    }
}
