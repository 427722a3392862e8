package vn.thidua.cluster.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.thidua.campaign.CampaignQueries;
import vn.thidua.campaign.CampaignView;
import vn.thidua.cluster.ClusterQueries;
import vn.thidua.cluster.ClusterService;
import vn.thidua.cluster.ClusterView;
import vn.thidua.cluster.LeaderHistoryRow;
import vn.thidua.cluster.MemberView;
import vn.thidua.organisation.UnitNode;
import vn.thidua.security.CurrentActor;
import vn.thidua.shared.web.Messages;

import java.io.Serializable;
import java.util.List;

/** One cluster: members, leader and deputy, history; registering and removing members. The id in the URL is checked. */
@Named
@ViewScoped
public class ClusterBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClusterQueries queries;

    @Inject
    ClusterService service;

    @Inject
    CampaignQueries campaigns;

    @Inject
    CurrentActor current;

    private Long id;
    private ClusterView cluster;
    private CampaignView campaign;
    private List<MemberView> members;
    private List<LeaderHistoryRow> history;
    private UnitNode candidate;
    private Long leaderId;
    private Long deputyId;

    public String load() {
        cluster = id == null ? null : queries.get(current.get(), id).orElse(null);
        if (cluster == null) {
            return "/error.xhtml?faces-redirect=true";
        }
        campaign = campaigns.get(current.get(), cluster.getCampaignId()).orElse(null);
        members = queries.members(cluster);
        history = queries.leaderHistory(cluster);
        leaderId = cluster.getLeaderId();
        deputyId = cluster.getDeputyId();
        return null;
    }

    public void register() {
        if (candidate == null) {
            Messages.error("cluster.error.chooseUnit");
            return;
        }
        UnitNode unit = candidate;
        if (Messages.attempt(() -> service.register(current.get(), id, unit.getId()))) {
            Messages.info("cluster.registered", unit.getName());
            candidate = null;
        }
        load();
    }

    public void remove(MemberView member) {
        if (Messages.attempt(() -> service.remove(current.get(), id, member.getUnitId()))) {
            Messages.info("cluster.removed", member.getName());
        }
        load();
    }

    public void appoint() {
        Long leader = leaderId;
        Long deputy = deputyId;
        if (leader == null) {
            Messages.error("cluster.error.leaderRequired");
            return;
        }
        boolean ok = Messages.attempt(() -> service.appointLeadership(current.get(), id, leader, deputy));
        if (ok) {
            Messages.info("cluster.appointed");
        }
        load();
    }

    public void confirmLeader() {
        if (Messages.attempt(() -> service.confirmLeader(current.get(), id))) {
            Messages.info("cluster.leaderConfirmed", cluster.getLeaderName());
        }
        load();
    }

    public List<UnitNode> completeCandidate(String text) {
        return queries.candidates(current.get(), id, text);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ClusterView getCluster() {
        return cluster;
    }

    public CampaignView getCampaign() {
        return campaign;
    }

    public List<MemberView> getMembers() {
        return members;
    }

    public List<LeaderHistoryRow> getHistory() {
        return history;
    }

    public UnitNode getCandidate() {
        return candidate;
    }

    public void setCandidate(UnitNode candidate) {
        this.candidate = candidate;
    }

    public Long getLeaderId() {
        return leaderId;
    }

    public void setLeaderId(Long leaderId) {
        this.leaderId = leaderId;
    }

    public Long getDeputyId() {
        return deputyId;
    }

    public void setDeputyId(Long deputyId) {
        this.deputyId = deputyId;
    }
}
