package vn.thidua.bench;

import vn.thidua.security.ApiTokens;

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
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * National-scale data for the benchmark, written straight into a migrated database by multi-row INSERTs (no
 * application code): the 34 provinces and 3,321 communes of {@code vn-admin-units-2025.csv} under a national root,
 * 25–40 hamlet Front work committees per commune (about 108,000), and per campaign (one per year) the rating scale,
 * clusters of 8–12 neighbouring communes per province (leader and deputy), one signed pledge per cluster with the
 * six An Minh targets ({@link vn.thidua.pledge.StandardPledge}), a rating for every hamlet committee and every commune
 * committee and the "Vì người nghèo" amount of every commune. Ids are assigned here, so nothing is read back.
 * Deterministic for a given seed.
 */
public final class NationalData {

    public static final String ROOT_CODE = "VN";
    static final String[] LEVELS = {"HTXS", "HTT", "HT", "KHT"};
    static final String[] LEVEL_NAMES = {"Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ",
            "Không hoàn thành nhiệm vụ"};
    private static final int ROWS_PER_INSERT = 1000;

    /** A commune (or ward, or special zone) and its hamlet committees. */
    public static final class Commune {
        public final long id;
        public final String code;
        public final String name;
        public final int province;
        public final long firstHamlet;
        public final int hamlets;

        Commune(long id, String code, String name, int province, long firstHamlet, int hamlets) {
            this.id = id;
            this.code = code;
            this.name = name;
            this.province = province;
            this.firstHamlet = firstHamlet;
            this.hamlets = hamlets;
        }

        public String hamletCode(int i) {
            return code + "-" + String.format("%02d", i + 1);
        }
    }

    /** A cluster of one campaign: its id, leader and member communes (indexes into {@link #communes}). */
    public record ClusterInfo(long id, String name, long leaderUnitId, List<Integer> members) {
    }

    /** A campaign as generated. */
    public record CampaignInfo(long id, int year, List<ClusterInfo> clusters, long hamletRatings, long communeRatings) {
    }

    public final long rootId;
    public final List<String> provinceCodes = new ArrayList<>();
    public final List<Long> provinceIds = new ArrayList<>();
    public final List<Commune> communes = new ArrayList<>();
    public long hamletCount;
    private final long seed;
    private long nextCampaignId;
    private long nextClusterId;
    private long nextMemberId;
    private long nextPledgeId;
    private long nextVersionId;
    private long nextTargetId;
    private long nextAccountId;
    private long nextTokenId;

    private NationalData(long rootId, long seed) {
        this.rootId = rootId;
        this.seed = seed;
    }

    /** Inserts the unit tree (root, provinces, communes, hamlets) from the 2025 list. */
    public static NationalData createUnits(Connection c, Path csv, long seed) throws SQLException, IOException {
        Random random = new Random(seed);
        c.setAutoCommit(false);
        Map<String, Long> types = new HashMap<>();
        try (Statement s = c.createStatement()) {
            // the national level is data like every other level (unit types are not code)
            s.executeUpdate("INSERT IGNORE INTO unit_type (code, name, category, sort_order) VALUES ('TRUNG_UONG', 'Trung ương', 'REGION', 1)");
            try (ResultSet r = s.executeQuery("SELECT code, id FROM unit_type")) {
                while (r.next()) {
                    types.put(r.getString(1), r.getLong(2));
                }
            }
        }
        long id = maxId(c, "unit") + 1;
        NationalData data = new NationalData(id, seed);
        data.readIds(c);
        Rows units = new Rows(c, "INSERT INTO unit (id, code, name, type_id, parent_id, path, depth) VALUES ", 7);
        units.add(id, ROOT_CODE, "Ủy ban Trung ương MTTQ Việt Nam", types.get("TRUNG_UONG"), null, "/" + ROOT_CODE + "/", 0);
        id++;

        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        Map<String, Integer> provinceIndex = new LinkedHashMap<>();
        List<String[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            rows.add(f);
            if (!provinceIndex.containsKey(f[0])) {
                provinceIndex.put(f[0], provinceIndex.size());
                boolean city = f[1].startsWith("Thành phố");
                units.add(id, f[0], city ? f[1] : "Tỉnh " + f[1], types.get(city ? "THANH_PHO" : "TINH"), data.rootId,
                        "/" + ROOT_CODE + "/" + f[0] + "/", 1);
                data.provinceCodes.add(f[0]);
                data.provinceIds.add(id);
                id++;
            }
        }
        // communes first (ids contiguous), hamlets after them
        long hamletId = id + rows.size();
        for (String[] f : rows) {
            int province = provinceIndex.get(f[0]);
            String type = switch (f[4]) {
                case "Phường" -> "PHUONG";
                case "Đặc khu" -> "DAC_KHU";
                default -> "XA";
            };
            int hamlets = 25 + random.nextInt(16);
            Commune commune = new Commune(id, f[2], f[3], province, hamletId, hamlets);
            units.add(id, f[2], f[3], types.get(type), data.provinceIds.get(province),
                    "/" + ROOT_CODE + "/" + f[0] + "/" + f[2] + "/", 2);
            data.communes.add(commune);
            id++;
            hamletId += hamlets;
        }
        units.flush();
        long apType = types.get("AP");
        for (Commune commune : data.communes) {
            String base = "/" + ROOT_CODE + "/" + data.provinceCodes.get(commune.province) + "/" + commune.code + "/";
            for (int i = 0; i < commune.hamlets; i++) {
                String code = commune.hamletCode(i);
                units.add(commune.firstHamlet + i, code, "Ban Công tác Mặt trận ấp " + (i + 1), apType, commune.id,
                        base + code + "/", 3);
            }
            data.hamletCount += commune.hamlets;
        }
        units.flush();
        c.commit();
        c.setAutoCommit(true);
        return data;
    }

