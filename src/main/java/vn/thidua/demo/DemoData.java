package vn.thidua.demo;

import jakarta.annotation.Priority;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Observes;
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
import vn.thidua.security.TokenService;
import vn.thidua.shared.AppConfig;
import vn.thidua.shared.SchemaMigrated;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;

/**
 * Demo mode only (thidua.demo=true, which the demo command sets): loads An Minh district as it stood in 2022, its
 * communes' generated hamlet committees, the 2022 campaign with its two clusters, the demo accounts, and a second
 * district with its own staff and campaign (DemoSecondDistrict). Outside demo
 * mode nothing here runs and no account exists until an administrator is bootstrapped.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoData {

    public static final String PASSWORD = "thidua-demo";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** Cluster 1 (led by Vân Khánh Tây) and cluster 2 (led by Đông Thạnh); the split of the others is illustrative. */
    static final List<String> CLUSTER_1 = List.of("31048", "31042", "31045", "31033", "31036", "31039");
    static final List<String> CLUSTER_2 = List.of("31030", "31018", "31021", "31024", "31031");

    @Inject
    AppConfig config;

    @Inject
    UnitService units;

    @Inject
    DemoPledges pledges;

    @Inject
    DemoResults demoResults;

    @Inject
    DemoReview demoReview;

    @Inject
    DemoSecondDistrict secondDistrict;

    @Inject
    AccountService accounts;

    @Inject
    TokenService tokens;

    @Inject
    CampaignService campaigns;

    @Inject
    ClusterService clusters;

    @PersistenceContext
    EntityManager em;

    /** At start-up, once the schema is migrated and before the instance is ready. */
    public void load(@Observes @Priority(SchemaMigrated.DEMO_DATA) SchemaMigrated migrated) {
        if (!config.isDemo()) {
            return;
        }
        Long existing = em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult();
        if (existing > 0) {
            LOG.info("Demo data already present");
            return;
        }
        Actor system = Actor.system();
        ImportReport report = units.importCsv(system, resource("an-minh-2022.csv"), null);
        if (!report.isSuccess()) {
            throw new IllegalStateException("Demo units did not import: " + report.getErrors());
        }
        ImportReport hamlets = units.importCsv(system, hamletsCsv(), null);
        if (!hamlets.isSuccess()) {
            throw new IllegalStateException("Demo hamlets did not import: " + hamlets.getErrors());
        }

        long district = id("909");
        accounts.createWithPassword("quantri", "Quản trị hệ thống", "Quản trị viên", Role.ADMIN, null, PASSWORD, false);
        Account staff = accounts.createWithPassword("canbo", "Nguyễn Thị Cán Bộ", "Cán bộ Ban Thường trực UB MTTQ huyện", Role.STAFF, district, PASSWORD, false);
        long viewer = accounts.createWithPassword("lanhdao", "Trần Hồng Lam", "Chủ tịch UB MTTQ Việt Nam huyện", Role.VIEWER, district, PASSWORD, false).getId();
        Account vanKhanhTay = accounts.createWithPassword("vankhanhtay", "Lê Văn Khánh", "Chủ tịch UB MTTQ xã Vân Khánh Tây", Role.CHAIR, id("31048"), PASSWORD, false);
        Account dongThanh = accounts.createWithPassword("dongthanh", "Phạm Văn Thạnh", "Chủ tịch UB MTTQ xã Đông Thạnh", Role.CHAIR, id("31030"), PASSWORD, false);
        Account thuanHoa = accounts.createWithPassword("thuanhoa", "Võ Thị Hoà", "Chủ tịch UB MTTQ xã Thuận Hoà", Role.CHAIR, id("31021"), PASSWORD, false);
        Account phoThuanHoa = accounts.createWithPassword("phothuanhoa", "Đặng Văn Thuận", "Phó Chủ tịch UB MTTQ xã Thuận Hoà", Role.CHAIR, id("31021"), PASSWORD, false);
        long vkt = vanKhanhTay.getId();
        long dt = dongThanh.getId();
        long th = thuanHoa.getId();
        for (Account chair : List.of(vanKhanhTay, dongThanh, thuanHoa)) {
            accounts.assignOffice(system, chair.getId(), "CHAIR");
        }
        accounts.assignOffice(system, phoThuanHoa.getId(), "VICE_CHAIR");
        tokens.createKnown(viewer, "demo", "demo-viewer-token");
        tokens.createKnown(vkt, "demo", "demo-vankhanhtay-token");
        tokens.createKnown(dt, "demo", "demo-dongthanh-token");
        tokens.createKnown(th, "demo", "demo-thuanhoa-token");
        tokens.createKnown(phoThuanHoa.getId(), "demo", "demo-phothuanhoa-token");
        accounts.markDemo(List.of("quantri", "canbo", "lanhdao", "vankhanhtay", "dongthanh", "thuanhoa", "phothuanhoa"));

        long campaign = campaigns.create(system, district, 2022, "Thi đua năm 2022",
                LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));
        cluster(system, campaign, "Cụm số 1", CLUSTER_1, "31042");
        cluster(system, campaign, "Cụm số 2", CLUSTER_2, "31024");
        campaigns.launch(system, campaign);
        pledges.load(campaign, staff.toActor(), vanKhanhTay.toActor(), dongThanh.toActor(),
                config.getPublicUrl().orElse("http://localhost:8080"));
        demoResults.load(campaign, staff.toActor(), vanKhanhTay.toActor(), dongThanh.toActor());
        demoReview.load(campaign, staff.toActor(), vanKhanhTay.toActor(), dongThanh.toActor());
        secondDistrict.load(PASSWORD);
        LOG.info("Demo data loaded: An Minh 2022, campaign " + campaign + ", and the second district An Biên");
    }

    private void cluster(Actor system, long campaign, String name, List<String> codes, String deputyCode) {
        long cluster = clusters.create(system, campaign, name, id(codes.get(0)));
        for (String code : codes.subList(1, codes.size())) {
            clusters.register(system, cluster, id(code));
        }
        clusters.appointDeputy(system, cluster, id(deputyCode));
    }

    private long id(String code) {
        return em.createQuery("SELECT u.id FROM Unit u WHERE u.code = :c", Long.class).setParameter("c", code).getSingleResult();
    }

    /** 5–12 hamlet Front work committees per commune, generated (no official national list exists), same every time. */
    static byte[] hamletsCsv() {
        Map<String, String> communes = new java.util.LinkedHashMap<>();
        for (String code : CLUSTER_1) {
            communes.put(code, "Ấp");
        }
        for (String code : CLUSTER_2) {
            communes.put(code, "31018".equals(code) ? "Khu phố" : "Ấp");
        }
        String[] names = {"Kênh Xáng", "Kênh 9", "Kênh 10", "Kênh 11", "Kênh 12", "Xẻo Đước", "Xẻo Nhàu", "Thuận Thành",
                "Minh Thuận", "Rạch Dinh", "Mương Đào", "Cái Nước", "Tân Lợi", "Bào Láng"};
        Random random = new Random(2022);
        StringBuilder csv = new StringBuilder("unit_code,unit_name,unit_type,parent_code\n");
        for (Map.Entry<String, String> commune : communes.entrySet()) {
            int count = 5 + random.nextInt(8);
            int offset = random.nextInt(names.length);
            for (int i = 1; i <= count; i++) {
                String type = commune.getValue();
                String name = "Khu phố".equals(type) ? "Khu phố " + i : "Ấp " + names[(offset + i) % names.length];
                csv.append(commune.getKey()).append('-').append(String.format("%02d", i)).append(',')
                        .append(name).append(',').append(type).append(',').append(commune.getKey()).append('\n');
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) {
        try (InputStream in = DemoData.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
