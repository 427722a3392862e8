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
import vn.thidua.organisation.Unit;

/** Số phiếu suy tôn: the votes one candidate unit got at the {@link Meeting}. */
@Entity
@Table(name = "review_ballot")
public class Ballot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", updatable = false)
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", updatable = false)
    private Unit unit;

    @Column(nullable = false)
    private int votes;

    protected Ballot() {
    }

    Ballot(Meeting meeting, Unit unit, int votes) {
        this.meeting = meeting;
        this.unit = unit;
        this.votes = votes;
    }

    public Unit getUnit() {
        return unit;
    }

    public int getVotes() {
        return votes;
    }
}
