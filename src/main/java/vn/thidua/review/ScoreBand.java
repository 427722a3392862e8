package vn.thidua.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.thidua.campaign.Campaign;

import java.math.BigDecimal;

/** One band of the campaign's {@link RatingBands}: the least points for a rating level. Checked as a whole there. */
@Entity
@Table(name = "score_band")
public class ScoreBand {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id", updatable = false)
    private Campaign campaign;

    @Column(name = "level_code", nullable = false, length = 16)
    private String levelCode;

    @Column(name = "min_points", nullable = false, precision = 7, scale = 2)
    private BigDecimal minPoints;

    protected ScoreBand() {
    }

    public ScoreBand(Campaign campaign, String levelCode, BigDecimal minPoints) {
        this.campaign = campaign;
        this.levelCode = levelCode;
        this.minPoints = minPoints;
    }

    void change(BigDecimal points) {
        this.minPoints = points;
    }

    public String getLevelCode() {
        return levelCode;
    }

    public BigDecimal getMinPoints() {
        return minPoints;
    }
}
