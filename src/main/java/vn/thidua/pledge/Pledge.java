package vn.thidua.pledge;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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
import vn.thidua.shared.RuleViolation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Giao ước thi đua (pledge) of one cluster in one campaign. Rules: one pledge per cluster; its versions are numbered
 * from 1 and only the newest is current; an amendment supersedes the current version and drafts the next one, but the
 * last confirmed version stays in force (what everything is evaluated against) until the amendment is confirmed; no
 * amendment once the campaign's results are published. The row is also the lock that serialises the pledge's events,
 * so that its audit chain never forks, and it keeps the chain's head (count and last hash) outside the chained table.
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

    /** The chain's head, kept outside the chained table (see {@link AuditChain}): how many entries the log has. */
    @Column(name = "chain_length", nullable = false)
    private int chainLength;

    /** …and the hash of the last one ({@link PledgeEvent#GENESIS} while the log is empty). */
    @Column(name = "chain_head", nullable = false, length = 64)
    private String chainHead = PledgeEvent.GENESIS;

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

    /**
     * The version everything is evaluated against (tally, results sheet, review): the last one the organiser
     * confirmed; before any confirmation, the newest (nothing has been signed yet, so nothing is frozen). The queries
     * outside this package say the same in JPQL through {@link PledgeVersion#inForce(String, String)}.
     */
    public PledgeVersion inForce() {
        for (int i = versions.size() - 1; i >= 0; i--) {
            if (versions.get(i).getSignedAt() != null) {
                return versions.get(i);
            }
        }
        return current();
    }

    /** A confirmed version stands while a newer one (an amendment) goes through comments, signatures and confirmation. */
    public boolean isAmendmentPending() {
        PledgeVersion inForce = inForce();
        return inForce.getSignedAt() != null && inForce != current();
    }

    /**
     * After the campaign's results are published, what a pledge is judged by may not move: no amendment, and no
     * confirmation that would replace a confirmed version.
     */
    void requireResultsNotPublished() {
        RuleViolation.require(campaign.getResultsPublishedAt() == null, "pledge.error.resultsPublished");
    }

    public PledgeVersion amend(Function<Long, Unit> units) {
        campaign.requireOpen();
        requireResultsNotPublished();
        PledgeVersion next = current().amend(units);
        versions.add(next);
        return next;
    }

    /**
     * Moves the head to the entry just appended. An entry that does not follow the recorded head means the log was cut
     * or extended behind the application's back: nothing is appended to it.
     */
    void advanceHead(PledgeEvent appended) {
        RuleViolation.require(appended.getSeq() == chainLength + 1 && appended.getPrevHash().equals(chainHead),
                "pledge.error.chainBroken");
        chainLength = appended.getSeq();
        chainHead = appended.getHash();
    }

    public AuditChain.Head head() {
        return new AuditChain.Head(chainLength, chainHead);
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
