package vn.thidua.review;

import vn.thidua.shared.RuleViolation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Điều kiện đề nghị khen thưởng: whether a unit may be proposed for a title or commendation, from the award's rules
 * (data in the catalogue) and the unit's facts. Always: the unit's score is finalised. Then, as the award requires:
 * registered for it with the pledge; a final rating at least the given level; every listed pledge target met ("*":
 * every target that applies to the unit); honoured by the meeting's vote; fewer than the cluster's limit proposed
 * already. Every unmet condition is reported, so the refusal says all that is missing at once.
 */
public final class Eligibility {

    /** The award's rules; minLevelCode and requiredTargets null when not required, maxPerCluster null for no limit. */
    public record Rule(boolean requiresRegistration, String minLevelCode, String requiredTargets, Integer maxPerCluster,
                       boolean requiresVoteWinner) {
    }

    /**
     * The unit's facts: finalised; registered for this award; final level code (null if none); the rank of each
     * level code (1 = best); each target's status for the unit in json form (met, not_met, incomplete,
     * not_applicable); vote winner; how many units of the cluster are already proposed for the award.
     */
    public record Facts(boolean finalised, boolean registered, String levelCode, Map<String, Integer> levelRanks,
                        Map<String, String> targetStatus, boolean voteWinner, int alreadyProposed) {
    }

    private Eligibility() {
    }

    public static List<RuleViolation> reasons(Rule rule, Facts facts) {
        List<RuleViolation> reasons = new ArrayList<>();
        if (!facts.finalised()) {
            reasons.add(new RuleViolation("review.proposal.error.notFinalised"));
        }
        if (rule.requiresRegistration() && !facts.registered()) {
            reasons.add(new RuleViolation("review.proposal.error.notRegistered"));
        }
        if (rule.minLevelCode() != null && !rule.minLevelCode().isEmpty()) {
            Integer needed = facts.levelRanks().get(rule.minLevelCode());
            Integer has = facts.levelCode() == null ? null : facts.levelRanks().get(facts.levelCode());
            if (needed != null && (has == null || has > needed)) {
                reasons.add(new RuleViolation("review.proposal.error.rating", rule.minLevelCode()));
            }
        }
        if (rule.requiredTargets() != null && !rule.requiredTargets().isBlank()) {
            List<String> codes = "*".equals(rule.requiredTargets().strip())
                    ? List.copyOf(facts.targetStatus().keySet())
                    : Arrays.stream(rule.requiredTargets().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            List<String> unmet = new ArrayList<>();
            for (String code : codes) {
                String status = facts.targetStatus().get(code);
                if (!"met".equals(status) && !"not_applicable".equals(status)) {
                    unmet.add(code);
                }
            }
            if (!unmet.isEmpty()) {
                reasons.add(new RuleViolation("review.proposal.error.targets", String.join(", ", unmet)));
            }
        }
        if (rule.requiresVoteWinner() && !facts.voteWinner()) {
            reasons.add(new RuleViolation("review.proposal.error.vote"));
        }
        if (rule.maxPerCluster() != null && facts.alreadyProposed() >= rule.maxPerCluster()) {
            reasons.add(new RuleViolation("review.proposal.error.limit", rule.maxPerCluster()));
        }
        return reasons;
    }
}
