package vn.thidua.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import vn.thidua.testsupport.FacesPostback;
import vn.thidua.testsupport.IntegrationTestBase;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The authorisation matrix of issue 11, as data (src/test/resources/security/authorisation-matrix.csv: one row per
 * state-changing entry point or file download, one column per kind of caller, each cell A or R), run for real on the
 * shared WAR: API calls with each column's bearer token, downloads and forged Faces postbacks with each column's
 * session. A refused cell must also leave the tables it concerns as they were (MariaDB's {@code CHECKSUM TABLE}, read
 * by JDBC); an allowed write must change them, and is undone.
 * <p>
 * Everything acts on the demo's second district, An Biên (DemoSecondDistrict), which no other test uses: its writes
 * disturb nobody, and the An Minh accounts appear only as "staff of another district" (and as the administrator,
 * whose one change of the shared catalogue is removed again). The outcome of every cell is written to
 * target/authorisation-matrix.md (copied into docs/security.md); the test fails on any cell that differs from the data,
 * and when a JAX-RS write or a servlet in the sources has no row.
 */
class AuthorisationMatrixIT extends IntegrationTestBase {

    private static final String SUFFIX = String.valueOf(System.nanoTime() % 1_000_000);
    private static final String MATRIX = "/security/authorisation-matrix.csv";

    /** The columns, in the data's order, with who stands for each. */
    enum Column {
        ADMIN("administrator", "quantri"),
        STAFF("staff of the organiser", "canboanbien"),
        OTHER_STAFF("staff of another district", "canbo"),
        LEADER_CHAIR("the leader's chair", "tayyen"),
        MEMBER_CHAIR("a member chair", "hungyen"),
        OTHER_CLUSTER_CHAIR("a chair of another cluster", "thuba"),
        VICE_CHAIR("a vice-chair", "phohungyen"),
        VIEWER("a viewer", "lanhdaoanbien"),
        DISABLED("a disabled account", null),
        MUST_CHANGE("an account that must change its password", null),
        REVOKED_TOKEN("a revoked token", null),
        EXPIRED_TOKEN("an expired token", null),
        NOBODY("nobody", null);

        final String title;
        final String account;

        Column(String title, String account) {
            this.title = title;
            this.account = account;
        }
    }

    /** How one caller reaches the server: a bearer token for the API, a session (or a token, or nothing) elsewhere. */
    record Caller(String token, String cookie, String who) {
    }

    record Row(String id, String covers, String entry, Map<Column, Boolean> expected) {
    }

    /** What a cell did: allowed or not, and what the server answered. */
    record Outcome(boolean allowed, String answer) {
    }

    private final Map<Column, Caller> callers = new EnumMap<>(Column.class);
    private Connection checksums;
    private long campaign;
    private long cluster;
    private long pledge;
    private long version;
    private long scan;
    private long spareUnit;
    private long district;
    private long hungYen;
    private String hamlet;
    private int ratingTurn;

    @Test
    @Order(1)
    void everyCellOfTheMatrixIsAsTheDataSays() throws Exception {
        try {
            run();
        } finally {
            if (checksums != null) {
                checksums.close();
            }
        }
    }

