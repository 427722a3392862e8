package vn.thidua.review;

import org.junit.jupiter.api.Test;
import vn.thidua.shared.RuleViolation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoringSheetTest {

    static ScoringSheet.Node node(String code, String parent, CriterionKind kind, String max) {
        return new ScoringSheet.Node(code, parent, "Tiêu chí " + code, kind, new BigDecimal(max), false, null, null);
    }

    static List<ScoringSheet.Node> standard() {
        List<ScoringSheet.Node> nodes = new ArrayList<>();
        nodes.add(node("I", null, CriterionKind.SCORED, "60"));
        nodes.add(node("1.1", "I", CriterionKind.SCORED, "30"));
        nodes.add(node("1.2", "I", CriterionKind.SCORED, "30"));
        nodes.add(node("II", null, CriterionKind.SCORED, "40"));
        nodes.add(new ScoringSheet.Node("2.1", "II", "Quỹ", CriterionKind.SCORED, new BigDecimal("40"), true, "quy", LinkMode.PROPORTIONAL));
        nodes.add(node("V", null, CriterionKind.BONUS, "5"));
        nodes.add(node("5.1", "V", CriterionKind.BONUS, "3"));
        nodes.add(node("5.2", "V", CriterionKind.BONUS, "4"));
        nodes.add(node("VI", null, CriterionKind.DEDUCTION, "10"));
        nodes.add(node("6.1", "VI", CriterionKind.DEDUCTION, "10"));
        return nodes;
    }

    @Test
    void aWellFormedTreeTotalsScoredPlusCappedBonusMinusDeductions() {
        ScoringSheet sheet = ScoringSheet.of(standard());
        assertEquals(0, new BigDecimal("100").compareTo(sheet.maxTotal()));
        Map<String, BigDecimal> points = Map.of("1.1", new BigDecimal("30"), "1.2", new BigDecimal("25.5"),
                "2.1", new BigDecimal("40"), "5.1", new BigDecimal("3"), "5.2", new BigDecimal("4"), "6.1", new BigDecimal("2"));
        // 30 + 25.5 + 40 + min(7, 5) - 2
        assertEquals(0, new BigDecimal("98.5").compareTo(sheet.total(points)));
        assertEquals(0, new BigDecimal("55.5").compareTo(sheet.subtotal("I", points)));
        assertEquals(0, new BigDecimal("5").compareTo(sheet.subtotal("V", points)));
    }

    @Test
    void totalNeverGoesBelowZeroAndMissingLeavesCountNothing() {
        ScoringSheet sheet = ScoringSheet.of(standard());
        assertEquals(0, BigDecimal.ZERO.compareTo(sheet.total(Map.of("6.1", new BigDecimal("10")))));
        assertEquals(List.of("1.1", "1.2", "2.1"), sheet.missing(Map.of()));
    }

    @Test
    void childrenAboveTheirGroupAreRefusedOnTheGroupsLine() {
        List<ScoringSheet.Node> nodes = standard();
        nodes.set(2, node("1.2", "I", CriterionKind.SCORED, "30.01"));
        List<ScoringSheet.Problem> problems = ScoringSheet.check(nodes);
        assertEquals(1, problems.size());
        assertEquals(0, problems.get(0).index());
        assertEquals("review.criterion.error.childrenExceed", problems.get(0).violation().getKey());
        assertEquals(List.of("I", "60.01", "60"), problems.get(0).violation().getArgs());
    }

    @Test
    void aBonusGroupsMaximumIsACapNotASum() {
        // 3 + 4 > 5 is allowed for bonus, refused for the scored group below
        assertTrue(ScoringSheet.check(standard()).isEmpty());
    }

    @Test
    void eachFieldRuleIsReportedAtItsIndex() {
        List<ScoringSheet.Node> nodes = new ArrayList<>(standard());
        nodes.add(node("1.1", "I", CriterionKind.SCORED, "1"));            // duplicate
        nodes.add(node("x y", null, CriterionKind.SCORED, "1"));           // bad code
        nodes.add(node("9.1", "IX", CriterionKind.SCORED, "1"));           // unknown parent
        nodes.add(node("6.2", "VI", CriterionKind.SCORED, "1"));           // kind differs from parent
        nodes.add(node("Z", null, CriterionKind.SCORED, "0"));             // max not positive
        nodes.add(node("Z2", null, CriterionKind.SCORED, "1.005"));        // three decimals
        nodes.add(new ScoringSheet.Node("Z3", null, "Z3", CriterionKind.BONUS, BigDecimal.ONE, false, "t", LinkMode.ALL_OR_NOTHING));
        nodes.add(new ScoringSheet.Node("Z4", null, "Z4", CriterionKind.SCORED, BigDecimal.ONE, false, "t", null));
        nodes.add(new ScoringSheet.Node("Z5", null, " ", CriterionKind.SCORED, BigDecimal.ONE, false, null, null));
        List<String> keys = ScoringSheet.check(nodes).stream().map(p -> p.index() + ":" + p.violation().getKey()).toList();
        assertEquals(List.of("10:review.criterion.error.duplicateCode", "11:review.criterion.error.badCode",
                "12:review.criterion.error.unknownParent", "13:review.criterion.error.kindOfParent",
                "14:review.criterion.error.maxPoints", "15:review.criterion.error.maxPoints",
                "16:review.criterion.error.linkKind", "17:review.criterion.error.linkMode", "18:review.criterion.error.name"), keys);
    }

    @Test
    void aParentMustComeBeforeItsChildrenAndAGroupCannotBeLinked() {
        List<ScoringSheet.Node> nodes = new ArrayList<>();
        nodes.add(node("1.1", "I", CriterionKind.SCORED, "5"));
        nodes.add(node("I", null, CriterionKind.SCORED, "10"));
        assertEquals("review.criterion.error.unknownParent", ScoringSheet.check(nodes).get(0).violation().getKey());
        List<ScoringSheet.Node> linked = new ArrayList<>();
        linked.add(new ScoringSheet.Node("I", null, "I", CriterionKind.SCORED, BigDecimal.TEN, false, "t", LinkMode.ALL_OR_NOTHING));
        linked.add(node("1.1", "I", CriterionKind.SCORED, "5"));
        assertEquals("review.criterion.error.linkOnGroup", ScoringSheet.check(linked).get(0).violation().getKey());
    }

    @Test
    void pointsOutsideALeafsRangeAreRefused() {
        ScoringSheet sheet = ScoringSheet.of(standard());
        sheet.requireInRange("1.1", new BigDecimal("30"));
        sheet.requireInRange("1.1", BigDecimal.ZERO);
        assertEquals("review.score.error.range",
                assertThrows(RuleViolation.class, () -> sheet.requireInRange("1.1", new BigDecimal("30.5"))).getKey());
        assertThrows(RuleViolation.class, () -> sheet.requireInRange("1.1", new BigDecimal("-1")));
        assertThrows(RuleViolation.class, () -> sheet.requireInRange("1.1", new BigDecimal("1.234")));
        assertEquals("review.score.error.unknownCriterion",
                assertThrows(RuleViolation.class, () -> sheet.requireInRange("I", BigDecimal.ONE)).getKey());
    }

    @Test
    void depthAndLeaves() {
        ScoringSheet sheet = ScoringSheet.of(standard());
        assertEquals(0, sheet.depth("I"));
        assertEquals(1, sheet.depth("1.2"));
        assertEquals(List.of("1.1", "1.2", "2.1", "5.1", "5.2", "6.1"), sheet.leaves().stream().map(ScoringSheet.Node::code).toList());
    }
}
