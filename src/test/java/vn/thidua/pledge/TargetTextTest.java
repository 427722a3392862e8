package vn.thidua.pledge;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.campaign.RatingLevel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.thidua.pledge.PledgeFixture.done;
import static vn.thidua.pledge.PledgeFixture.peopleShare;
import static vn.thidua.pledge.PledgeFixture.quantity;

/** The An Minh standard pledge and its targets said in Vietnamese, with the real message bundle. */
class TargetTextTest {

    private static final Locale VI = new Locale("vi");

    private PledgeFixture f;
    private Pledge pledge;
    private PledgeVersion v;
    private TargetText words;

    @BeforeEach
    void setUp() {
        f = new PledgeFixture();
        pledge = StandardPledge.create(f.cluster, f.scale, f.units);
        v = pledge.current();
        Map<String, String> names = new LinkedHashMap<>();
        for (RatingLevel level : f.scale) {
            names.put(level.getCode(), level.getName());
        }
        words = new TargetText(VI, names);
    }

    private PledgeTarget target(String code) {
        return v.targetByCode(code).orElseThrow(() -> new AssertionError("no target " + code));
    }

    // ---- the standard pledge --------------------------------------------------------------------------------------

    @Test
    void standardPledgeHasFiveClausesAndSixTargets() {
        assertEquals(5, v.getClauses().size());
        assertEquals(List.of(1, 2, 3, 4, 5), v.getClauses().stream().map(PledgeClause::getPosition).toList());
        assertEquals(List.of("ban-cong-tac-tot", "ban-cong-tac-xuat-sac", "ban-cong-tac-khong-yeu-kem", "uy-ban-xa-tot",
                "uy-ban-xa-xuat-sac", "quy-vi-nguoi-ngheo"), v.getTargets().stream().map(PledgeTarget::getCode).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), v.getTargets().stream().map(PledgeTarget::getPosition).toList());
    }

    @Test
    void standardPledgeIsADraftOfTheClusterSignedByChairsAndViceChairs() {
        assertEquals(PledgeStatus.DRAFT, v.getStatus());
        assertEquals(1, v.getNumber());
        assertEquals("Giao ước thi đua năm 2022 — Cụm thi đua số 1", v.getTitle());
        assertEquals("An Minh", v.getPlace(), "the organiser's name without 'Huyện'");
        assertTrue(v.getPreamble().contains("Ủy ban MTTQ Việt Nam An Minh"), v.getPreamble());
        assertEquals(SignerPolicy.CHAIRS_AND_VICE_CHAIRS, v.getSignerPolicy());
        assertEquals(f.cluster, pledge.getCluster());
        assertEquals(f.campaign, pledge.getCampaign());
    }

    @Test
    void standardTargetsUseTheScaleLevelsAndClauses() {
        assertEquals("HTT", target("ban-cong-tac-tot").getLevelCode());
        assertEquals("HTXS", target("ban-cong-tac-xuat-sac").getLevelCode());
        assertEquals("KHT", target("ban-cong-tac-khong-yeu-kem").getLevelCode());
        assertEquals(TargetKind.RATED_COUNT_AT_MOST, target("ban-cong-tac-khong-yeu-kem").getKind());
        assertEquals("HAMLET", target("ban-cong-tac-tot").getChildCategory());
        assertEquals(TargetSubject.MEMBER_UNITS, target("uy-ban-xa-tot").getSubject());
        assertEquals(4, target("uy-ban-xa-xuat-sac").getClausePosition());
        PledgeTarget fund = target("quy-vi-nguoi-ngheo");
        assertEquals(TargetKind.QUANTITY, fund.getKind());
        assertEquals(3, fund.getClausePosition());
        assertEquals("đồng", fund.getUnitOfMeasure());
        assertEquals(0, new BigDecimal("50000000").compareTo(fund.quotaOf(f.vanKhanh)));
    }

    // ---- thresholds -----------------------------------------------------------------------------------------------

    @Test
    void ratedShareThresholdReadsAtLeastPercent() {
        assertEquals("≥ 80 %", words.threshold(target("ban-cong-tac-tot")));
        assertEquals("≥ 30 %", words.threshold(target("ban-cong-tac-xuat-sac")));
        assertEquals("≥ 100 %", words.threshold(target("uy-ban-xa-tot")));
    }

    @Test
    void countAtMostThresholdReadsAtMost() {
        assertEquals("≤ 0", words.threshold(target("ban-cong-tac-khong-yeu-kem")));
    }

    @Test
    void quantityThresholdUsesVietnameseGroupingAndTheUnitOfMeasure() {
        assertEquals("≥ 50.000.000 đồng", words.threshold(target("quy-vi-nguoi-ngheo")));
    }

    @Test
    void quantityWithOwnQuotasSaysSo() {
        TargetSpec fund = quantity("quy-vi-nguoi-ngheo", "50000000", "đồng");
        fund.getQuotas().put(f.vanKhanh.getId(), new BigDecimal("60000000"));
        assertEquals("≥ 50.000.000 đồng (chỉ tiêu riêng từng đơn vị)", words.threshold(fund));
    }

    @Test
    void fractionalPercentUsesADecimalComma() {
        assertEquals("≥ 80,5 %", words.threshold(peopleShare("gia-dinh-van-hoa", "80.50")));
    }

    @Test
    void doneReadsDoneOrDoneByItsDeadline() {
        assertEquals("Hoàn thành", words.threshold(done("ngay-hoi", null)));
        assertEquals("Hoàn thành trước 18/11/2022", words.threshold(done("ngay-hoi", LocalDate.of(2022, 11, 18))));
    }

    @Test
    void numbersAreGroupedWithDotsAndNeverScientific() {
        assertEquals("1.234.567,25", words.number(new BigDecimal("1234567.25")));
        assertEquals("80", words.number(new BigDecimal("8E+1")));
        assertEquals("80", words.number(new BigDecimal("80.00")));
        assertEquals("0", words.number(BigDecimal.ZERO));
        assertEquals("", words.number(null));
    }

    // ---- measures and scopes --------------------------------------------------------------------------------------

    @Test
    void ratedShareMeasureNamesTheSubjectAndTheLevel() {
        assertEquals("Tỷ lệ Ban Công tác Mặt trận ấp, khu phố xếp loại “Hoàn thành tốt nhiệm vụ” trở lên",
                words.measure(target("ban-cong-tac-tot")));
        assertEquals("Tỷ lệ đơn vị thành viên của cụm xếp loại “Hoàn thành xuất sắc nhiệm vụ” trở lên",
                words.measure(target("uy-ban-xa-xuat-sac")));
    }

    @Test
    void ratedCountMeasureReadsLevelOrWorse() {
        assertEquals("Số Ban Công tác Mặt trận ấp, khu phố xếp loại “Không hoàn thành nhiệm vụ” trở xuống",
                words.measure(target("ban-cong-tac-khong-yeu-kem")));
    }

    @Test
    void ofWhichMeasureNamesItsBase() {
        TargetSpec spec = target("ban-cong-tac-xuat-sac").toSpec();
        spec.setBaseCode("ban-cong-tac-tot");
        assertEquals("Tỷ lệ Ban Công tác Mặt trận ấp, khu phố xếp loại “Hoàn thành xuất sắc nhiệm vụ” trở lên "
                + "(trong số đạt chỉ tiêu ban-cong-tac-tot)", words.measure(spec));
    }

    @Test
    void peopleShareMeasureNamesGroupAndTitle() {
        assertEquals("Tỷ lệ hộ gia đình đạt danh hiệu “Gia đình văn hóa”", words.measure(peopleShare("gia-dinh-van-hoa", "90")));
    }

    @Test
    void quantityMeasureIsItsName() {
        assertEquals("Vận động Quỹ “Vì người nghèo” đạt chỉ tiêu được giao", words.measure(target("quy-vi-nguoi-ngheo")));
    }

    @Test
    void scopeReadsEachUnitClusterOrBoth() {
        assertEquals("Từng đơn vị", words.scope(target("ban-cong-tac-tot")));
        assertEquals("Toàn cụm", words.scope(target("uy-ban-xa-tot")));
        assertEquals("Từng đơn vị và toàn cụm", words.scope(target("quy-vi-nguoi-ngheo")));
    }

    @Test
    void everyKindHasAName() {
        for (TargetKind kind : TargetKind.values()) {
            String name = words.kind(kind);
            assertTrue(!name.isBlank() && !name.startsWith("target."), kind + " → " + name);
        }
        assertEquals(5, Set.of(TargetKind.values()).stream().map(words::kind).distinct().count());
    }

    @Test
    void pledgeTextListsTheFundWithThresholdScopeAndClause() {
        String text = PledgeText.render(v, words);
        assertTrue(text.startsWith("# Giao ước thi đua năm 2022 — Cụm thi đua số 1\n@ An Minh · CHAIRS_AND_VICE_CHAIRS\n"), text);
        assertTrue(text.contains("\n## 3. Quỹ “Vì người nghèo”\n"), text);
        assertTrue(text.contains("* [quy-vi-nguoi-ngheo] Vận động Quỹ “Vì người nghèo” đạt chỉ tiêu được giao — "
                + "Vận động Quỹ “Vì người nghèo” đạt chỉ tiêu được giao — ≥ 50.000.000 đồng — Từng đơn vị và toàn cụm — §3\n"), text);
        assertTrue(text.contains("* [ban-cong-tac-khong-yeu-kem] Không có Ban Công tác Mặt trận yếu kém — Số Ban Công tác Mặt trận "
                + "ấp, khu phố xếp loại “Không hoàn thành nhiệm vụ” trở xuống — ≤ 0 — Từng đơn vị — §4\n"), text);
    }
}
