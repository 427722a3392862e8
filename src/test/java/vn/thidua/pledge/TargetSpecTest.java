package vn.thidua.pledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.pledge.PledgeFixture.done;
import static vn.thidua.pledge.PledgeFixture.hamletCount;
import static vn.thidua.pledge.PledgeFixture.hamletShare;
import static vn.thidua.pledge.PledgeFixture.memberShare;
import static vn.thidua.pledge.PledgeFixture.peopleShare;
import static vn.thidua.pledge.PledgeFixture.quantity;
import static vn.thidua.pledge.PledgeFixture.violation;
import static vn.thidua.pledge.PledgeFixture.violationKey;

/** The rules of one target on its own ({@link TargetSpec#validate}), and the fields each kind clears. */
class TargetSpecTest {

    private static final Set<String> SCALE = Set.of("HTXS", "HTT", "HT", "KHT");
    private static final Set<String> CHILD_CATEGORIES = Set.of("HAMLET", "MEMBER_ORG");

    private static void validate(TargetSpec spec) {
        spec.validate(SCALE, CHILD_CATEGORIES);
    }

    private static String refusal(TargetSpec spec) {
        return violationKey(() -> validate(spec));
    }

    // ---- code, name, kind, scope ----------------------------------------------------------------------------------

    @Test
    void upperCaseCodeIsLowerCasedAndStrippedAndAccepted() {
        TargetSpec spec = hamletShare("  Ban-Cong-Tac-TOT ", "HTT", "80");
        validate(spec);
        assertEquals("ban-cong-tac-tot", spec.getCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ban cong tac", "bàn-công-tác", "ban_cong_tac", "a", "-ban", "", "   ",
        "a12345678901234567890123456789012345678901"})
    void codeWithSpacesDiacriticsOrWrongLengthIsRefused(String code) {
        assertEquals("target.error.badCode", refusal(hamletShare(code, "HTT", "80")));
    }

    @Test
    void missingCodeIsRefused() {
        assertEquals("target.error.badCode", refusal(hamletShare(null, "HTT", "80")));
    }

    @Test
    void codeOfFortyCharactersIsAccepted() {
        TargetSpec spec = hamletShare("a".repeat(40), "HTT", "80");
        validate(spec);
        assertEquals(40, spec.getCode().length());
    }

    @Test
    void nameIsRequiredAndCleaned() {
        TargetSpec blank = hamletShare("ban-cong-tac-tot", "HTT", "80");
        blank.setName("   ");
        var v = violation(() -> validate(blank));
        assertEquals("error.required", v.getKey());
        assertEquals(List.of("name"), v.getArgs());

        TargetSpec spaced = hamletShare("ban-cong-tac-tot", "HTT", "80");
        spaced.setName("  Ban   Công tác ");
        validate(spaced);
        assertEquals("Ban Công tác", spaced.getName());
    }

    @Test
    void kindIsRequired() {
        TargetSpec spec = hamletShare("ban-cong-tac-tot", "HTT", "80");
        spec.setKind(null);
        assertEquals("target.error.kindRequired", refusal(spec));
    }

    @Test
    void scopeIsRequired() {
        TargetSpec spec = quantity("quy-vi-nguoi-ngheo", "50000000", "đồng");
        spec.setEachMember(false);
        spec.setClusterWide(false);
        assertEquals("target.error.scopeRequired", refusal(spec));
    }

    // ---- rated kinds ----------------------------------------------------------------------------------------------

    @Test
    void ratedKindsNeedASubject() {
        TargetSpec share = hamletShare("ban-cong-tac-tot", "HTT", "80");
        share.setSubject(null);
        assertEquals("target.error.subjectRequired", refusal(share));
        TargetSpec count = hamletCount("khong-yeu-kem", "KHT", "0");
        count.setSubject(null);
        assertEquals("target.error.subjectRequired", refusal(count));
    }

    @Test
    void ratedKindsNeedALevelOfTheScale() {
        assertEquals("target.error.levelRequired", refusal(hamletShare("ban-cong-tac-tot", null, "80")));
        assertEquals("target.error.levelRequired", refusal(hamletShare("ban-cong-tac-tot", "XUATSAC", "80")));
        assertEquals("target.error.levelRequired", refusal(hamletCount("khong-yeu-kem", "htt", "0")));
    }

    @Test
    void childUnitsNeedARateableChildCategory() {
        TargetSpec none = hamletShare("ban-cong-tac-tot", "HTT", "80");
        none.setChildCategory(null);
        assertEquals("target.error.childCategoryRequired", refusal(none));
        TargetSpec commune = hamletShare("ban-cong-tac-tot", "HTT", "80");
        commune.setChildCategory("COMMUNE");
        assertEquals("target.error.childCategoryRequired", refusal(commune));
    }

