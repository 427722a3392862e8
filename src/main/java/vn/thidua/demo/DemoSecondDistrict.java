package vn.thidua.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.thidua.campaign.CampaignService;
import vn.thidua.cluster.ClusterService;
import vn.thidua.organisation.ImportReport;
import vn.thidua.organisation.UnitService;
import vn.thidua.security.Account;
import vn.thidua.security.AccountService;
import vn.thidua.security.Actor;
import vn.thidua.security.Role;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * A second district of the province, An Biên (908), with its own staff, viewer, campaign and clusters, so that "staff
 * of another district" and "a chair of another cluster" are real people in the demo and in the tests (the
 * authorisation matrix, AuthorisationMatrixIT, acts on this district so that its writes disturb no other test). Its
 * 2022 campaign is launched; Cụm số 1 (Tây Yên leading, Tây Yên A deputy, Hưng Yên) has a finalised pledge that
 * only Tây Yên A has signed (on paper, with a scan); Cụm số 2 (Thứ Ba leading, Nam Thái A); Đông Yên is in no cluster;
 * the campaign has the usual scoring sheet. The commune codes are illustrative and none is a 2025 code, so loading
 * the 2025 national list leaves this district as it is.
 */
@ApplicationScoped
public class DemoSecondDistrict {

    static final List<String> ACCOUNTS = List.of("canboanbien", "lanhdaoanbien", "tayyen", "hungyen", "phohungyen", "thuba");

    private static final String UNITS = """
            unit_code,unit_name,unit_type,parent_code
            908,An Biên,Huyện,91
            30997,Thứ Ba,Thị trấn,908
            31000,Tây Yên,Xã,908
            31003,Tây Yên A,Xã,908
            31009,Hưng Yên,Xã,908
            31015,Nam Thái A,Xã,908
            31017,Đông Yên,Xã,908
            31000-01,Ấp Xẻo Vẹt,Ấp,31000
            31000-02,Ấp Thứ Hai,Ấp,31000
            31003-01,Ấp Xẻo Kè,Ấp,31003
            31009-01,Ấp Kim Quy,Ấp,31009
            31009-02,Ấp Hưng Thạnh,Ấp,31009
            31009-03,Ấp Xẻo Đôi,Ấp,31009
            30997-01,Khu phố 1,Khu phố,30997
            31015-01,Ấp Thạnh An,Ấp,31015
            """;

    @PersistenceContext
    EntityManager em;

    @Inject
    UnitService units;

    @Inject
    AccountService accounts;

    @Inject
    CampaignService campaigns;

    @Inject
    ClusterService clusters;

    @Inject
    DemoPledges pledges;

    @Inject
    DemoReview review;

    void load(String password) {
        Actor system = Actor.system();
        ImportReport report = units.importCsv(system, UNITS.getBytes(StandardCharsets.UTF_8), null);
        if (!report.isSuccess()) {
            throw new IllegalStateException("Second district did not import: " + report.getErrors());
        }
        long district = id("908");
        Account staff = accounts.createWithPassword("canboanbien", "Huỳnh Thị Biên", "Cán bộ Ban Thường trực UB MTTQ huyện An Biên",
                Role.STAFF, district, password, false);
        accounts.createWithPassword("lanhdaoanbien", "Lâm Văn Yên", "Chủ tịch UB MTTQ Việt Nam huyện An Biên",
                Role.VIEWER, district, password, false);
        Account tayYen = chair("tayyen", "Trương Văn Tây", "Chủ tịch UB MTTQ xã Tây Yên", "31000", "CHAIR", password);
        chair("hungyen", "Ngô Thị Hưng", "Chủ tịch UB MTTQ xã Hưng Yên", "31009", "CHAIR", password);
        chair("phohungyen", "Tô Văn Hưng", "Phó Chủ tịch UB MTTQ xã Hưng Yên", "31009", "VICE_CHAIR", password);
        chair("thuba", "Kha Thị Ba", "Chủ tịch UB MTTQ thị trấn Thứ Ba", "30997", "CHAIR", password);
        accounts.markDemo(ACCOUNTS);

        long campaign = campaigns.create(system, district, 2022, "Thi đua năm 2022 (An Biên)",
                LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));
        long one = clusters.create(system, campaign, "Cụm số 1", id("31000"));
        clusters.register(system, one, id("31003"));
        clusters.register(system, one, id("31009"));
        clusters.appointDeputy(system, one, id("31003"));
        long two = clusters.create(system, campaign, "Cụm số 2", id("30997"));
        clusters.register(system, two, id("31015"));
        campaigns.launch(system, campaign);
        pledges.awaitingSignatures(campaign, staff.toActor(), tayYen.toActor(), "31003");
        review.sheet(campaign, staff.toActor());
    }

    private Account chair(String username, String name, String title, String unitCode, String office, String password) {
        Account chair = accounts.createWithPassword(username, name, title, Role.CHAIR, id(unitCode), password, false);
        accounts.assignOffice(Actor.system(), chair.getId(), office);
        return chair;
    }

    private long id(String code) {
        return em.createQuery("SELECT u.id FROM Unit u WHERE u.code = :c", Long.class).setParameter("c", code).getSingleResult();
    }
}