    private void readIds(Connection c) throws SQLException {
        nextCampaignId = maxId(c, "campaign") + 1;
        nextClusterId = maxId(c, "cluster") + 1;
        nextMemberId = maxId(c, "cluster_member") + 1;
        nextPledgeId = maxId(c, "pledge") + 1;
        nextVersionId = maxId(c, "pledge_version") + 1;
        nextTargetId = maxId(c, "pledge_target") + 1;
        nextAccountId = maxId(c, "account") + 1;
        nextTokenId = maxId(c, "api_token") + 1;
    }

    /**
     * A campaign of the national organiser for the year: scale, clusters, pledges; with {@code withHamlets} a rating
     * of every hamlet committee, and always every commune's rating and fund amount.
     */
    public CampaignInfo addCampaign(Connection c, int year, boolean withHamlets) throws SQLException {
        Random random = new Random(seed * 31 + year);
        c.setAutoCommit(false);
        long campaignId = nextCampaignId++;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO campaign (id, organiser_unit_id, year, name, starts_on, ends_on, status)"
                + " VALUES (?, ?, ?, ?, ?, ?, 'LAUNCHED')")) {
            s.setLong(1, campaignId);
            s.setLong(2, rootId);
            s.setInt(3, year);
            s.setString(4, "Thi đua năm " + year);
            s.setDate(5, java.sql.Date.valueOf(year + "-01-01"));
            s.setDate(6, java.sql.Date.valueOf(year + "-12-31"));
            s.executeUpdate();
        }
        Rows levels = new Rows(c, "INSERT INTO rating_level (campaign_id, code, name, rank_order) VALUES ", 4);
        for (int i = 0; i < LEVELS.length; i++) {
            levels.add(campaignId, LEVELS[i], LEVEL_NAMES[i], i + 1);
        }
        levels.flush();

        // clusters: per province, neighbouring communes (code order) in groups of 8–12
        List<ClusterInfo> clusters = new ArrayList<>();
        Rows clusterRows = new Rows(c, "INSERT INTO cluster (id, campaign_id, name, lineage_key, leader_unit_id, deputy_unit_id) VALUES ", 6);
        Rows memberRows = new Rows(c, "INSERT INTO cluster_member (id, cluster_id, campaign_id, unit_id) VALUES ", 4, clusterRows);
        Random shape = new Random(seed); // the same clusters every year (lineage)
        for (int p = 0; p < provinceCodes.size(); p++) {
            List<Integer> inProvince = new ArrayList<>();
            for (int i = 0; i < communes.size(); i++) {
                if (communes.get(i).province == p) {
                    inProvince.add(i);
                }
            }
            int n = inProvince.size();
            int min = (n + 11) / 12;
            int max = Math.max(min, n / 8);
            int k = min + shape.nextInt(max - min + 1);
            List<Integer> sizes = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                sizes.add(n / k + (i < n % k ? 1 : 0));
            }
            Collections.shuffle(sizes, shape);
            int from = 0;
            for (int number = 1; number <= k; number++) {
                List<Integer> members = inProvince.subList(from, from + sizes.get(number - 1));
                from += members.size();
                long clusterId = nextClusterId++;
                String name = "Cụm số " + number + " — " + provinceCodes.get(p);
                long leader = communes.get(members.get(0)).id;
                Long deputy = members.size() > 1 ? communes.get(members.get(1)).id : null;
                clusterRows.add(clusterId, campaignId, name,
                        UUID.nameUUIDFromBytes((provinceCodes.get(p) + "/" + number).getBytes(StandardCharsets.UTF_8)).toString(),
                        leader, deputy);
                for (int m : members) {
                    memberRows.add(nextMemberId++, clusterId, campaignId, communes.get(m).id);
                }
                clusters.add(new ClusterInfo(clusterId, name, leader, List.copyOf(members)));
            }
        }
        clusterRows.flush();
        memberRows.flush();

        // one signed pledge per cluster with the An Minh targets
        Rows pledges = new Rows(c, "INSERT INTO pledge (id, cluster_id, campaign_id) VALUES ", 3);
        Rows versions = new Rows(c, "INSERT INTO pledge_version (id, pledge_id, number, status, title, place, preamble, signer_policy,"
                + " revision, fingerprint, frozen_organiser, frozen_year, frozen_campaign, frozen_cluster, finalised_at, signed_at)"
                + " VALUES ", 16, pledges);
        Rows targets = new Rows(c, "INSERT INTO pledge_target (id, version_id, position, code, name, kind, subject, child_type_code,"
                + " level_code, threshold, unit_of_measure, each_member, cluster_wide, clause_position) VALUES ", 14, versions);
        Timestamp signed = Timestamp.from(Instant.parse(year + "-03-15T02:00:00Z"));
        for (ClusterInfo cluster : clusters) {
            long pledgeId = nextPledgeId++;
            long versionId = nextVersionId++;
            pledges.add(pledgeId, cluster.id(), campaignId);
            versions.add(versionId, pledgeId, 1, "SIGNED", "Giao ước thi đua năm " + year + " — " + cluster.name(), "Việt Nam",
                    "Các đơn vị trong " + cluster.name() + " thống nhất ký kết giao ước thi đua.", "CHAIRS", 1,
                    fingerprint(random), ROOT_CODE, year, "Thi đua năm " + year, cluster.name(), signed, signed);
            targets.add(nextTargetId++, versionId, 1, "ban-cong-tac-tot", "Ban Công tác Mặt trận hoàn thành tốt nhiệm vụ",
                    "RATED_SHARE", "CHILD_UNITS", "HAMLET", "HTT", "80", null, true, false, 4);
            targets.add(nextTargetId++, versionId, 2, "ban-cong-tac-xuat-sac", "Trong đó hoàn thành xuất sắc nhiệm vụ",
                    "RATED_SHARE", "CHILD_UNITS", "HAMLET", "HTXS", "30", null, true, false, 4);
            targets.add(nextTargetId++, versionId, 3, "ban-cong-tac-khong-yeu-kem", "Không có Ban Công tác Mặt trận yếu kém",
                    "RATED_COUNT_AT_MOST", "CHILD_UNITS", "HAMLET", "KHT", "0", null, true, false, 4);
            targets.add(nextTargetId++, versionId, 4, "uy-ban-xa-tot", "Ủy ban MTTQ xã, thị trấn hoàn thành tốt nhiệm vụ",
                    "RATED_SHARE", "MEMBER_UNITS", null, "HTT", "100", null, false, true, 4);
            targets.add(nextTargetId++, versionId, 5, "uy-ban-xa-xuat-sac", "Ủy ban MTTQ xã, thị trấn hoàn thành xuất sắc nhiệm vụ",
                    "RATED_SHARE", "MEMBER_UNITS", null, "HTXS", "30", null, false, true, 4);
            targets.add(nextTargetId++, versionId, 6, "quy-vi-nguoi-ngheo", "Vận động Quỹ “Vì người nghèo” đạt chỉ tiêu được giao",
                    "QUANTITY", null, null, null, "50000000", "đồng", true, true, 3);
        }
        pledges.flush();
        versions.flush();
        targets.flush();

        // results: hamlet committees rated by their commune, commune committees by staff, the fund per commune
        Timestamp entered = Timestamp.from(Instant.parse(year + "-12-20T02:00:00Z"));
        Rows entries = new Rows(c, "INSERT INTO result_entry (campaign_id, unit_id, reporting_unit_id, measure, level_code, amount,"
                + " entered_by, entered_at) VALUES ", 8);
        long hamletRatings = 0;
        for (Commune commune : communes) {
            if (withHamlets) {
                for (int i = 0; i < commune.hamlets; i++) {
                    entries.add(campaignId, commune.firstHamlet + i, commune.id, "rating", level(random), null, "bench", entered);
                    hamletRatings++;
                }
            }
            entries.add(campaignId, commune.id, commune.id, "rating", level(random), null, "bench", entered);
            entries.add(campaignId, commune.id, commune.id, "quy-vi-nguoi-ngheo", null,
                    new java.math.BigDecimal(30_000_000L + 1_000_000L * random.nextInt(60)), "bench", entered);
        }
        entries.flush();
        c.commit();
        c.setAutoCommit(true);
        return new CampaignInfo(campaignId, year, clusters, hamletRatings, communes.size());
    }

    /** Roughly the An Minh distribution: most good, a third excellent, a few weak. */
    static String level(Random random) {
        int r = random.nextInt(100);
        return r < 32 ? "HTXS" : r < 85 ? "HTT" : r < 98 ? "HT" : "KHT";
    }

    /** A signed-in account (no usable password unless {@code passwordHash} is a real one) and an API token for it. */
    public long addAccount(Connection c, String username, String role, Long unitId, String office, String passwordHash,
                           String token) throws SQLException {
        c.setAutoCommit(false);
        long accountId = nextAccountId++;
        try (PreparedStatement s = c.prepareStatement("INSERT INTO account (id, username, full_name, role, unit_id, password_hash,"
                + " must_change_password, enabled, office) VALUES (?, ?, ?, ?, ?, ?, FALSE, TRUE, ?)")) {
            s.setLong(1, accountId);
            s.setString(2, username);
            s.setString(3, "Benchmark " + username);
            s.setString(4, role);
            if (unitId == null) {
                s.setNull(5, java.sql.Types.BIGINT);
            } else {
                s.setLong(5, unitId);
            }
            s.setString(6, passwordHash == null ? "disabled:benchmark" : passwordHash);
            s.setString(7, office);
            s.executeUpdate();
        }
        if (token != null) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO api_token (id, account_id, name, token_hash, token_prefix)"
                    + " VALUES (?, ?, 'benchmark', ?, ?)")) {
                s.setLong(1, nextTokenId++);
                s.setLong(2, accountId);
                s.setString(3, ApiTokens.hash(token));
                s.setString(4, ApiTokens.prefix(token));
                s.executeUpdate();
            }
        }
        c.commit();
        c.setAutoCommit(true);
        return accountId;
    }

    private static String fingerprint(Random random) {
        StringBuilder hex = new StringBuilder(64);
        for (int i = 0; i < 64; i++) {
            hex.append(Character.forDigit(random.nextInt(16), 16));
        }
        return hex.toString();
    }

    private static long maxId(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Multi-row INSERT of up to {@value #ROWS_PER_INSERT} rows per statement. */
    static final class Rows {
        private final Connection c;
        private final String head;
        private final int columns;
        private final List<Object> values = new ArrayList<>();
        private final Map<Integer, String> sqlBySize = new HashMap<>();
        private final Rows[] parents;
        long written;

        /** {@code parents}: the rows these refer to, flushed first (foreign keys). */
        Rows(Connection c, String head, int columns, Rows... parents) {
            this.c = c;
            this.head = head;
            this.columns = columns;
            this.parents = parents;
        }

        void add(Object... row) throws SQLException {
            if (row.length != columns) {
                throw new IllegalArgumentException(row.length + " values for " + columns + " columns");
            }
            Collections.addAll(values, row);
            if (values.size() >= ROWS_PER_INSERT * columns) {
                flush();
            }
        }

        void flush() throws SQLException {
            for (Rows parent : parents) {
                parent.flush();
            }
            int rows = values.size() / columns;
            if (rows == 0) {
                return;
            }
            String sql = sqlBySize.computeIfAbsent(rows, n -> {
                String one = "(" + String.join(",", Collections.nCopies(columns, "?")) + ")";
                return head + String.join(",", Collections.nCopies(n, one));
            });
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < values.size(); i++) {
                    s.setObject(i + 1, values.get(i));
                }
                s.executeUpdate();
            }
            written += rows;
            values.clear();
        }
    }
}