    @Test
    void memberUnitsWithEachMemberAreRefusedBecauseTheyAreClusterWide() {
        TargetSpec spec = memberShare("uy-ban-xa-tot", "HTT", "100");
        spec.setEachMember(true);
        assertEquals("target.error.membersAreClusterWide", refusal(spec));
    }

    @Test
    void memberUnitsClearTheChildCategory() {
        TargetSpec spec = memberShare("uy-ban-xa-tot", "HTT", "100");
        spec.setChildCategory("HAMLET");
        validate(spec);
        assertNull(spec.getChildCategory());
        assertEquals(TargetSubject.MEMBER_UNITS, spec.getSubject());
        assertEquals("HTT", spec.getLevelCode());
    }

    // ---- percentages ----------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "-5", "100.01", "101", "12.345", "0.001"})
    void percentOutsideZeroToHundredOrWithThreeDecimalsIsRefused(String threshold) {
        assertEquals("target.error.percentRange", refusal(hamletShare("ban-cong-tac-tot", "HTT", threshold)));
        assertEquals("target.error.percentRange", refusal(peopleShare("gia-dinh-van-hoa", threshold)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"100", "100.00", "0.01", "80", "80.5", "12.340", "1E+2"})
    void percentAboveZeroUpToHundredWithTwoDecimalsIsAccepted(String threshold) {
        TargetSpec spec = hamletShare("ban-cong-tac-tot", "HTT", threshold);
        validate(spec);
        assertEquals(0, new BigDecimal(threshold).compareTo(spec.getThreshold()));
    }

    @Test
    void percentIsRequired() {
        TargetSpec share = hamletShare("ban-cong-tac-tot", "HTT", "80");
        share.setThreshold(null);
        assertEquals("target.error.percentRequired", refusal(share));
        TargetSpec people = peopleShare("gia-dinh-van-hoa", "80");
        people.setThreshold(null);
        assertEquals("target.error.percentRequired", refusal(people));
    }

    // ---- counts ---------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"0", "3", "2.0", "1E+1"})
    void countOfZeroOrAWholeNumberIsAccepted(String threshold) {
        TargetSpec spec = hamletCount("khong-yeu-kem", "KHT", threshold);
        validate(spec);
        assertEquals(0, new BigDecimal(threshold).compareTo(spec.getThreshold()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "1.5", "0.01"})
    void negativeOrFractionalCountIsRefused(String threshold) {
        assertEquals("target.error.countRange", refusal(hamletCount("khong-yeu-kem", "KHT", threshold)));
    }

    @Test
    void countIsRequired() {
        TargetSpec spec = hamletCount("khong-yeu-kem", "KHT", "0");
        spec.setThreshold(null);
        assertEquals("target.error.countRequired", refusal(spec));
    }

    // ---- quantities -----------------------------------------------------------------------------------------------

    @Test
    void quantityNeedsAUnitOfMeasure() {
        TargetSpec spec = quantity("quy-vi-nguoi-ngheo", "50000000", " ");
        var v = violation(() -> validate(spec));
        assertEquals("error.required", v.getKey());
        assertEquals(List.of("unitOfMeasure"), v.getArgs());
    }

    @Test
    void quantityNeedsADefaultQuota() {
        TargetSpec spec = quantity("quy-vi-nguoi-ngheo", "1", "đồng");
        spec.setThreshold(null);
        assertEquals("target.error.quotaRequired", refusal(spec));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "0.001", "1E+15", "1000000000000000"})
    void quantityOutOfRangeIsRefused(String threshold) {
        assertEquals("target.error.quotaRange", refusal(quantity("quy-vi-nguoi-ngheo", threshold, "đồng")));
    }

    @Test
    void quantityOfZeroAndTwoDecimalsIsAccepted() {
        validate(quantity("quy-vi-nguoi-ngheo", "0", "đồng"));
        validate(quantity("quy-vi-nguoi-ngheo", "999999999999999.99", "đồng"));
    }

    @Test
    void ownQuotasMustBeNonNegative() {
        TargetSpec negative = quantity("quy-vi-nguoi-ngheo", "50000000", "đồng");
        negative.getQuotas().put(31042L, new BigDecimal("-1"));
        assertEquals("target.error.quotaRange", refusal(negative));
        TargetSpec missing = quantity("quy-vi-nguoi-ngheo", "50000000", "đồng");
        missing.getQuotas().put(31042L, null);
        assertEquals("target.error.quotaRange", refusal(missing));
        TargetSpec zero = quantity("quy-vi-nguoi-ngheo", "50000000", "đồng");
        zero.getQuotas().put(31042L, BigDecimal.ZERO);
        validate(zero);
        assertEquals(BigDecimal.ZERO, zero.getQuotas().get(31042L));
    }

    @Test
    void quantityClearsLevelSubjectCategoryAndBase() {
        TargetSpec spec = quantity("quy-vi-nguoi-ngheo", "50000000", "đồng");
        spec.setLevelCode("HTT");
        spec.setSubject(TargetSubject.CHILD_UNITS);
        spec.setChildCategory("HAMLET");
        spec.setBaseCode("ban-cong-tac-tot");
        spec.setPeopleGroup("hộ");
        spec.setPeopleTitle("danh hiệu");
        spec.setDeadline(LocalDate.of(2022, 6, 30));
        validate(spec);
        assertNull(spec.getLevelCode());
        assertNull(spec.getSubject());
        assertNull(spec.getChildCategory());
        assertNull(spec.getBaseCode());
        assertNull(spec.getPeopleGroup());
        assertNull(spec.getPeopleTitle());
        assertNull(spec.getDeadline());
        assertEquals("đồng", spec.getUnitOfMeasure());
    }

    // ---- people shares and done -----------------------------------------------------------------------------------

    @Test
    void peopleShareNeedsGroupAndTitle() {
        TargetSpec noGroup = peopleShare("gia-dinh-van-hoa", "90");
        noGroup.setPeopleGroup(null);
        var v = violation(() -> validate(noGroup));
        assertEquals("error.required", v.getKey());
        assertEquals(List.of("peopleGroup"), v.getArgs());

        TargetSpec noTitle = peopleShare("gia-dinh-van-hoa", "90");
        noTitle.setPeopleTitle("");
        v = violation(() -> validate(noTitle));
        assertEquals("error.required", v.getKey());
        assertEquals(List.of("peopleTitle"), v.getArgs());
    }

    @Test
    void peopleShareClearsRatingFieldsAndQuotas() {
        TargetSpec spec = peopleShare("gia-dinh-van-hoa", "90");
        spec.setSubject(TargetSubject.MEMBER_UNITS);
        spec.setLevelCode("HTT");
        spec.setUnitOfMeasure("hộ");
        spec.getQuotas().put(31042L, BigDecimal.TEN);
        validate(spec);
        assertNull(spec.getSubject());
        assertNull(spec.getLevelCode());
        assertNull(spec.getUnitOfMeasure());
        assertTrue(spec.getQuotas().isEmpty());
        assertEquals("hộ gia đình", spec.getPeopleGroup());
    }

    @Test
    void doneClearsTheThresholdAndKeepsTheDeadline() {
        TargetSpec spec = done("ngay-hoi", LocalDate.of(2022, 11, 18));
        spec.setThreshold(new BigDecimal("100"));
        spec.setUnitOfMeasure("cuộc");
        validate(spec);
        assertNull(spec.getThreshold());
        assertNull(spec.getUnitOfMeasure());
        assertEquals(LocalDate.of(2022, 11, 18), spec.getDeadline());
    }

    @Test
    void deadlineIsClearedForEveryKindButDone() {
        TargetSpec share = hamletShare("ban-cong-tac-tot", "HTT", "80");
        share.setDeadline(LocalDate.of(2022, 6, 30));
        validate(share);
        assertNull(share.getDeadline());
    }

    @Test
    void ratedKindsClearPeopleFieldsUnitOfMeasureAndQuotas() {
        TargetSpec spec = hamletShare("ban-cong-tac-tot", "HTT", "80");
        spec.setPeopleGroup("hộ");
        spec.setPeopleTitle("danh hiệu");
        spec.setUnitOfMeasure("đồng");
        spec.getQuotas().put(31042L, BigDecimal.TEN);
        validate(spec);
        assertNull(spec.getPeopleGroup());
        assertNull(spec.getPeopleTitle());
        assertNull(spec.getUnitOfMeasure());
        assertTrue(spec.getQuotas().isEmpty());
    }

    // ---- "of which" base ------------------------------------------------------------------------------------------

    @Test
    void baseIsKeptLowerCasedOnlyForRatedShares() {
        TargetSpec share = hamletShare("ban-cong-tac-xuat-sac", "HTXS", "30");
        share.setBaseCode(" Ban-Cong-Tac-Tot ");
        validate(share);
        assertEquals("ban-cong-tac-tot", share.getBaseCode());

        TargetSpec count = hamletCount("khong-yeu-kem", "KHT", "0");
        count.setBaseCode("ban-cong-tac-tot");
        validate(count);
        assertNull(count.getBaseCode());

        TargetSpec people = peopleShare("gia-dinh-van-hoa", "90");
        people.setBaseCode("ban-cong-tac-tot");
        validate(people);
        assertNull(people.getBaseCode());
    }

    @Test
    void blankBaseMeansNoBase() {
        TargetSpec share = hamletShare("ban-cong-tac-xuat-sac", "HTXS", "30");
        share.setBaseCode("   ");
        validate(share);
        assertNull(share.getBaseCode());
    }

    @Test
    void baseEqualToOwnCodeIsRefused() {
        TargetSpec share = hamletShare("ban-cong-tac-tot", "HTT", "80");
        share.setBaseCode("BAN-CONG-TAC-TOT");
        assertEquals("target.error.baseSelf", refusal(share));
    }
}
