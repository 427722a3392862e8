package vn.thidua.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.thidua.review.CriterionKind;
import vn.thidua.review.LinkMode;
import vn.thidua.review.ReviewService;
import vn.thidua.review.ScoringSheet;
import vn.thidua.review.ScoringSheetService;
import vn.thidua.review.SheetXlsx;
import vn.thidua.security.Actor;
import vn.thidua.security.Role;
import vn.thidua.shared.files.UploadedFile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The demo's year-end review of An Minh 2022, through the same use cases as the pages: the Front's usual scoring sheet
 * (five areas of 100 points, bonus capped at 5, deductions, criteria linked to the pledge's targets); Cụm số 1 fully
 * self-scored with evidence, reviewed by its leader (one score lowered with a reason), finalised by staff, its meeting
 * recorded with the vote honouring Vân Khánh Tây, next year's leader elected, and its proposals made; Cụm số 2 still
 * self-scoring (Đông Thạnh half-way). Member units without a demo account act through a stand-in actor named after
 * the unit ("demo.31042"), which the audit shows as such.
 */
@ApplicationScoped
public class DemoReview {

    private static final Logger LOG = Logger.getLogger(DemoReview.class.getName());

    /** code, parent, name, kind, max, evidence, target, link mode: the import format, so the template shows the same. */
    private static final String[][] SHEET = {
        {"I", "", "Công tác tuyên truyền, vận động nhân dân", "SCORED", "20", "no", "", ""},
        {"1.1", "I", "Tuyên truyền chủ trương, chính sách; nắm tình hình nhân dân, báo cáo định kỳ", "SCORED", "10", "no", "", ""},
        {"1.2", "I", "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở 100 % khu dân cư", "SCORED", "10", "yes", "", ""},
        {"II", "", "Củng cố tổ chức; Ban Công tác Mặt trận ấp, khu phố", "SCORED", "30", "no", "", ""},
        {"2.1", "II", "≥ 80 % Ban Công tác Mặt trận hoàn thành tốt nhiệm vụ", "SCORED", "10", "no", "ban-cong-tac-tot", "ALL_OR_NOTHING"},
        {"2.2", "II", "Trong đó ≥ 30 % hoàn thành xuất sắc nhiệm vụ", "SCORED", "10", "no", "ban-cong-tac-xuat-sac", "PROPORTIONAL"},
        {"2.3", "II", "Không có Ban Công tác Mặt trận yếu kém", "SCORED", "10", "no", "ban-cong-tac-khong-yeu-kem", "ALL_OR_NOTHING"},
        {"III", "", "Các cuộc vận động và phong trào thi đua", "SCORED", "30", "no", "", ""},
        {"3.1", "III", "Quỹ “Vì người nghèo” đạt chỉ tiêu được giao", "SCORED", "15", "no", "quy-vi-nguoi-ngheo", "PROPORTIONAL"},
        {"3.2", "III", "Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”", "SCORED", "15", "yes", "", ""},
        {"IV", "", "Giám sát, phản biện xã hội; phối hợp thực hiện nhiệm vụ", "SCORED", "20", "no", "", ""},
        {"4.1", "IV", "Giám sát và phản biện xã hội theo kế hoạch", "SCORED", "10", "no", "", ""},
        {"4.2", "IV", "Tham gia xây dựng Đảng, chính quyền; tiếp nhận, chuyển kiến nghị cử tri", "SCORED", "10", "no", "", ""},
        {"V", "", "Điểm thưởng (tối đa 5 điểm)", "BONUS", "5", "no", "", ""},
        {"5.1", "V", "Mô hình, cách làm hay được cấp trên ghi nhận, nhân rộng", "BONUS", "3", "yes", "", ""},
        {"5.2", "V", "Được khen thưởng đột xuất", "BONUS", "3", "yes", "", ""},
        {"VI", "", "Điểm trừ", "DEDUCTION", "10", "no", "", ""},
        {"6.1", "VI", "Báo cáo chậm, không đúng thời gian quy định", "DEDUCTION", "5", "no", "", ""},
        {"6.2", "VI", "Để xảy ra khiếu kiện đông người kéo dài", "DEDUCTION", "5", "no", "", ""},
    };

    /** Cụm số 1's self-scores: share of each typed criterion's maximum, and bonus / deduction points. */
    private static final Map<String, double[]> CLUSTER_1 = new LinkedHashMap<>();

    static {
        // share of max for 1.1, 1.2, 3.2, 4.1, 4.2; then 5.1, 5.2 (bonus), 6.1, 6.2 (deduction)
        CLUSTER_1.put("31048", new double[] {1.0, 1.0, 0.95, 1.0, 0.95, 3, 2, 0, 0});
        CLUSTER_1.put("31042", new double[] {0.95, 0.9, 0.9, 0.9, 1.0, 2, 0, 0, 0});
        CLUSTER_1.put("31045", new double[] {0.8, 0.7, 0.7, 0.8, 0.8, 0, 0, 1, 0});
        CLUSTER_1.put("31033", new double[] {0.9, 0.9, 0.85, 0.9, 0.9, 1, 0, 0, 0});
        CLUSTER_1.put("31036", new double[] {0.95, 0.9, 0.9, 0.95, 0.9, 2, 0, 0, 0});
        CLUSTER_1.put("31039", new double[] {0.85, 0.8, 0.8, 0.85, 0.85, 0, 0, 0, 0});
    }

    private static final String[] TYPED = {"1.1", "1.2", "3.2", "4.1", "4.2", "5.1", "5.2", "6.1", "6.2"};

    @PersistenceContext
    EntityManager em;

    @Inject
    ScoringSheetService sheets;

    @Inject
    ReviewService review;

    void load(long campaignId, Actor staff, Actor vanKhanhTay, Actor dongThanh) {
        sheet(campaignId, staff);

        long cluster1 = clusterId(campaignId, "Cụm số 1");
        for (Map.Entry<String, double[]> e : CLUSTER_1.entrySet()) {
            Actor chair = e.getKey().equals("31048") ? vanKhanhTay : standIn(e.getKey());
            long sheet = review.open(chair, cluster1, unitId(e.getKey()));
            review.saveSelf(chair, sheet, lines(e.getValue(), e.getKey()));
            for (String code : List.of("1.2", "3.2")) {
                review.addEvidence(chair, sheet, code, evidence(code, e.getKey()));
            }
            double[] v = e.getValue();
            if (v[5] > 0) {
                review.addEvidence(chair, sheet, "5.1", evidence("5.1", e.getKey()));
            }
            if (v[6] > 0) {
                review.addEvidence(chair, sheet, "5.2", evidence("5.2", e.getKey()));
            }
            review.submit(chair, sheet);
            // the leader reviews the members; the deputy (Vân Khánh) reviews the leader's own sheet
            Actor reviewer = e.getKey().equals("31048") ? standIn("31042") : vanKhanhTay;
            if (e.getKey().equals("31045")) {
                review.saveReview(reviewer, sheet, List.of(new ReviewService.ScoreLine("1.2", new BigDecimal("6"),
                        "Chưa tổ chức Ngày hội ở 2 ấp; biên bản không đủ chữ ký.")));
            }
            if (e.getKey().equals("31036")) {
                review.saveReview(reviewer, sheet, List.of(new ReviewService.ScoreLine("5.1", new BigDecimal("1"),
                        "Mô hình mới được huyện ghi nhận, chưa nhân rộng.")));
            }
            review.completeReview(reviewer, sheet);
        }
        review.finaliseCluster(staff, cluster1);
        Map<Long, Integer> votes = new LinkedHashMap<>();
        votes.put(unitId("31048"), 16);
        votes.put(unitId("31042"), 2);
        review.recordMeeting(vanKhanhTay, cluster1, new ReviewService.MeetingRecord(LocalDate.of(2022, 12, 15),
                "Hội trường UBND xã Vân Khánh Tây", 18, 18,
                "Chủ tịch, Phó Chủ tịch UB MTTQ Việt Nam 6 xã trong cụm; đại diện Ban Thường trực UB MTTQ Việt Nam huyện An Minh",
                "Hội nghị tổng kết công tác thi đua năm 2022 của Cụm thi đua số 1. Các đơn vị thống nhất kết quả chấm điểm, "
                        + "bỏ phiếu suy tôn xã Vân Khánh Tây dẫn đầu phong trào thi đua, đề nghị khen thưởng theo danh sách kèm theo; "
                        + "bầu xã Vân Khánh làm Cụm trưởng, xã Vân Khánh Đông làm Cụm phó năm 2023.",
                votes, unitId("31042"), unitId("31045")), null);
        propose(vanKhanhTay, cluster1, "31048", "co-thi-dua-ubmttq-tinh",
                "Dẫn đầu cụm: 100 % Ban Công tác Mặt trận hoàn thành tốt nhiệm vụ, vượt chỉ tiêu Quỹ “Vì người nghèo”.");
        propose(vanKhanhTay, cluster1, "31048", "bang-khen-ubmttq-tinh", "Hoàn thành xuất sắc nhiệm vụ năm 2022.");
        propose(vanKhanhTay, cluster1, "31042", "giay-khen-ubmttq", "Hoàn thành xuất sắc nhiệm vụ, xếp thứ hai trong cụm.");

        long cluster2 = clusterId(campaignId, "Cụm số 2");
        long sheet = review.open(dongThanh, cluster2, dongThanh.getUnitId());
        review.saveSelf(dongThanh, sheet, List.of(
                new ReviewService.ScoreLine("1.1", new BigDecimal("9.5"), "Báo cáo đầy đủ, đúng hạn 12/12 tháng."),
                new ReviewService.ScoreLine("1.2", new BigDecimal("9"), null),
                new ReviewService.ScoreLine("4.1", new BigDecimal("8.5"), null)));
        LOG.info("Demo review loaded: Cụm số 1 finalised with its meeting and proposals, Cụm số 2 self-scoring");
    }


    /** The Front's usual scoring sheet and its tie-break area (also the second district's, DemoSecondDistrict). */
    void sheet(long campaignId, Actor staff) {
        List<SheetXlsx.Row> rows = new ArrayList<>();
        int line = 2;
        for (String[] r : SHEET) {
            rows.add(new SheetXlsx.Row(line++, r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7]));
        }
        sheets.importRows(staff, campaignId, rows);
        sheets.setTieBreak(staff, campaignId, "II");
    }
    private void propose(Actor actor, long cluster, String unit, String award, String reason) {
        review.propose(actor, cluster, unitId(unit), awardId(award), reason);
    }

    private static List<ReviewService.ScoreLine> lines(double[] shares, String unit) {
        List<ReviewService.ScoreLine> lines = new ArrayList<>();
        double[] max = {10, 10, 15, 10, 10};
        for (int i = 0; i < TYPED.length; i++) {
            BigDecimal points = i < 5
                    ? BigDecimal.valueOf(max[i] * shares[i]).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros()
                    : BigDecimal.valueOf(shares[i]).setScale(0, RoundingMode.HALF_UP);
            String note = switch (TYPED[i]) {
                case "1.2" -> "Tổ chức Ngày hội ở các ấp, có biên bản và hình ảnh.";
                case "3.2" -> "Xây dựng " + (unit.hashCode() % 3 + 2) + " tuyến đường hoa; vận động hiến đất làm đường.";
                default -> null;
            };
            lines.add(new ReviewService.ScoreLine(TYPED[i], points, note));
        }
        return lines;
    }

    private UploadedFile evidence(String criterion, String unit) {
        return UploadedFile.check("minh-chung-" + unit + "-" + criterion + ".png", DemoPledges.scan(), 10L * 1024 * 1024);
    }

    private Actor standIn(String code) {
        Object[] u = em.createQuery("SELECT u.id, u.path FROM Unit u WHERE u.code = :c", Object[].class)
                .setParameter("c", code).getSingleResult();
        return new Actor(0, "demo." + code, Role.CHAIR, (Long) u[0], (String) u[1]);
    }

    private long unitId(String code) {
        return em.createQuery("SELECT u.id FROM Unit u WHERE u.code = :c", Long.class).setParameter("c", code).getSingleResult();
    }

    private long awardId(String code) {
        return em.createQuery("SELECT a.id FROM Award a WHERE a.code = :c", Long.class).setParameter("c", code).getSingleResult();
    }

    private long clusterId(long campaignId, String name) {
        return em.createQuery("SELECT k.id FROM Cluster k WHERE k.campaign.id = :c AND k.name = :n", Long.class)
                .setParameter("c", campaignId).setParameter("n", name).getSingleResult();
    }
}
