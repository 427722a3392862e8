package vn.thidua.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.thidua.organisation.Unit;

/** A unit's membership of a cluster. The campaign is repeated here so the database can refuse a second cluster. */
@Entity
@Table(name = "cluster_member")
public class ClusterMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cluster_id")
    private Cluster cluster;

    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    protected ClusterMember() {
    }

    ClusterMember(Cluster cluster, Unit unit) {
        this.cluster = cluster;
        this.campaignId = cluster.getCampaign().getId();
        this.unit = unit;
    }

    public Long getId() {
        return id;
    }

    public Cluster getCluster() {
        return cluster;
    }

    public Unit getUnit() {
        return unit;
    }
}
