package vn.thidua.review;

import vn.thidua.shared.RuleViolation;

import java.util.Map;
import java.util.Optional;

/**
 * Phiếu suy tôn: the meeting's vote for the unit to honour as the cluster's leading unit. Rules: those voting are
 * among those attending; each voter backs at most one unit, so no unit has more votes than voters and all votes add
 * up to no more than voters. The honoured unit is the one with the most votes, alone, and more than half the voters.
 */
public final class Ballots {

    private Ballots() {
    }

    public static void check(int attendees, int voters, Map<Long, Integer> votes) {
        RuleViolation.require(attendees > 0, "review.meeting.error.attendees");
        RuleViolation.require(voters >= 0 && voters <= attendees, "review.meeting.error.voters");
        int sum = 0;
        for (Integer v : votes.values()) {
            RuleViolation.require(v != null && v >= 0 && v <= voters, "review.meeting.error.votes", voters);
            sum += v;
        }
        RuleViolation.require(sum <= voters, "review.meeting.error.voteSum", sum, voters);
    }

    public static Optional<Long> winner(int voters, Map<Long, Integer> votes) {
        Long best = null;
        int most = -1;
        boolean alone = false;
        for (Map.Entry<Long, Integer> e : votes.entrySet()) {
            int v = e.getValue() == null ? 0 : e.getValue();
            if (v > most) {
                most = v;
                best = e.getKey();
                alone = true;
            } else if (v == most) {
                alone = false;
            }
        }
        return best != null && alone && 2 * most > voters ? Optional.of(best) : Optional.empty();
    }
}
