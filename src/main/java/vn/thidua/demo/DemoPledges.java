package vn.thidua.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.thidua.pledge.Office;
import vn.thidua.pledge.PledgeQueries;
import vn.thidua.pledge.PledgeService;
import vn.thidua.pledge.PledgeView;
import vn.thidua.pledge.TargetSpec;
import vn.thidua.security.Actor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The demo's pledges, made through the same use cases as the pages: both 2022 clusters start from the organiser's
 * template (the An Minh targets) with a "Vì người nghèo" quota per commune. Cluster 1 is signed by all its chairs and
 * vice-chairs (its leader online, the others on paper with a scan) and confirmed; cluster 2 is half signed, and
 * Thuận Hoà's chair and vice-chair are left to sign in the demo.
 */
@ApplicationScoped
public class DemoPledges {

    static final String PASSWORD = DemoData.PASSWORD;
    private static final Map<String, String> QUOTAS = Map.ofEntries(
            Map.entry("31048", "60000000"), Map.entry("31042", "55000000"), Map.entry("31045", "45000000"),
            Map.entry("31033", "50000000"), Map.entry("31036", "40000000"), Map.entry("31039", "45000000"),
            Map.entry("31030", "60000000"), Map.entry("31018", "70000000"), Map.entry("31021", "45000000"),
            Map.entry("31024", "50000000"), Map.entry("31031", "40000000"));
    private static final List<String> PEOPLE = List.of("Nguyễn Văn An", "Trần Thị Bích", "Lâm Văn Cường",
            "Huỳnh Thị Dung", "Đỗ Văn Em", "Phan Thị Giang", "Châu Văn Hải", "Lý Thị Kim", "Tạ Văn Long", "Mai Thị Nga",
            "Dương Văn Minh", "Quách Thị Oanh");

    @PersistenceContext
    EntityManager em;

    @Inject
    PledgeService service;

    @Inject
    PledgeQueries queries;

    void load(long campaignId, Actor staff, Actor leader1, Actor leader2, String publicUrl) {
        long cluster1 = clusterId(campaignId, "Cụm số 1");
        long cluster2 = clusterId(campaignId, "Cụm số 2");
        PledgeView one = draft(cluster1, leader1);
        signAll(one, staff, leader1, publicUrl);
        PledgeView two = draft(cluster2, leader2);
        signHalf(two, staff, leader2);
    }

    /**
     * The second district's Cụm số 1 (DemoSecondDistrict): drafted from the template, finalised, and waiting for every
     * signature but one chair's, recorded on paper with a scan; nobody has signed online, so each signer can.
     */
    void awaitingSignatures(long campaignId, Actor staff, Actor leader, String paperUnitCode) {
        PledgeView view = draft(clusterId(campaignId, "Cụm số 1"), leader);
        PledgeView.SignerRow row = view.getSigners().stream()
                .filter(s -> s.getUnitCode().equals(paperUnitCode) && s.getOffice() == Office.CHAIR).findFirst().orElseThrow();
        paper(staff, view.getCurrent().getId(), row, 0);
    }

    private PledgeView draft(long clusterId, Actor leader) {
        service.start(leader, clusterId, PledgeService.Start.STANDARD);
        PledgeView view = page(leader, clusterId);
        PledgeView.Target fund = view.getTargets().stream().filter(t -> t.getCode().equals("quy-vi-nguoi-ngheo")).findFirst().orElseThrow();
        TargetSpec spec = fund.getSpec();
        for (PledgeView.MemberRow m : view.getMembers()) {
            spec.getQuotas().put(m.getId(), new BigDecimal(QUOTAS.getOrDefault(m.getCode(), "50000000")));
        }
        service.defineTarget(leader, view.getCurrent().getId(), fund.getId(), spec);
        service.openDiscussion(leader, view.getCurrent().getId());
        service.finalise(leader, view.getCurrent().getId());
        return page(leader, clusterId);
    }

    private void signAll(PledgeView view, Actor staff, Actor leader, String publicUrl) {
        long version = view.getCurrent().getId();
        service.sign(leader, version, view.getCurrent().getFingerprint(), true, PASSWORD.toCharArray(),
                awardId("co-thi-dua-ubmttq-tinh"), awardId("bang-khen-ubmttq-tinh"), "127.0.0.1", "demo");
        int i = 0;
        for (PledgeView.SignerRow row : view.getSigners()) {
            if (row.getUnitId() == leader.getUnitId() && row.getOffice() == Office.CHAIR) {
                continue;
            }
            paper(staff, version, row, i++);
        }
        PledgeView signed = page(staff, view.getClusterId());
        service.confirm(staff, version, signed.getCurrent().getFingerprint(), PASSWORD.toCharArray(), "127.0.0.1", "demo", publicUrl);
    }

    private void signHalf(PledgeView view, Actor staff, Actor leader) {
        long version = view.getCurrent().getId();
        service.sign(leader, version, view.getCurrent().getFingerprint(), true, PASSWORD.toCharArray(),
                awardId("co-thi-dua-ubmttq-tinh"), null, "127.0.0.1", "demo");
        int i = 0;
        int wanted = view.getRequiredCount() / 2 - 1;
        for (PledgeView.SignerRow row : view.getSigners()) {
            if (i >= wanted) {
                break;
            }
            boolean leaderChair = row.getUnitId() == leader.getUnitId() && row.getOffice() == Office.CHAIR;
            if (leaderChair || row.getUnitCode().equals("31021")) {
                continue;
            }
            paper(staff, version, row, i++);
        }
    }

    private void paper(Actor staff, long version, PledgeView.SignerRow row, int i) {
        String name = PEOPLE.get(i % PEOPLE.size());
        String position = row.getOffice() == Office.CHAIR ? "Chủ tịch" : "Phó Chủ tịch";
        Long title = row.getOffice() == Office.CHAIR ? awardId(i % 2 == 0 ? "tap-the-lao-dong-xuat-sac" : "tap-the-lao-dong-tien-tien") : null;
        Long commendation = row.getOffice() == Office.CHAIR ? awardId(i % 3 == 0 ? "bang-khen-ubmttq-tinh" : "giay-khen-ubmttq") : null;
        service.recordPaperSignature(staff, version, row.getUnitId(), row.getOffice(), name, position,
                Instant.now(), title, commendation, "trang-ky-" + row.getUnitCode() + ".png", scan());
    }

    private PledgeView page(Actor actor, long clusterId) {
        return queries.page(actor, clusterId, Locale.forLanguageTag("vi")).orElseThrow();
    }

    private long clusterId(long campaignId, String name) {
        return em.createQuery("SELECT k.id FROM Cluster k WHERE k.campaign.id = :c AND k.name = :n", Long.class)
                .setParameter("c", campaignId).setParameter("n", name).getSingleResult();
    }

    private Long awardId(String code) {
        return em.createQuery("SELECT a.id FROM Award a WHERE a.code = :c", Long.class).setParameter("c", code).getSingleResult();
    }

    /** A small real PNG standing in for the scan of a signed page. */
    static byte[] scan() {
        try {
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(120, 80, java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = image.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, 120, 80);
            g.setColor(new java.awt.Color(0x1f, 0x3a, 0x93));
            g.drawLine(10, 60, 110, 40);
            g.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
