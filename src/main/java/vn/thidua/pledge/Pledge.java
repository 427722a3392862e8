package vn.thidua.pledge;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.thidua.campaign.Campaign;
import vn.thidua.cluster.Cluster;
import vn.thidua.organisation.Unit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Giao ước thi đua (pledge) of one cluster in one campaign. Rules: one pledge per cluster; its versions are numbered
 * from 1 and only the newest is current; an amendment supersedes the current version and drafts the next one. The
 * row is also the lock that serialises the pledge's events, so that its audit chain never forks.
 */
@Entity
@Table(name = "pledge")
public class Pledge {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cluster_id", updatable = false)
    private Cluster cluster;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id", updatable = false)
    private Campaign campaign;

    @OneToMany(mappedBy = "pledge", cascade = CascadeType.ALL)
    @OrderBy("number")
    private List<PledgeVersion> versions = new ArrayList<>();

    @Version
    private long version;

    protected Pledge() {
    }

    /** A blank pledge. */
    public Pledge(Cluster cluster, String title, String place, String preamble, SignerPolicy policy) {
        cluster.getCampaign().requireOpen();
        this.cluster = cluster;
        this.campaign = cluster.getCampaign();
        versions.add(new PledgeVersion(this, 1, title, place, preamble, policy));
    }

    /** A pledge drafted from another version's content (last year's pledge, or a template). */
    public static Pledge startingFrom(Cluster cluster, PledgeVersion model, Function<Long, Unit> units) {
        cluster.getCampaign().requireOpen();
        Pledge pledge = new Pledge();
        pledge.cluster = cluster;
        pledge.campaign = cluster.getCampaign();
        pledge.versions.add(model.copyInto(pledge, 1, units));
        return pledge;
    }

    public PledgeVersion current() {
        return versions.get(versions.size() - 1);
    }

    public PledgeVersion amend(Function<Long, Unit> units) {
        campaign.requireOpen();
        PledgeVersion next = current().amend(units);
        versions.add(next);
        return next;
    }

    public Long getId() {
        return id;
    }

    public Cluster getCluster() {
        return cluster;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public List<PledgeVersion> getVersions() {
        return List.copyOf(versions);
    }
}
