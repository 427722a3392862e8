package vn.thidua.pledge;

import vn.thidua.campaign.RatingLevel;
import vn.thidua.cluster.Cluster;
import vn.thidua.organisation.Unit;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Front's usual pledge for a cluster of communes, as the organiser hands it out: the clauses and targets of the
 * An Minh 2022 pledge (hamlet committees ≥ 80 % good, of which ≥ 30 % excellent, none weak; commune committees 100 %
 * good, ≥ 30 % excellent; the "Vì người nghèo" fund meets its quota). The leader starts from it and edits.
 * The text is the pledge's own (Vietnamese), not interface text.
 */
public final class StandardPledge {

    private StandardPledge() {
    }

    public static Pledge create(Cluster cluster, List<RatingLevel> scale, Function<Long, Unit> units) {
        int year = cluster.getCampaign().getYear();
        String place = cluster.getCampaign().getOrganiser().getName()
                .replaceFirst("^(Huyện|Tỉnh|Thành phố|Quận|Thị xã) ", "");
        Pledge pledge = new Pledge(cluster, "Giao ước thi đua năm " + year + " — " + cluster.getName(), place,
                "Căn cứ kế hoạch phát động phong trào thi đua năm " + year + " của Ban Thường trực Ủy ban MTTQ Việt Nam "
                        + place + ", các đơn vị trong " + cluster.getName() + " thống nhất ký kết giao ước thi đua "
                        + "với các nội dung sau:", SignerPolicy.CHAIRS_AND_VICE_CHAIRS);
        PledgeVersion v = pledge.current();
        v.addClause("Chấp hành chỉ đạo", "Nâng cao ý thức chấp hành nghiêm các ý kiến chỉ đạo của Ban Thường trực "
                + "Ủy ban MTTQ Việt Nam cấp trên và cấp ủy cùng cấp; triển khai thực hiện tốt kế hoạch, hướng dẫn công tác Mặt trận.");
        v.addClause("Nhiệm vụ trọng tâm", "- Đẩy mạnh đổi mới nội dung, phương thức hoạt động của Mặt trận các cấp.\n"
                + "- Nắm chắc tình hình, dư luận của Nhân dân.\n"
                + "- Triển khai hiệu quả Cuộc vận động **“Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”**.\n"
                + "- Nâng cao chất lượng Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”.");
        v.addClause("Quỹ “Vì người nghèo”", "Tổ chức tháng cao điểm “Vì người nghèo”; vận động Quỹ “Vì người nghèo” "
                + "đạt chỉ tiêu được giao.");
        v.addClause("Chất lượng Ban Công tác Mặt trận và Ủy ban MTTQ xã", "Phấn đấu có **80 %** Ban Công tác Mặt trận "
                + "ấp, khu phố hoàn thành tốt nhiệm vụ, trong đó có ít nhất **30 %** hoàn thành xuất sắc nhiệm vụ, không có "
                + "yếu kém; **100 %** Ủy ban MTTQ Việt Nam xã, thị trấn hoàn thành tốt nhiệm vụ, trong đó có ít nhất "
                + "**30 %** hoàn thành xuất sắc nhiệm vụ.");
        v.addClause("Kỷ cương, kỷ luật", "Tăng cường giáo dục chính trị, tư tưởng, chấp hành nghiêm kỷ cương, kỷ luật "
                + "công vụ, đề cao tinh thần trách nhiệm; gắn phong trào thi đua với thực hiện chức năng, nhiệm vụ của Mặt trận.");
        Map<String, Integer> ranks = scale.stream().collect(Collectors.toMap(RatingLevel::getCode, RatingLevel::getRank,
                (a, b) -> a, LinkedHashMap::new));
        Set<Long> members = cluster.getMemberUnits().stream().map(Unit::getId).collect(Collectors.toSet());
        Set<String> categories = PledgeService.childCategories();
        String good = code(scale, 2);
        String excellent = code(scale, 1);
        String weak = code(scale, scale.size());
        v.defineTarget(null, rated("ban-cong-tac-tot", "Ban Công tác Mặt trận hoàn thành tốt nhiệm vụ", TargetKind.RATED_SHARE,
                TargetSubject.CHILD_UNITS, good, "80", null, 4), ranks, categories, members, units);
        v.defineTarget(null, rated("ban-cong-tac-xuat-sac", "Trong đó hoàn thành xuất sắc nhiệm vụ", TargetKind.RATED_SHARE,
                TargetSubject.CHILD_UNITS, excellent, "30", null, 4), ranks, categories, members, units);
        v.defineTarget(null, rated("ban-cong-tac-khong-yeu-kem", "Không có Ban Công tác Mặt trận yếu kém",
                TargetKind.RATED_COUNT_AT_MOST, TargetSubject.CHILD_UNITS, weak, "0", null, 4), ranks, categories, members, units);
        v.defineTarget(null, rated("uy-ban-xa-tot", "Ủy ban MTTQ xã, thị trấn hoàn thành tốt nhiệm vụ", TargetKind.RATED_SHARE,
                TargetSubject.MEMBER_UNITS, good, "100", null, 4), ranks, categories, members, units);
        v.defineTarget(null, rated("uy-ban-xa-xuat-sac", "Ủy ban MTTQ xã, thị trấn hoàn thành xuất sắc nhiệm vụ",
                TargetKind.RATED_SHARE, TargetSubject.MEMBER_UNITS, excellent, "30", null, 4), ranks, categories, members, units);
        TargetSpec fund = new TargetSpec();
        fund.setCode("quy-vi-nguoi-ngheo");
        fund.setName("Vận động Quỹ “Vì người nghèo” đạt chỉ tiêu được giao");
        fund.setKind(TargetKind.QUANTITY);
        fund.setThreshold(new BigDecimal("50000000"));
        fund.setUnitOfMeasure("đồng");
        fund.setEachMember(true);
        fund.setClusterWide(true);
        fund.setClausePosition(3);
        v.defineTarget(null, fund, ranks, categories, members, units);
        return pledge;
    }

    private static TargetSpec rated(String code, String name, TargetKind kind, TargetSubject subject, String level,
                                    String threshold, String base, int clause) {
        TargetSpec spec = new TargetSpec();
        spec.setCode(code);
        spec.setName(name);
        spec.setKind(kind);
        spec.setSubject(subject);
        spec.setChildCategory(subject == TargetSubject.CHILD_UNITS ? "HAMLET" : null);
        spec.setLevelCode(level);
        spec.setThreshold(new BigDecimal(threshold));
        spec.setBaseCode(base);
        spec.setEachMember(subject == TargetSubject.CHILD_UNITS);
        spec.setClusterWide(subject == TargetSubject.MEMBER_UNITS);
        spec.setClausePosition(clause);
        return spec;
    }

    private static String code(List<RatingLevel> scale, int rank) {
        return scale.stream().filter(l -> l.getRank() == rank).map(RatingLevel::getCode).findFirst()
                .orElse(scale.get(0).getCode());
    }
}