    private void run() throws Exception {
        long start = System.nanoTime();
        List<Row> rows = rows();
        everyEntryPointHasARow(rows);
        fixtures();

        long fixed = System.nanoTime();
        System.out.println("PERF authorisation matrix fixtures (tokens, sign-ins): " + (fixed - start) / 1_000_000 + " ms");
        Map<String, Map<Column, Outcome>> outcomes = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        for (Row row : rows) {
            long rowStart = System.nanoTime();
            Map<Column, Outcome> cells = row.id().startsWith("file.") ? downloads(row) : new EnumMap<>(Column.class);
            for (Column column : Column.values()) {
                Outcome outcome = cells.containsKey(column) ? cells.get(column) : cell(row.id(), column);
                cells.put(column, outcome);
                if (outcome.allowed() != row.expected().get(column)) {
                    wrong.add(row.id() + " × " + column + ": expected " + (row.expected().get(column) ? "allowed" : "refused")
                            + ", got " + outcome.answer());
                }
            }
            outcomes.put(row.id(), cells);
            removeSpare(); // every row starts with Đông Yên in no cluster
            System.out.println("PERF authorisation matrix row " + row.id() + ": " + (System.nanoTime() - rowStart) / 1_000_000 + " ms");
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        write(rows, outcomes, millis);
        System.out.println("PERF authorisation matrix: " + rows.size() + " rows × " + Column.values().length + " columns in "
                + millis + " ms");
        assertTrue(wrong.isEmpty(), "cells that differ from the data:\n" + String.join("\n", wrong));
    }


    // ---- one cell ---------------------------------------------------------------------------------------------------

    private Outcome cell(String row, Column column) throws Exception {
        Caller c = callers.get(column);
        return switch (row) {
            case "api.contact" -> contact(column, c);
            case "api.results" -> results(c);
            case "api.members.add" -> write(List.of("cluster_member"),
                    () -> postJson("api/v1/clusters/" + cluster + "/members", c.token(), member()), this::removeSpare);
            case "api.members.remove" -> {
                registerSpare(); // again after an allowed removal; the row ends with it removed (below)
                yield write(List.of("cluster_member"),
                        () -> HTTP.send(request("api/v1/clusters/" + cluster + "/members/31017", c.token()).DELETE().build(),
                                HttpResponse.BodyHandlers.ofString()), () -> { });
            }
            case "faces.members.add" -> faces(c, "cluster/cluster.xhtml?id=" + cluster, List.of("cluster_member"), "register", "register:add",
                    Map.of("register:candidate_input", "Đông Yên", "register:candidate_hinput", String.valueOf(spareUnit)),
                    this::removeSpare);
            case "faces.campaign.create" -> {
                // a year no other test uses; the organiser picked by id, as a forged picker would send it
                String name = "Thi đua thử " + SUFFIX + "-" + column.ordinal();
                yield faces(c, "campaign/campaigns.xhtml", List.of("campaign"), "create", "create:submit",
                        Map.of("create:organiser_input", "An Biên", "create:organiser_hinput", String.valueOf(district),
                                "create:year_input", "2031", "create:year_hinput", "2031", "create:name", name,
                                "create:startsOn_input", "01/01/2031", "create:endsOn_input", "31/12/2031"),
                        () -> {
                            update("DELETE FROM rating_level WHERE campaign_id IN (SELECT id FROM campaign WHERE name = '" + name + "')");
                            update("DELETE FROM campaign WHERE name = '" + name + "'");
                        });
            }
            case "faces.results.publish" -> faces(c, "assessment/results.xhtml?campaign=" + campaign + "&unit=" + hungYen, List.of("campaign"),
                    "report", "report:publish", Map.of(),
                    () -> update("UPDATE campaign SET results_published_at = NULL WHERE id = " + campaign));
            case "faces.account.create" -> {
                String username = "mxmoi" + SUFFIX + column.ordinal();
                yield faces(c, "security/accounts.xhtml", List.of("account"), "create", "create:submit",
                        Map.of("create:username", username, "create:fullName", "Người xem thử " + username, "create:position", "Ủy viên",
                                "create:role_input", "VIEWER", "create:office_input", "", "create:unit_input", "Hưng Yên",
                                "create:unit_hinput", String.valueOf(hungYen)),
                        () -> update("DELETE FROM account WHERE username = '" + username + "'"));
            }
            case "faces.award.add" -> {
                String code = "mx-" + SUFFIX + "-" + column.ordinal();
                yield faces(c, "award/awards.xhtml", List.of("award"), "add", "add:addButton",
                        Map.of("add:kind_input", "TITLE", "add:code", code, "add:name", "Danh hiệu thử " + code,
                                "add:order_input", "99", "add:order_hinput", "99"),
                        () -> update("DELETE FROM award WHERE code = '" + code + "'"));
            }
            case "file.tally" -> download(c, "tally/export?campaign=" + campaign);
            case "file.template" -> download(c, "assessment/template?campaign=" + campaign + "&unit=" + hungYen);
            case "file.pledge" -> download(c, "pledge/file/document?version=" + version);
            case "file.scan" -> download(c, "pledge/file/scan?signature=" + scan);
            case "file.sheet" -> download(c, "review/file/sheet?campaign=" + campaign);
            case "file.overdue" -> download(c, "notification/file/overdue?campaign=" + campaign);
            case "file.health" -> download(c, "health");
            case "api.sign" -> write(List.of("pledge_signature", "pledge_event"), () -> postJson("api/v1/pledges/" + pledge + "/signatures",
                    c.token(), Json.createObjectBuilder().add("fingerprint", fingerprint()).add("consent", true)
                            .add("password", PASSWORD).add("title", "tap-the-lao-dong-xuat-sac").build().toString()), () -> { });
            default -> throw new AssertionError("no action for row " + row);
        };
    }

    /** An API write: allowed when 2xx, which must change the tables (then undone); refused otherwise, changing nothing. */
    private Outcome write(List<String> tables, Call call, Undo undo) throws Exception {
        String before = checksum(tables);
        HttpResponse<String> answer = call.send();
        boolean allowed = answer.statusCode() / 100 == 2;
        boolean changed = !before.equals(checksum(tables));
        if (allowed) {
            undo.run();
        }
        return judged(allowed, changed, answer.statusCode() + (allowed ? "" : " " + error(answer.body())));
    }

    /** One's own contact: allowed when 2xx; the contact as it was is put back afterwards by JDBC. */
    private Outcome contact(Column column, Caller c) throws Exception {
        Long account = column.account == null ? null : accountId(column.account);
        Map<String, Object> saved = account == null ? null : contactRow(account);
        String body = Json.createObjectBuilder().add("phone", "0297" + String.format("%06d", column.ordinal() * 1000 + ratingTurn++))
                .add("wantsEmail", false).add("language", "vi").build().toString();
        try {
            return write(List.of("notification_contact"), () -> HTTP.send(request("api/v1/me/contact", c.token())
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString()), () -> { });
        } finally {
            if (account != null) {
                restoreContact(account, saved);
            }
        }
    }

    /** A hamlet's rating, a different one each time, so an allowed write is seen (writing the same value records nothing). */
    private Outcome results(Caller c) throws Exception {
        String rating = List.of("HTXS", "HTT", "HT", "KHT").get(ratingTurn++ % 4);
        return write(List.of("result_entry", "result_change"), () -> post("api/v1/campaigns/" + campaign + "/results", c.token(),
                "text/csv", "unit_code,measure,value\n" + hamlet + ",rating," + rating + "\n"), () -> { });
    }

    /**
     * A Faces action as a forged postback: the page is read with the caller's session (a page it may not open is a
     * refusal) and the button is posted whether or not the page rendered it. Allowed means the tables changed.
     */
    private Outcome faces(Caller c, String page, List<String> tables, String form, String button, Map<String, String> fields,
                          Undo undo) throws Exception {
        String before = checksum(tables);
        FacesPostback postback = null;
        if (c.cookie() != null) {
            try {
                postback = FacesPostback.open(root() + page, c.cookie().substring("JSESSIONID=".length()));
            } catch (IllegalStateException notServed) {
                postback = null; // the page itself is refused: said below
            }
        }
        if (postback == null) {
            HttpResponse<String> opened = HTTP.send(pageRequest(c, page).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (opened.statusCode() == 200) {
                throw new AssertionError(page + " opened without a session");
            }
            return judged(false, !before.equals(checksum(tables)), "page " + opened.statusCode() + where(opened));
        }
        HttpResponse<String> answer = postback.click(form, button, fields);
        boolean changed = !before.equals(checksum(tables));
        if (changed) {
            undo.run();
        }
        List<String> errors = FacesPostback.messages(answer.body(), "error");
        return new Outcome(changed, (changed ? "changed" : "unchanged") + " (" + answer.statusCode()
                + (errors.isEmpty() ? "" : ", «" + errors.get(0) + "»") + ")");
    }

    /**
     * A download row: the columns ask at once, four at a time (reads, so they cannot disturb each other), and nothing
     * may change whoever asks: the tables a careless read could write are compared before and after the row.
     */
    private Map<Column, Outcome> downloads(Row row) throws Exception {
        List<String> tables = List.of("review_sheet", "pledge_event", "result_entry", "notification_contact");
        String before = checksum(tables);
        Map<Column, Future<Outcome>> asked = new EnumMap<>(Column.class);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (Column column : Column.values()) {
                asked.put(column, pool.submit(() -> cell(row.id(), column)));
            }
            Map<Column, Outcome> cells = new EnumMap<>(Column.class);
            for (Column column : Column.values()) {
                cells.put(column, asked.get(column).get());
            }
            if (!before.equals(checksum(tables))) {
                cells.replaceAll((column, o) -> new Outcome(!o.allowed(), "a read changed the database (" + o.answer() + ")"));
            }
            return cells;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A download: allowed when 200 (that it changes nothing is checked for the whole row, above). */
    private Outcome download(Caller c, String path) throws Exception {
        HttpResponse<byte[]> answer = HTTP.send(pageRequest(c, path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Outcome(answer.statusCode() == 200, answer.statusCode() + where(answer));
    }

    /**
     * An allowed write must have changed something and a refused one nothing; a cell where that fails is reported as
     * the opposite of what the answer claims, so that it cannot match the data by its status code alone.
     */
    private static Outcome judged(boolean allowed, boolean changed, String answer) {
        if (allowed != changed) {
            return new Outcome(!allowed, answer + (changed ? ", yet the database changed" : ", yet nothing changed"));
        }
        return new Outcome(allowed, answer);
    }

    private HttpRequest.Builder pageRequest(Caller c, String path) {
        HttpRequest.Builder request = request(path, c.cookie() == null ? c.token() : null);
        if (c.cookie() != null) {
            request.header("Cookie", c.cookie());
        }
        return request;
    }

    private static String where(HttpResponse<?> answer) {
        String location = answer.headers().firstValue("Location").orElse("");
        return location.isEmpty() ? "" : " → " + location.replaceAll("^https?://[^/]+/[^/]*/", "").replaceAll("\\?.*", "");
    }

    private static String error(String body) {
        Matcher m = Pattern.compile("\"error\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
        return m.find() ? m.group(1) : "";
    }

    @FunctionalInterface
    interface Call {
        HttpResponse<String> send() throws Exception;
    }

    @FunctionalInterface
    interface Undo {
        void run() throws Exception;
    }

    // ---- fixtures: the second district's ids, a token and a session for each column ---------------------------------

    private void fixtures() throws Exception {
        campaign = number("SELECT c.id FROM campaign c JOIN unit u ON u.id = c.organiser_unit_id WHERE u.code = '908' AND c.year = 2022");
        cluster = number("SELECT id FROM cluster WHERE campaign_id = " + campaign + " AND name = 'Cụm số 1'");
        pledge = number("SELECT id FROM pledge WHERE cluster_id = " + cluster);
        version = number("SELECT MAX(id) FROM pledge_version WHERE pledge_id = " + pledge);
        scan = number("SELECT id FROM pledge_signature WHERE version_id = " + version + " AND method = 'PAPER'");
        spareUnit = number("SELECT id FROM unit WHERE code = '31017'");
        hungYen = number("SELECT id FROM unit WHERE code = '31009'");
        hamlet = "31009-01";

        district = number("SELECT id FROM unit WHERE code = '908'");
        long disabled = insertAccount("mxkhoa" + SUFFIX, district, false, false);
        long mustChange = insertAccount("mxdoimk" + SUFFIX, district, true, true);
        long staff = accountId("canboanbien");
        // each column's token: its account, and whether it is valid, revoked or expired (the last two are canboanbien's)
        Map<Column, String> tokens = new EnumMap<>(Column.class);
        try (Connection db = database(); PreparedStatement s = db.prepareStatement("INSERT INTO api_token"
                + " (account_id, name, token_hash, token_prefix, expires_at, revoked_at) VALUES (?, 'matrix', ?, ?,"
                + " DATE_ADD(NOW(3), INTERVAL ? MINUTE), IF(?, NOW(3), NULL))")) {
            for (Column column : Column.values()) {
                if (column == Column.NOBODY) {
                    continue;
                }
                String token = "mx-" + column.ordinal() + "-" + SUFFIX + "-token";
                tokens.put(column, token);
                s.setLong(1, switch (column) {
                    case DISABLED -> disabled;
                    case MUST_CHANGE -> mustChange;
                    case REVOKED_TOKEN, EXPIRED_TOKEN -> staff;
                    default -> accountId(column.account);
                });
                s.setString(2, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8))));
                s.setString(3, token.substring(0, 8));
                s.setInt(4, column == Column.EXPIRED_TOKEN ? -1 : 24 * 60);
                s.setBoolean(5, column == Column.REVOKED_TOKEN);
                s.addBatch();
            }
            s.executeBatch();
        }
        // the sessions, signed in through the form a few at a time (each sign-in is a PBKDF2 on the server)
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Map<Column, Future<String>> cookies = new EnumMap<>(Column.class);
            for (Column column : Column.values()) {
                cookies.put(column, pool.submit(() -> switch (column) {
                    case DISABLED -> signInOrNothing("mxkhoa" + SUFFIX); // refused: the column goes on without a session
                    case MUST_CHANGE -> signInOrNothing("mxdoimk" + SUFFIX);
                    case REVOKED_TOKEN, EXPIRED_TOKEN, NOBODY -> null; // pages and files see the token alone, or nothing
                    default -> sessionCookie(column.account);
                }));
            }
            for (Column column : Column.values()) {
                callers.put(column, new Caller(tokens.get(column), cookies.get(column).get(), column.account));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(null, callers.get(Column.DISABLED).cookie(), "a disabled account cannot sign in");
        assertTrue(callers.get(Column.MUST_CHANGE).cookie() != null, "an account that must change its password signs in");
    }

    private String signInOrNothing(String account) throws IOException, InterruptedException {
        try {
            return sessionCookie(account);
        } catch (IllegalStateException refused) {
            return null;
        }
    }

    private String member() {
        return Json.createObjectBuilder().add("unitCode", "31017").build().toString();
    }

    private void registerSpare() throws Exception {
        if (count("SELECT COUNT(*) FROM cluster_member WHERE unit_id = " + spareUnit + " AND campaign_id = " + campaign) == 0) {
            HttpResponse<String> done = postJson("api/v1/clusters/" + cluster + "/members", callers.get(Column.ADMIN).token(), member());
            assertEquals(201, done.statusCode(), done.body());
        }
    }

    private void removeSpare() throws Exception {
        if (count("SELECT COUNT(*) FROM cluster_member WHERE unit_id = " + spareUnit + " AND campaign_id = " + campaign) > 0) {
            HttpResponse<String> done = HTTP.send(request("api/v1/clusters/" + cluster + "/members/31017", callers.get(Column.ADMIN).token())
                    .DELETE().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, done.statusCode(), done.body());
        }
    }

    private String fingerprint() throws SQLException {
        return String.valueOf(value("SELECT fingerprint FROM pledge_version WHERE id = " + version));
    }

    // ---- the data, and that it covers every entry point ------------------------------------------------------------

    private static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = AuthorisationMatrixIT.class.getResourceAsStream(MATRIX)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.strip().split(";");
                assertEquals(3 + Column.values().length, f.length, "cells of " + line);
                Map<Column, Boolean> expected = new EnumMap<>(Column.class);
                for (Column column : Column.values()) {
                    String cell = f[3 + column.ordinal()].strip();
                    assertTrue(cell.equals("A") || cell.equals("R"), "A or R: " + line);
                    expected.put(column, cell.equals("A"));
                }
                rows.add(new Row(f[0], f[1], f[2], expected));
            }
        }
        return rows;
    }

    /** Every JAX-RS write method and every servlet in the sources is named by some row's "covers". */
    private static void everyEntryPointHasARow(List<Row> rows) throws IOException {
        Set<String> covered = rows.stream().map(Row::covers).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        Pattern write = Pattern.compile("@(POST|PUT|DELETE|PATCH)\\b[\\s\\S]*?public\\s+\\S+\\s+(\\w+)\\s*\\(");
        try (Stream<Path> files = Files.walk(Path.of(System.getProperty("user.dir"), "src", "main", "java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                String type = file.getFileName().toString().replace(".java", "");
                Matcher m = write.matcher(source);
                while (m.find()) {
                    if (!covered.contains(type + "#" + m.group(2))) {
                        missing.add(type + "#" + m.group(2));
                    }
                }
                if (source.contains("@WebServlet") && !covered.contains(type)) {
                    missing.add(type);
                }
            }
        }
        assertTrue(missing.isEmpty(), "entry points without a row in " + MATRIX + ": " + missing);
    }

    // ---- the report ---------------------------------------------------------------------------------------------------

    private static void write(List<Row> rows, Map<String, Map<Column, Outcome>> outcomes, long millis) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("| entry point |");
        for (Column column : Column.values()) {
            md.append(' ').append(column.title).append(" |");
        }
        md.append("\n| --- |").append(" :-: |".repeat(Column.values().length)).append('\n');
        for (Row row : rows) {
            md.append("| ").append(row.entry().replace("|", "\\|")).append(" |");
            for (Column column : Column.values()) {
                Outcome o = outcomes.get(row.id()).get(column);
                boolean asExpected = o.allowed() == row.expected().get(column);
                md.append(' ').append(o.allowed() ? "allowed" : "refused").append(asExpected ? "" : " **UNEXPECTED**")
                        .append("<br>").append(o.answer().replace("|", "\\|")).append(" |");
            }
            md.append('\n');
        }
        md.append("\n").append(rows.size()).append(" rows × ").append(Column.values().length).append(" columns, run in ")
                .append(millis).append(" ms.\n");
        Path target = Path.of(System.getProperty("user.dir"), "target", "authorisation-matrix.md");
        Files.createDirectories(target.getParent());
        Files.writeString(target, md.toString());
        System.out.println("The authorisation matrix: " + target);
    }

    // ---- JDBC --------------------------------------------------------------------------------------------------------

    /** MariaDB's own checksum of each table's content, so a refused cell is seen to change nothing at all. */
    private String checksum(List<String> tables) throws SQLException {
        if (checksums == null || !checksums.isValid(2)) {
            checksums = database(); // one connection for the run's few hundred checksums
        }
        try (Statement s = checksums.createStatement();
             ResultSet r = s.executeQuery("CHECKSUM TABLE " + String.join(", ", tables))) {
            StringBuilder sums = new StringBuilder();
            while (r.next()) {
                sums.append(r.getString(1)).append('=').append(r.getString(2)).append(';');
            }
            return sums.toString();
        }
    }

    private static long number(String sql) throws SQLException {
        Object v = value(sql);
        if (v == null) {
            fail("no value: " + sql);
        }
        return ((Number) v).longValue();
    }

    private static long accountId(String username) throws SQLException {
        return number("SELECT id FROM account WHERE username = '" + username + "'");
    }

    private static void update(String sql) throws SQLException {
        try (Connection db = database(); Statement s = db.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private static Map<String, Object> contactRow(long account) throws SQLException {
        try (Connection db = database(); Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT email, email_verified, phone, wants_email, language, last_failure, version"
                     + " FROM notification_contact WHERE account_id = " + account)) {
            if (!r.next()) {
                return null;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                row.put(r.getMetaData().getColumnLabel(i), r.getObject(i));
            }
            return row;
        }
    }

    private static void restoreContact(long account, Map<String, Object> saved) throws SQLException {
        try (Connection db = database()) {
            try (PreparedStatement delete = db.prepareStatement("DELETE FROM notification_contact WHERE account_id = ?")) {
                delete.setLong(1, account);
                delete.executeUpdate();
            }
            if (saved == null) {
                return;
            }
            Set<String> columns = new LinkedHashSet<>(saved.keySet());
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO notification_contact (account_id, "
                    + String.join(", ", columns) + ") VALUES (?" + ", ?".repeat(columns.size()) + ")")) {
                insert.setLong(1, account);
                int i = 2;
                for (String column : columns) {
                    insert.setObject(i++, saved.get(column));
                }
                insert.executeUpdate();
            }
        }
    }

    /** A staff account of An Biên with the demo password's hash, disabled or obliged to change its password. */
    private static long insertAccount(String username, long unit, boolean enabled, boolean mustChange) throws SQLException {
        try (Connection db = database(); PreparedStatement s = db.prepareStatement(
                "INSERT INTO account (username, full_name, role, unit_id, password_hash, enabled, must_change_password)"
                        + " SELECT ?, 'Tài khoản ma trận', 'STAFF', ?, password_hash, ?, ? FROM account WHERE username = 'canboanbien'",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, username);
            s.setLong(2, unit);
            s.setBoolean(3, enabled);
            s.setBoolean(4, mustChange);
            assertEquals(1, s.executeUpdate());
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
