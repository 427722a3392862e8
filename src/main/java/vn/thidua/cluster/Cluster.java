package vn.thidua.cluster;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.thidua.campaign.Campaign;
import vn.thidua.organisation.Unit;
import vn.thidua.shared.Names;
import vn.thidua.shared.RuleViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Cụm thi đua (cluster) of one campaign. Rules: exactly one leader unit (cụm trưởng) and at most one deputy (cụm phó),
 * both members and distinct; members lie strictly inside the organiser's subtree and are active in the campaign's
 * year; nothing changes once the campaign is closed. "At most one cluster per unit in a campaign" spans clusters, so
 * the service checks it and the database enforces it. The lineage key ties the same cluster across years.
 */
@Entity
@Table(name = "cluster")
public class Cluster {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id", updatable = false)
    private Campaign campaign;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "lineage_key", nullable = false, updatable = false, length = 36)
    private String lineageKey;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "leader_unit_id")
    private Unit leader;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "deputy_unit_id")
    private Unit deputy;

    @Column(name = "leader_confirmed", nullable = false)
    private boolean leaderConfirmed = true;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "next_leader_unit_id")
    private Unit nextLeader;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "next_deputy_unit_id")
    private Unit nextDeputy;

    /** Cờ luân lưu: the unit honoured at the year-end meeting keeps the cluster's rotating flag for the year. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "flag_holder_unit_id")
    private Unit flagHolder;

    @OneToMany(mappedBy = "cluster", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ClusterMember> members = new ArrayList<>();

    @Version
    private long version;

    protected Cluster() {
    }

    public Cluster(Campaign campaign, String name, Unit leader) {
        this(campaign, name, leader, UUID.randomUUID().toString());
    }

    private Cluster(Campaign campaign, String name, Unit leader, String lineageKey) {
        RuleViolation.require(campaign != null, "error.required", "campaign");
        campaign.requireOpen();
        RuleViolation.require(leader != null, "cluster.error.leaderRequired");
        this.campaign = campaign;
        this.name = Names.required(name, 200, "name");
        this.lineageKey = lineageKey;
        requireEligible(leader);
        members.add(new ClusterMember(this, leader));
        this.leader = leader;
    }

    /**
     * Next year's cluster: same name, lineage and members (those still active), with the leader and deputy proposed by
     * {@link LeaderRotation} and left unconfirmed until staff confirm.
     */
    public Cluster copyInto(Campaign next) {
        LocalDate start = next.getStartsOn();
        List<Unit> carried = getMemberUnits().stream()
                .filter(u -> u.isActiveOn(start) && u.isWithin(next.getOrganiser()))
                .toList();
        LeaderRotation.Proposal proposal = LeaderRotation.propose(carried, leader, deputy, nextLeader, nextDeputy);
        RuleViolation.require(proposal.leader() != null, "cluster.error.noMembersToCopy", name);
        Cluster copy = new Cluster(next, name, proposal.leader(), lineageKey);
        for (Unit unit : carried) {
            if (!unit.equals(proposal.leader())) {
                copy.members.add(new ClusterMember(copy, unit));
            }
        }
        copy.deputy = proposal.deputy();
        copy.leaderConfirmed = false;
        return copy;
    }

    public void rename(String newName) {
        campaign.requireOpen();
        this.name = Names.required(newName, 200, "name");
    }

    /** Registers a member unit. The caller has checked that the unit is in no other cluster of the campaign. */
    public void register(Unit unit) {
        campaign.requireOpen();
        RuleViolation.require(unit != null, "error.required", "unit");
        RuleViolation.require(!isMember(unit), "cluster.error.alreadyInThisCluster", unit.getName());
        requireEligible(unit);
        members.add(new ClusterMember(this, unit));
    }

    /** Removes a member; the leader and the deputy must be replaced first. */
    public void remove(Unit unit) {
        campaign.requireOpen();
        RuleViolation.require(isMember(unit), "cluster.error.notMember", unit.getName());
        RuleViolation.require(!unit.equals(leader), "cluster.error.removeLeader", unit.getName());
        RuleViolation.require(!unit.equals(deputy), "cluster.error.removeDeputy", unit.getName());
        members.removeIf(m -> m.getUnit().equals(unit));
    }

    /** Appoints the deputy, or with null leaves the cluster without one. */
    public void appointDeputy(Unit unit) {
        campaign.requireOpen();
        if (unit != null) {
            RuleViolation.require(isMember(unit), "cluster.error.deputyNotMember");
            RuleViolation.require(!unit.equals(leader), "cluster.error.deputyIsLeader");
        }
        this.deputy = unit;
    }

    /** Appoints leader and deputy together (a swap of the two is one step, never a state with both equal). */
    public void appointLeadership(Unit newLeader, Unit newDeputy) {
        campaign.requireOpen();
        RuleViolation.require(newLeader != null && isMember(newLeader), "cluster.error.leaderNotMember");
        RuleViolation.require(newDeputy == null || isMember(newDeputy), "cluster.error.deputyNotMember");
        RuleViolation.require(newDeputy == null || !newDeputy.equals(newLeader), "cluster.error.deputyIsLeader");
        this.leader = newLeader;
        this.deputy = newDeputy;
        this.leaderConfirmed = true;
    }

    /** Staff confirm the leader proposed by rotation when the campaign was copied. */
    public void confirmLeader() {
        campaign.requireOpen();
        this.leaderConfirmed = true;
    }

    /** Next year's leader and deputy as elected at the year-end meeting; copying the campaign uses them. */
    public void electSuccessors(Unit newLeader, Unit newDeputy) {
        RuleViolation.require(newLeader != null && isMember(newLeader), "cluster.error.leaderNotMember");
        RuleViolation.require(newDeputy == null || (isMember(newDeputy) && !newDeputy.equals(newLeader)),
                "cluster.error.deputyIsLeader");
        this.nextLeader = newLeader;
        this.nextDeputy = newDeputy;
    }

    /** Hands the rotating flag to the unit the meeting honoured (null: nobody was honoured this year). */
    public void handFlagTo(Unit unit) {
        RuleViolation.require(unit == null || isMember(unit), "cluster.error.notMember", unit == null ? "" : unit.getName());
        this.flagHolder = unit;
    }

    public Unit getFlagHolder() {
        return flagHolder;
    }

    private void requireEligible(Unit unit) {
        RuleViolation.require(unit.isWithin(campaign.getOrganiser()), "cluster.error.outsideOrganiser", unit.getName());
        // clusters group communes; a hamlet work committee is rated by its commune, never a member (page or API alike)
        RuleViolation.require(unit.getType() == null || unit.getType().getCategory() != vn.thidua.organisation.UnitCategory.HAMLET,
                "cluster.error.hamlet", unit.getName());
        RuleViolation.require(unit.isActiveOn(campaign.getStartsOn()) || unit.isActiveOn(campaign.getEndsOn()),
                "cluster.error.unitRetired", unit.getName());
    }

    public boolean isMember(Unit unit) {
        return unit != null && members.stream().anyMatch(m -> m.getUnit().equals(unit));
    }

    public boolean isLedBy(Long unitId) {
        return unitId != null && leader != null && unitId.equals(leader.getId());
    }

    public List<Unit> getMemberUnits() {
        return members.stream().map(ClusterMember::getUnit).toList();
    }

    public Optional<Unit> getDeputyUnit() {
        return Optional.ofNullable(deputy);
    }

    public Long getId() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public String getName() {
        return name;
    }

    public String getLineageKey() {
        return lineageKey;
    }

    public Unit getLeader() {
        return leader;
    }

    public Unit getDeputy() {
        return deputy;
    }

    public boolean isLeaderConfirmed() {
        return leaderConfirmed;
    }

    public Unit getNextLeader() {
        return nextLeader;
    }

    public Unit getNextDeputy() {
        return nextDeputy;
    }

    List<ClusterMember> members() {
        return Collections.unmodifiableList(members);
    }
}
