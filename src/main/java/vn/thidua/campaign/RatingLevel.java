package vn.thidua.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.List;

/**
 * Mức xếp loại (rating level) of a campaign's scale. The scale is data per campaign; rank 1 is the best, so "at this
 * level or better" is "rank ≤ this rank". A new campaign gets the Front's usual four levels; a copied one its
 * predecessor's scale.
 */
@Entity
@Table(name = "rating_level")
public class RatingLevel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id", updatable = false)
    private Campaign campaign;

    @Column(nullable = false, length = 16)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "rank_order", nullable = false)
    private int rank;

    protected RatingLevel() {
    }

    public RatingLevel(Campaign campaign, String code, String name, int rank) {
        this.campaign = campaign;
        this.code = code;
        this.name = name;
        this.rank = rank;
    }

    public static List<RatingLevel> defaults(Campaign campaign) {
        return List.of(
                new RatingLevel(campaign, "HTXS", "Hoàn thành xuất sắc nhiệm vụ", 1),
                new RatingLevel(campaign, "HTT", "Hoàn thành tốt nhiệm vụ", 2),
                new RatingLevel(campaign, "HT", "Hoàn thành nhiệm vụ", 3),
                new RatingLevel(campaign, "KHT", "Không hoàn thành nhiệm vụ", 4));
    }

    public RatingLevel copyInto(Campaign next) {
        return new RatingLevel(next, code, name, rank);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getRank() {
        return rank;
    }
}
