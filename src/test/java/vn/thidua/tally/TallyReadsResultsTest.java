package vn.thidua.tally;

import org.junit.jupiter.api.Test;
import vn.thidua.assessment.RecordedResults;
import vn.thidua.assessment.ResultEntry;
import vn.thidua.assessment.ResultValue;
import vn.thidua.organisation.UnitCategory;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the tally turns the results' records ({@link RecordedResults}) into a member's facts. */
class TallyReadsResultsTest {

    private static final Map<String, Integer> RANKS = Map.of("HTXS", 1, "HTT", 2, "HT", 3, "KHT", 4);

    @Test
    void childRatingsCountByRankAndNeverFewerChildrenThanRatings() {
        ChildRatings c = TallyQueries.childRatings(new RecordedResults.RatedChildren(7, UnitCategory.HAMLET, 10,
                Map.of("HTXS", 2, "HTT", 3, "OLD", 4)), RANKS);
        assertEquals(10, c.getTotal());
        assertEquals(5, c.getRated(), "a code outside the campaign's scale is not counted");
        assertEquals(Map.of(1, 2, 2, 3), c.getCountsByRank());
        // a unit retired after it was rated still counts among the rated: the total grows to the ratings
        ChildRatings more = TallyQueries.childRatings(new RecordedResults.RatedChildren(7, UnitCategory.HAMLET, 1,
                Map.of("HT", 3)), RANKS);
        assertEquals(3, more.getTotal());
        assertEquals(0, more.getMissing());
    }

    @Test
    void ownValuesGoToTheirMeasure() {
        MemberFacts facts = new MemberFacts(7, "31048", "Vân Khánh Tây");
        TallyQueries.own(facts, ResultEntry.RATING, ResultValue.rating("HTT"), RANKS);
        TallyQueries.own(facts, "quy", ResultValue.amount(new BigDecimal("50000000.50")), RANKS);
        TallyQueries.own(facts, "bhyt", ResultValue.people(80, 100), RANKS);
        TallyQueries.own(facts, "nha", ResultValue.done(false), RANKS);
        assertEquals(2, facts.getRatingRank());
        assertEquals(new BigDecimal("50000000.50"), facts.getAmounts().get("quy"));
        assertEquals(100, facts.getPeople().get("bhyt").getTotal());
        assertEquals(80, facts.getPeople().get("bhyt").getReached());
        assertFalse(facts.getDone().get("nha"));
        assertEquals(Set.of("quy"), facts.getAmounts().keySet());
    }

    @Test
    void aRatingOutsideTheScaleIsNotRated() {
        MemberFacts facts = new MemberFacts(7, "31048", "Vân Khánh Tây");
        TallyQueries.own(facts, ResultEntry.RATING, ResultValue.rating("OLD"), RANKS);
        assertNull(facts.getRatingRank());
    }

    @Test
    void theRatedCategoriesAreTheHamletsAndMemberOrganisations() {
        assertEquals(Set.of(UnitCategory.HAMLET, UnitCategory.MEMBER_ORG), UnitCategory.ratedByParent());
        assertTrue(UnitCategory.MEMBER_ORG.isRatedByParent());
        assertFalse(UnitCategory.COMMUNE.isRatedByParent());
    }
}
