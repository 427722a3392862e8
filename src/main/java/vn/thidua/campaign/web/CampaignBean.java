package vn.thidua.campaign.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.thidua.campaign.CampaignQueries;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.CampaignView;
import vn.thidua.cluster.ClusterQueries;
import vn.thidua.cluster.ClusterService;
import vn.thidua.cluster.ClusterView;
import vn.thidua.organisation.UnitCategory;
import vn.thidua.organisation.UnitNode;
import vn.thidua.organisation.UnitQueries;
import vn.thidua.security.CurrentActor;
import vn.thidua.shared.web.Messages;

import java.io.Serializable;
import java.util.List;

/** One campaign: its state, its clusters; staff launch, close and create clusters. The id in the URL is checked. */
@Named
@ViewScoped
public class CampaignBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CampaignQueries queries;

    @Inject
    CampaignService service;

    @Inject
    ClusterQueries clusterQueries;

    @Inject
    ClusterService clusterService;

    @Inject
    UnitQueries units;

    @Inject
    vn.thidua.campaign.ClusterProgressQueries progressQueries;

    @Inject
    CurrentActor current;

    private Long id;
    private CampaignView campaign;
    private List<ClusterView> clusters;
    private java.util.Map<Long, vn.thidua.campaign.ClusterProgress> progress = java.util.Map.of();
    private String clusterName;
    private UnitNode leader;

    /** Called by the page's viewAction: unknown or out-of-scope ids get the not-found page. */
    public String load() {
        campaign = id == null ? null : queries.get(current.get(), id).orElse(null);
        if (campaign == null) {
            return "/error.xhtml?faces-redirect=true";
        }
        clusters = clusterQueries.ofCampaign(current.get(), campaign.getId(), campaign.getOrganiserPath());
        // read only when there are clusters the reader may see; keyed by cluster, shown only for those listed
        progress = clusters.isEmpty() ? java.util.Map.of() : progressQueries.ofCampaign(campaign.getId());
        return null;
    }

    public void launch() {
        if (Messages.attempt(() -> service.launch(current.get(), id))) {
            Messages.info("campaign.launched", campaign.getName());
        }
        load();
    }

    public void close() {
        if (Messages.attempt(() -> service.close(current.get(), id))) {
            Messages.info("campaign.closed", campaign.getName());
        }
        load();
    }

    public void createCluster() {
        Long leaderId = leader == null ? null : leader.getId();
        if (leaderId == null) {
            Messages.error("cluster.error.leaderRequired");
            return;
        }
        if (Messages.attempt(() -> clusterService.create(current.get(), id, clusterName, leaderId))) {
            Messages.info("cluster.created", clusterName);
            clusterName = null;
            leader = null;
        }
        load();
    }

    public List<UnitNode> completeLeader(String text) {
        return units.search(current.get(), text, campaign.getOrganiserPath(), UnitCategory.COMMUNE, 0, 20);
    }

    public boolean isManageable() {
        return campaign != null && current.get().canManage(campaign.getOrganiserPath());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CampaignView getCampaign() {
        return campaign;
    }

    /** The cluster's progress (signatures, results, review); null for a cluster without members. */
    public vn.thidua.campaign.ClusterProgress progress(long clusterId) {
        return progress.get(clusterId);
    }

    public List<ClusterView> getClusters() {
        return clusters;
    }

    public String getClusterName() {
        return clusterName;
    }

    public void setClusterName(String clusterName) {
        this.clusterName = clusterName;
    }

    public UnitNode getLeader() {
        return leader;
    }

    public void setLeader(UnitNode leader) {
        this.leader = leader;
    }
}
