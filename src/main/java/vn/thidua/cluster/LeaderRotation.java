package vn.thidua.cluster;

import vn.thidua.organisation.Unit;

import java.util.Comparator;
import java.util.List;

/**
 * Who leads next year (luân phiên cụm trưởng). If the year-end meeting elected a successor, that unit; otherwise this
 * year's deputy takes over (the usual practice: the deputy is next in line); without a deputy, the member after the
 * current leader in order of unit code, wrapping round. The deputy proposed is the elected one, or the member after
 * the proposed leader in the same order. Staff confirm either way.
 */
public final class LeaderRotation {

    private LeaderRotation() {
    }

    public static final class Proposal {
        private final Unit leader;
        private final Unit deputy;

        Proposal(Unit leader, Unit deputy) {
            this.leader = leader;
            this.deputy = deputy;
        }

        public Unit leader() {
            return leader;
        }

        public Unit deputy() {
            return deputy;
        }
    }

    public static Proposal propose(List<Unit> members, Unit leader, Unit deputy, Unit electedLeader, Unit electedDeputy) {
        List<Unit> ordered = members.stream().sorted(Comparator.comparing(Unit::getCode)).toList();
        if (ordered.isEmpty()) {
            return new Proposal(null, null);
        }
        Unit nextLeader;
        if (electedLeader != null && ordered.contains(electedLeader)) {
            nextLeader = electedLeader;
        } else if (deputy != null && ordered.contains(deputy)) {
            nextLeader = deputy;
        } else {
            nextLeader = after(ordered, leader);
        }
        Unit nextDeputy;
        if (electedDeputy != null && ordered.contains(electedDeputy) && !electedDeputy.equals(nextLeader)) {
            nextDeputy = electedDeputy;
        } else {
            nextDeputy = ordered.size() < 2 ? null : after(ordered, nextLeader);
        }
        return new Proposal(nextLeader, nextDeputy);
    }

    /** The unit after the given one in code order (wrapping); the first one if the given unit is not a member. */
    private static Unit after(List<Unit> ordered, Unit unit) {
        if (unit == null) {
            return ordered.get(0);
        }
        for (Unit candidate : ordered) {
            if (candidate.getCode().compareTo(unit.getCode()) > 0) {
                return candidate;
            }
        }
        return ordered.get(0);
    }
}
