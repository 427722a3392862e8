package vn.thidua.load;

import vn.thidua.pledge.PledgeEvent;
import vn.thidua.pledge.PledgeTarget;
import vn.thidua.pledge.PledgeVersion;
import vn.thidua.pledge.RequiredSigner;
import vn.thidua.pledge.TargetKind;
import vn.thidua.pledge.TargetSpec;
import vn.thidua.pledge.TargetSubject;
import vn.thidua.security.ApiTokens;
import vn.thidua.security.PasswordHasher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One province at the scale of the year's peaks, written by JDBC into the migrated database (no application code, as
 * the national benchmark does): the province's communes from {@code vn-admin-units-2025.csv} (An Giang: 102) with 5–12
 * hamlet Front work committees each; the campaign of the peaks (clusters of about ten neighbouring communes, leader and
 * deputy, one pledge per cluster already finalised with the six An Minh targets and every member's chair and vice-chair
 * as required signers, nobody signed); a second campaign with the same clusters for the soak's writes (the first one's
 * reports end accepted, hence locked). Accounts: each commune's chair and vice-chair, one province staff member and one
 * province leader (read-only), all with {@link #PASSWORD} (one PBKDF2 hash computed once) and an API token each.
 *
 * <p>The pledges are built and finalised by the domain's own verbs in memory and inserted with their canonical
 * fingerprint and the log entries of their creation and finalising ({@link SealedPledge}), so they pass the integrity
 * check that signing runs, as pledges finalised through the leader's pages do.
 */
final class ProvinceData {

    static final String PASSWORD = "load-Password-2025";
    static final String[] LEVELS = {"HTXS", "HTT", "HT", "KHT"};
    private static final String[] LEVEL_NAMES = {"Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ",
            "Hoàn thành nhiệm vụ", "Không hoàn thành nhiệm vụ"};

    /** The six targets of An Minh's 2022 pledge. */
    private static final List<TargetSpec> TARGETS = List.of(
            SealedPledge.target("ban-cong-tac-tot", "Ban Công tác Mặt trận hoàn thành tốt nhiệm vụ", TargetKind.RATED_SHARE,
                    TargetSubject.CHILD_UNITS, "HAMLET", "HTT", "80", null, true, false),
            SealedPledge.target("ban-cong-tac-xuat-sac", "Trong đó hoàn thành xuất sắc nhiệm vụ", TargetKind.RATED_SHARE,
                    TargetSubject.CHILD_UNITS, "HAMLET", "HTXS", "30", null, true, false),
            SealedPledge.target("ban-cong-tac-khong-yeu-kem", "Không có Ban Công tác Mặt trận yếu kém", TargetKind.RATED_COUNT_AT_MOST,
                    TargetSubject.CHILD_UNITS, "HAMLET", "KHT", "0", null, true, false),
            SealedPledge.target("uy-ban-xa-tot", "Ủy ban MTTQ xã hoàn thành tốt nhiệm vụ", TargetKind.RATED_SHARE,
                    TargetSubject.MEMBER_UNITS, null, "HTT", "100", null, false, true),
            SealedPledge.target("uy-ban-xa-xuat-sac", "Ủy ban MTTQ xã hoàn thành xuất sắc nhiệm vụ", TargetKind.RATED_SHARE,
                    TargetSubject.MEMBER_UNITS, null, "HTXS", "30", null, false, true),
            SealedPledge.target("quy-vi-nguoi-ngheo", "Vận động Quỹ “Vì người nghèo” đạt chỉ tiêu được giao", TargetKind.QUANTITY,
                    null, null, null, "50000000", "đồng", true, true));

    record Commune(long id, String code, String name, List<Long> hamletIds, List<String> hamletCodes) {
    }

    record Account(String username, String token, String office, Commune commune) {
    }

    record Cluster(long id, long soakId, long pledgeId, long versionId, String fingerprint, List<Commune> members) {
        Commune leader() {
            return members.get(0);
        }
    }

    final String provinceCode;
    final long provinceId;
    final long campaignId;
    final long soakCampaignId;
    final List<Commune> communes = new ArrayList<>();
    final List<Cluster> clusters = new ArrayList<>();
    final Map<String, Cluster> clusterOf = new HashMap<>();
    final List<Account> chairs = new ArrayList<>();
    final List<Account> viceChairs = new ArrayList<>();
    Account staff;
    Account viewer;
    long hamlets;

    private ProvinceData(String provinceCode, long provinceId, long campaignId, long soakCampaignId) {
        this.provinceCode = provinceCode;
        this.provinceId = provinceId;
        this.campaignId = campaignId;
        this.soakCampaignId = soakCampaignId;
    }

    /** At most {@code limit} communes of the province (a short run takes fewer). */
    static ProvinceData create(Connection c, Path csv, String province, int limit, int clusterSize, long seed)
            throws SQLException, IOException {
        Random random = new Random(seed);
        c.setAutoCommit(false);
        Map<String, Long> types = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT code, id FROM unit_type")) {
            while (r.next()) {
                types.put(r.getString(1), r.getLong(2));
            }
        }
        List<String[]> rows = new ArrayList<>();
        String provinceName = null;
        for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
            String[] f = line.split(",", -1);
            if (f.length >= 5 && f[0].equals(province) && rows.size() < limit) {
                rows.add(f);
                provinceName = f[1];
            }
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException("no commune of province " + province + " in " + csv);
        }
        long id = maxId(c, "unit") + 1;
        long campaignId = maxId(c, "campaign") + 1;
        ProvinceData data = new ProvinceData(province, id, campaignId, campaignId + 1);
        String root = "/" + province + "/";
        boolean city = provinceName.startsWith("Thành phố");
        try (PreparedStatement s = c.prepareStatement("INSERT INTO unit (id, code, name, type_id, parent_id, path, depth)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            add(s, id++, province, city ? provinceName : "Tỉnh " + provinceName, types.get(city ? "THANH_PHO" : "TINH"), null, root, 0);
            long hamletId = id + rows.size();
            for (String[] f : rows) {
                String type = switch (f[4]) {
                    case "Phường" -> "PHUONG";
                    case "Đặc khu" -> "DAC_KHU";
                    default -> "XA";
                };
                add(s, id, f[2], f[3], types.get(type), data.provinceId, root + f[2] + "/", 1);
                int n = 5 + random.nextInt(8);
                List<Long> ids = new ArrayList<>();
                List<String> codes = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    ids.add(hamletId + i);
                    codes.add(f[2] + "-" + String.format("%02d", i + 1));
                }
                data.communes.add(new Commune(id, f[2], f[3], ids, codes));
                data.hamlets += n;
                id++;
                hamletId += n;
            }
            s.executeBatch();
            for (Commune commune : data.communes) {
                for (int i = 0; i < commune.hamletIds().size(); i++) {
                    add(s, commune.hamletIds().get(i), commune.hamletCodes().get(i), "Ban Công tác Mặt trận ấp " + (i + 1),
                            types.get("AP"), commune.id(), root + commune.code() + "/" + commune.hamletCodes().get(i) + "/", 2);
                }
            }
            s.executeBatch();
        }
        data.campaign(c, campaignId, 2025, clusterSize, random, true);
        data.campaign(c, campaignId + 1, 2026, clusterSize, random, false);
        data.accounts(c);
        c.commit();
        c.setAutoCommit(true);
        return data;
    }

    private static void add(PreparedStatement s, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            s.setObject(i + 1, values[i]);
        }
        s.addBatch();
    }

    /** The campaign, its scale and clusters of neighbouring communes; with {@code pledges} a final pledge per cluster. */
    private void campaign(Connection c, long id, int year, int clusterSize, Random random, boolean pledges) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO campaign (id, organiser_unit_id, year, name, starts_on, ends_on,"
                + " status) VALUES (?, ?, ?, ?, ?, ?, 'LAUNCHED')")) {
            add(s, id, provinceId, year, "Thi đua năm " + year, java.sql.Date.valueOf(year + "-01-01"), java.sql.Date.valueOf(year + "-12-31"));
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO rating_level (campaign_id, code, name, rank_order) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < LEVELS.length; i++) {
                add(s, id, LEVELS[i], LEVEL_NAMES[i], i + 1);
            }
            s.executeBatch();
        }
        int k = Math.max(1, (communes.size() + clusterSize / 2) / clusterSize);
        long clusterId = maxId(c, "cluster") + 1;
        long memberId = maxId(c, "cluster_member") + 1;
        long pledgeId = maxId(c, "pledge") + 1;
        long versionId = maxId(c, "pledge_version") + 1;
        long targetId = maxId(c, "pledge_target") + 1;
        long signerId = maxId(c, "pledge_signer") + 1;
        Timestamp finalised = Timestamp.from(Instant.parse(year + "-03-15T02:00:00Z"));
        try (PreparedStatement cl = c.prepareStatement("INSERT INTO cluster (id, campaign_id, name, lineage_key, leader_unit_id,"
                + " deputy_unit_id) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement mem = c.prepareStatement("INSERT INTO cluster_member (id, cluster_id, campaign_id, unit_id) VALUES (?, ?, ?, ?)");
             PreparedStatement pl = c.prepareStatement("INSERT INTO pledge (id, cluster_id, campaign_id, chain_length, chain_head)"
                     + " VALUES (?, ?, ?, ?, ?)");
             PreparedStatement ev = c.prepareStatement("INSERT INTO pledge_event (pledge_id, seq, version_number, event_type,"
                     + " actor_name, occurred_at, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement ver = c.prepareStatement("INSERT INTO pledge_version (id, pledge_id, number, status, title, place,"
                     + " preamble, signer_policy, revision, fingerprint, verification_code, frozen_organiser, frozen_year,"
                     + " frozen_campaign, frozen_cluster, finalised_at) VALUES (?, ?, 1, 'FINAL', ?, ?, ?, 'CHAIRS_AND_VICE_CHAIRS', 1,"
                     + " ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement tg = c.prepareStatement("INSERT INTO pledge_target (id, version_id, position, code, name, kind, subject,"
                     + " child_type_code, level_code, threshold, unit_of_measure, each_member, cluster_wide, clause_position)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)");
             PreparedStatement sg = c.prepareStatement("INSERT INTO pledge_signer (id, version_id, unit_id, office, position, unit_code,"
                     + " unit_name) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int from = 0;
            for (int number = 1; number <= k; number++) {
                int size = communes.size() / k + (number - 1 < communes.size() % k ? 1 : 0);
                List<Commune> members = communes.subList(from, from + size);
                from += size;
                String name = "Cụm số " + number;
                add(cl, clusterId, id, name, java.util.UUID.nameUUIDFromBytes((provinceCode + "/" + number)
                        .getBytes(StandardCharsets.UTF_8)).toString(), members.get(0).id(), members.size() > 1 ? members.get(1).id() : null);
                for (Commune m : members) {
                    add(mem, memberId++, clusterId, id, m.id());
                }
                if (pledges) {
                    String code = "TD-L" + String.format("%03d", number) + "-" + HexFormat.of().formatHex(randomBytes(random, 2)).toUpperCase();
                    Map<String, String> scale = new LinkedHashMap<>();
                    for (int i = 0; i < LEVELS.length; i++) {
                        scale.put(LEVELS[i], LEVEL_NAMES[i]);
                    }
                    SealedPledge sealed = SealedPledge.build(new SealedPledge.Member(provinceId, provinceCode, provinceCode),
                            year, "Thi đua năm " + year, pledgeId, name,
                            members.stream().map(m -> new SealedPledge.Member(m.id(), m.code(), m.name())).toList(), scale,
                            "Giao ước thi đua năm " + year + " — " + name, "Long Xuyên",
                            "Các đơn vị trong " + name + " thống nhất ký kết giao ước thi đua.", TARGETS, finalised.toInstant(), code);
                    PledgeVersion v = sealed.version;
                    String fingerprint = sealed.fingerprint;
                    PledgeEvent last = sealed.events.get(sealed.events.size() - 1);
                    add(pl, pledgeId, clusterId, id, last.getSeq(), last.getHash());
                    for (PledgeEvent e : sealed.events) {
                        add(ev, e.getPledgeId(), e.getSeq(), e.getVersionNumber(), e.getType().name(), e.getActorName(),
                                Timestamp.from(e.getOccurredAt()), e.getDetails(), e.getPrevHash(), e.getHash());
                    }
                    add(ver, versionId, pledgeId, v.getTitle(), v.getPlace(), v.getPreamble(), fingerprint, code,
                            v.signedOrganiserCode(), v.signedYear(), v.signedCampaignName(), v.signedClusterName(), finalised);
                    for (PledgeTarget t : v.getTargets()) {
                        add(tg, targetId++, versionId, t.getPosition(), t.getCode(), t.getName(), t.getKind().name(),
                                t.getSubject() == null ? null : t.getSubject().name(), t.getChildCategory(), t.getLevelCode(),
                                t.getThreshold(), t.getUnitOfMeasure(), t.isEachMember(), t.isClusterWide());
                    }
                    for (RequiredSigner signer : v.getSigners()) {
                        add(sg, signerId++, versionId, members.stream().filter(m -> m.code().equals(signer.getUnitCode()))
                                .findFirst().orElseThrow().id(), signer.getOffice().name(), signer.getPosition(),
                                signer.getUnitCode(), signer.getUnitName());
                    }
                    Cluster cluster = new Cluster(clusterId, clusterId, pledgeId, versionId, fingerprint, List.copyOf(members));
                    clusters.add(cluster);
                    for (Commune m : members) {
                        clusterOf.put(m.code(), cluster);
                    }
                    pledgeId++;
                    versionId++;
                } else {
                    // the soak's campaign: the same clusters, in the same order
                    Cluster peak = clusters.get(number - 1);
                    Cluster both = new Cluster(peak.id(), clusterId, peak.pledgeId(), peak.versionId(), peak.fingerprint(), peak.members());
                    clusters.set(number - 1, both);
                    for (Commune m : members) {
                        clusterOf.put(m.code(), both);
                    }
                }
                clusterId++;
            }
            cl.executeBatch();
            mem.executeBatch();
            pl.executeBatch();
            ev.executeBatch();
            ver.executeBatch();
            tg.executeBatch();
            sg.executeBatch();
        }
    }

    /** Every account with the same password: one PBKDF2 hash, computed once. */
    private void accounts(Connection c) throws SQLException {
        String hash = new PasswordHasher().hash(PASSWORD.toCharArray());
        long accountId = maxId(c, "account") + 1;
        long tokenId = maxId(c, "api_token") + 1;
        List<Account> all = new ArrayList<>();
        try (PreparedStatement a = c.prepareStatement("INSERT INTO account (id, username, full_name, position_title, role, unit_id,"
                + " password_hash, must_change_password, enabled, office) VALUES (?, ?, ?, ?, ?, ?, ?, FALSE, TRUE, ?)");
             PreparedStatement t = c.prepareStatement("INSERT INTO api_token (id, account_id, name, token_hash, token_prefix)"
                     + " VALUES (?, ?, 'load', ?, ?)")) {
            for (Commune commune : communes) {
                for (String office : List.of("CHAIR", "VICE_CHAIR")) {
                    String username = (office.equals("CHAIR") ? "ct-" : "pct-") + commune.code();
                    Account account = new Account(username, "load-token-" + username, office, commune);
                    (office.equals("CHAIR") ? chairs : viceChairs).add(account);
                    add(a, accountId, username, (office.equals("CHAIR") ? "Chủ tịch " : "Phó Chủ tịch ") + commune.name(),
                            office.equals("CHAIR") ? "Chủ tịch" : "Phó Chủ tịch", "CHAIR", commune.id(), hash, office);
                    add(t, tokenId++, accountId++, ApiTokens.hash(account.token()), ApiTokens.prefix(account.token()));
                    all.add(account);
                }
            }
            staff = new Account("canbo-tinh", "load-token-canbo-tinh", null, null);
            add(a, accountId, staff.username(), "Cán bộ Ủy ban MTTQ tỉnh", "Cán bộ", "STAFF", provinceId, hash, null);
            add(t, tokenId++, accountId++, ApiTokens.hash(staff.token()), ApiTokens.prefix(staff.token()));
            viewer = new Account("lanhdao-tinh", "load-token-lanhdao-tinh", null, null);
            add(a, accountId, viewer.username(), "Lãnh đạo Ủy ban MTTQ tỉnh", "Phó Chủ tịch", "VIEWER", provinceId, hash, null);
            add(t, tokenId++, accountId++, ApiTokens.hash(viewer.token()), ApiTokens.prefix(viewer.token()));
            a.executeBatch();
            t.executeBatch();
        }
    }

    private static byte[] randomBytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static long maxId(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }
}
