package vn.thidua.review;

import vn.thidua.shared.RuleViolation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Bảng chấm điểm: a campaign's tree of areas (lĩnh vực) and criteria (tiêu chí). Rules, checked on the whole tree so
 * that a single edit and an imported file obey the same ones: codes are unique; a parent comes before its children
 * and has their kind; maxima are positive with at most two decimals; the maxima of a scored or deduction group's
 * children add up to no more than the group's (the tree refuses a child total above its parent's); a bonus group's
 * maximum is a cap on what its children add, so they may offer more; only a scored leaf may be linked to a pledge
 * target, and then with a mode. Totals: scored leaves, plus each bonus group capped, minus deductions, never below 0.
 */
public final class ScoringSheet {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,19}");
    private static final BigDecimal MAX_POINTS = BigDecimal.valueOf(1000);

    /** One node as defined (an entity, a form or an imported line); parentCode null or empty for a root. */
    public record Node(String code, String parentCode, String name, CriterionKind kind, BigDecimal maxPoints,
                       boolean evidenceRequired, String targetCode, LinkMode linkMode) {

        public boolean isRoot() {
            return parentCode == null || parentCode.isEmpty();
        }

        public boolean isLinked() {
            return targetCode != null && !targetCode.isEmpty();
        }
    }

    /** A rule broken by the node at this index of the list. */
    public record Problem(int index, RuleViolation violation) {
    }

    private final List<Node> nodes;
    private final Map<String, Node> byCode = new LinkedHashMap<>();
    private final Map<String, List<Node>> children = new HashMap<>();

    private ScoringSheet(List<Node> nodes) {
        this.nodes = List.copyOf(nodes);
        for (Node n : nodes) {
            byCode.put(n.code(), n);
            if (!n.isRoot()) {
                children.computeIfAbsent(n.parentCode(), k -> new ArrayList<>()).add(n);
            }
        }
    }

    /** The sheet, or the first broken rule as a {@link RuleViolation}. */
    public static ScoringSheet of(List<Node> nodes) {
        List<Problem> problems = check(nodes);
        if (!problems.isEmpty()) {
            throw problems.get(0).violation();
        }
        return new ScoringSheet(nodes);
    }

    /** Every broken rule, by the index of the node that breaks it (for line-numbered import errors). */
    public static List<Problem> check(List<Node> nodes) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Node> seen = new HashMap<>();
        List<Integer> wellFormed = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            try {
                checkNode(n, seen);
                seen.put(n.code(), n);
                wellFormed.add(i);
            } catch (RuleViolation v) {
                problems.add(new Problem(i, v));
            }
        }
        // the group rules over the well-formed nodes, so that one file reports every broken rule at once
        ScoringSheet sheet = new ScoringSheet(wellFormed.stream().map(nodes::get).toList());
        for (int i : wellFormed) {
            Node n = nodes.get(i);
            List<Node> kids = sheet.childrenOf(n.code());
            if (kids.isEmpty()) {
                continue;
            }
            if (n.isLinked()) {
                problems.add(new Problem(i, new RuleViolation("review.criterion.error.linkOnGroup", n.code())));
            }
            if (n.kind() != CriterionKind.BONUS) {
                BigDecimal sum = kids.stream().map(Node::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (sum.compareTo(n.maxPoints()) > 0) {
                    problems.add(new Problem(i, new RuleViolation("review.criterion.error.childrenExceed", n.code(),
                            sum.stripTrailingZeros().toPlainString(), n.maxPoints().stripTrailingZeros().toPlainString())));
                }
            }
        }
        problems.sort(java.util.Comparator.comparingInt(Problem::index));
        return problems;
    }

    private static void checkNode(Node n, Map<String, Node> seen) {
        RuleViolation.require(n.code() != null && CODE.matcher(n.code()).matches(), "review.criterion.error.badCode",
                n.code() == null ? "" : n.code());
        RuleViolation.require(!seen.containsKey(n.code()), "review.criterion.error.duplicateCode", n.code());
        RuleViolation.require(n.name() != null && !n.name().isBlank() && n.name().length() <= 500,
                "review.criterion.error.name", n.code());
        RuleViolation.require(n.kind() != null, "review.criterion.error.kind", n.code());
        RuleViolation.require(n.maxPoints() != null && n.maxPoints().signum() > 0 && n.maxPoints().compareTo(MAX_POINTS) <= 0
                && n.maxPoints().stripTrailingZeros().scale() <= 2, "review.criterion.error.maxPoints", n.code());
        if (!n.isRoot()) {
            Node parent = seen.get(n.parentCode());
            RuleViolation.require(parent != null, "review.criterion.error.unknownParent", n.parentCode());
            RuleViolation.require(parent.kind() == n.kind(), "review.criterion.error.kindOfParent", n.code(), parent.code());
        }
        RuleViolation.require(n.isLinked() == (n.linkMode() != null), "review.criterion.error.linkMode", n.code());
        RuleViolation.require(!n.isLinked() || n.kind() == CriterionKind.SCORED, "review.criterion.error.linkKind", n.code());
    }

    public List<Node> nodes() {
        return nodes;
    }

    public Optional<Node> node(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public List<Node> childrenOf(String code) {
        return children.getOrDefault(code, List.of());
    }

    public boolean isLeaf(String code) {
        return childrenOf(code).isEmpty();
    }

    /** The criteria that are scored (leaves), in sheet order. */
    public List<Node> leaves() {
        return nodes.stream().filter(n -> isLeaf(n.code())).toList();
    }

    /** Depth of a node: 0 for an area. */
    public int depth(String code) {
        int d = 0;
        Node n = byCode.get(code);
        while (n != null && !n.isRoot()) {
            d++;
            n = byCode.get(n.parentCode());
        }
        return d;
    }

    /** The most a unit can score: the scored areas' maxima (bonus and deductions aside). */
    public BigDecimal maxTotal() {
        return nodes.stream().filter(n -> n.isRoot() && n.kind() == CriterionKind.SCORED)
                .map(Node::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Checks a points value against a leaf's range [0, max]. */
    public void requireInRange(String code, BigDecimal points) {
        Node n = byCode.get(code);
        RuleViolation.require(n != null && isLeaf(code), "review.score.error.unknownCriterion", code);
        RuleViolation.require(points != null && points.signum() >= 0 && points.compareTo(n.maxPoints()) <= 0
                && points.stripTrailingZeros().scale() <= 2, "review.score.error.range", code,
                n.maxPoints().stripTrailingZeros().toPlainString());
    }

    /**
     * The total of the given leaf points (missing leaves count 0): scored leaves, plus each bonus group's leaves capped
     * at the group's maximum (nested caps apply on the way up), minus deduction leaves, never below 0.
     */
    public BigDecimal total(Map<String, BigDecimal> points) {
        BigDecimal total = BigDecimal.ZERO;
        for (Node root : nodes) {
            if (!root.isRoot()) {
                continue;
            }
            BigDecimal value = subtotal(root, points);
            total = root.kind() == CriterionKind.DEDUCTION ? total.subtract(value) : total.add(value);
        }
        return total.signum() < 0 ? BigDecimal.ZERO : total;
    }

    /** A node's points: a leaf's own, a group's children's sum (capped for bonus groups). */
    public BigDecimal subtotal(String code, Map<String, BigDecimal> points) {
        Node n = byCode.get(code);
        return n == null ? BigDecimal.ZERO : subtotal(n, points);
    }

    private BigDecimal subtotal(Node n, Map<String, BigDecimal> points) {
        List<Node> kids = childrenOf(n.code());
        if (kids.isEmpty()) {
            return Objects.requireNonNullElse(points.get(n.code()), BigDecimal.ZERO);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Node k : kids) {
            sum = sum.add(subtotal(k, points));
        }
        return n.kind() == CriterionKind.BONUS ? sum.min(n.maxPoints()) : sum;
    }

    /** The scored leaves with no points among those given (a bonus or a deduction left empty is simply none). */
    public List<String> missing(Map<String, BigDecimal> points) {
        List<String> missing = new ArrayList<>();
        for (Node leaf : leaves()) {
            if (leaf.kind() == CriterionKind.SCORED && points.get(leaf.code()) == null) {
                missing.add(leaf.code());
            }
        }
        return Collections.unmodifiableList(missing);
    }
}
