package vn.thidua.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import vn.thidua.testsupport.Browser;
import vn.thidua.testsupport.IntegrationTestBase;

import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The holes of issue 11 (and the sign-in hot row of issue 18), each probed on the real WAR with a forged request as an
 * attacker would send it, and each refusal checked in the database: nothing changed. It shares the suite's one Payara boot (IntegrationTestBase).
 */
class SecurityIT extends IntegrationTestBase {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");
    private static final String SUFFIX = String.valueOf(System.nanoTime() % 1_000_000);


    // ---------------------------------------------------------------------------------------------------------------

    @Test
    @Order(1)
    void tenConcurrentFormSignInsOfOneAccountAllSucceed() throws Exception {
        long versionBefore = single("SELECT version FROM account WHERE username = 'lanhdao'");
        List<SignInForm> forms = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            forms.add(signInForm());
        }
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Callable<HttpResponse<String>>> posts = new ArrayList<>();
            for (SignInForm form : forms) {
                posts.add(() -> form.post("lanhdao", PASSWORD, true));
            }
            List<Integer> statuses = new ArrayList<>();
            List<String> locations = new ArrayList<>();
            for (Future<HttpResponse<String>> f : pool.invokeAll(posts)) {
                statuses.add(f.get().statusCode());
                locations.add(f.get().headers().firstValue("Location").orElse(""));
            }
            assertEquals(List.of(302, 302, 302, 302, 302, 302, 302, 302, 302, 302), statuses, "every sign-in succeeds, none 500");
            assertTrue(locations.stream().allMatch(l -> l.endsWith("/index.xhtml")), locations.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(versionBefore, single("SELECT version FROM account WHERE username = 'lanhdao'"),
                "signing in is bookkeeping: the account's version is not bumped");
        assertEquals(1, single("SELECT COUNT(*) FROM account WHERE username = 'lanhdao' AND last_sign_in_at IS NOT NULL"));
    }

    @Test
    @Order(2)
    void aPostbackWithoutTheCspNonceAnswersAPlainErrorPage() throws Exception {
        // PrimeFaces checks the nonce when a postback renders a page (here: the form with its required fields empty)
        HttpResponse<String> honest = signInForm().post("", "", true);
        assertEquals(200, honest.statusCode(), "with the nonce the form comes back with its messages");
        HttpResponse<String> refused = signInForm().post("", "", false);
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("id=\"errorTitle\""), "the application's own error page: " + refused.body());
        // What a person sees: the page without its scripts (PrimeFaces' settings script lists the error-page mapping
        // of ViewExpiredException from web.xml, which is configuration, not an exception shown).
        String seen = refused.body().replaceAll("(?s)<script[^>]*>.*?</script>", "");
        assertFalse(seen.contains("Exception"), "no exception's name on screen: " + seen);
        assertFalse(seen.contains("CspException") || seen.contains("at org.") || seen.contains("at jakarta."), "no stack");

        // a view state this server never gave (an expired session looks the same): the sign-in page, as the client's
        // fault, never the exception's 500
        SignInForm real = signInForm();
        HttpResponse<String> madeUp = new SignInForm(real.cookie, "-4242424242424242424:1234567890123456789", real.nonce)
                .post("lanhdao", PASSWORD, true);
        assertEquals(400, madeUp.statusCode(), madeUp.body());
        assertTrue(madeUp.body().contains("login:username"), "the sign-in page again: " + madeUp.body());
    }

    @Test
    @Order(3)
    void theApiTakesBearerTokensOnlyAndTokensOpenTheApiOnly() throws Exception {
        String cookie = signInForm().signedIn("lanhdao", PASSWORD);
        HttpResponse<String> withCookie = HTTP.send(HttpRequest.newBuilder(URI.create(root() + "api/v1/campaigns"))
                .header("Cookie", cookie).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, withCookie.statusCode(), "a session cookie opens nothing on the API");
        assertEquals("unauthorized", jsonObject(withCookie.body()).getString("error"));
        assertEquals("nosniff", withCookie.headers().firstValue("X-Content-Type-Options").orElse(""), "the 401 has the security headers");
        assertEquals("DENY", withCookie.headers().firstValue("X-Frame-Options").orElse(""));
        // the same cookie still opens the pages
        assertEquals(200, HTTP.send(HttpRequest.newBuilder(URI.create(root() + "index.xhtml")).header("Cookie", cookie).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());

        HttpResponse<Void> page = HTTP.send(HttpRequest.newBuilder(URI.create(root() + "index.xhtml"))
                .header("Authorization", "Bearer demo-viewer-token").GET().build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(302, page.statusCode(), "a token does not open pages");
        assertTrue(page.headers().firstValue("Location").orElse("").contains("login.xhtml"));
        HttpResponse<Void> file = HTTP.send(HttpRequest.newBuilder(URI.create(root() + "tally/export?campaign=" + campaignId()))
                .header("Authorization", "Bearer demo-viewer-token").GET().build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(302, file.statusCode(), "nor file servlets");
    }

    @Test
    @Order(4)
    void writesRefuseFormableBodiesMalformedJsonAndOversizedBodiesAndChangeNothing() throws Exception {
        long results = single("SELECT COUNT(*) * 1000000 + COALESCE(SUM(version), 0) FROM result_entry");
        long members = single("SELECT COUNT(*) FROM cluster_member");
        String hamlet = hamletsOf("31021").get(0);

        // what an auto-submitted cross-site form can send: text/plain, no preflight
        HttpResponse<String> plain = post("api/v1/campaigns/" + campaignId() + "/results", "demo-thuanhoa-token",
                "text/plain", "unit_code,measure,value\n" + hamlet + ",rating,HTT\n");
        assertEquals(415, plain.statusCode(), plain.body());
        assertEquals("unsupported_media_type", jsonObject(plain.body()).getString("error"));
        HttpResponse<String> form = post("api/v1/clusters/" + clusterId("Cụm số 2") + "/members", "demo-dongthanh-token",
                "application/x-www-form-urlencoded", "unitCode=31021");
        assertEquals(415, form.statusCode(), form.body());

        HttpResponse<String> malformed = post("api/v1/clusters/" + clusterId("Cụm số 2") + "/members", "demo-dongthanh-token",
                "application/json", "{\"unitCode\": ");
        assertEquals(400, malformed.statusCode(), malformed.body());
        assertTrue(malformed.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("malformed_json", jsonObject(malformed.body()).getString("error"));

        StringBuilder huge = new StringBuilder("unit_code,measure,value\n");
        while (huge.length() < 11 * 1024 * 1024) {
            huge.append(hamlet).append(",rating,HTT\n");
        }
        try {
            HttpResponse<String> tooLarge = post("api/v1/campaigns/" + campaignId() + "/results", "demo-thuanhoa-token",
                    "text/csv", huge.toString());
            assertEquals(413, tooLarge.statusCode());
            assertEquals("payload_too_large", jsonObject(tooLarge.body()).getString("error"));
        } catch (java.io.IOException closed) {
            // the server may also close the connection rather than read the rest of a body it refused
            System.out.println("oversized body: connection closed by the server (" + closed + ")");
        }

        assertEquals(results, single("SELECT COUNT(*) * 1000000 + COALESCE(SUM(version), 0) FROM result_entry"), "no result written");
        assertEquals(members, single("SELECT COUNT(*) FROM cluster_member"), "no member registered");
    }

    @Test
    @Order(5)
    void aChairsRefusedResultsNameNoUnitOutsideTheirCommune() throws Exception {
        // The ITs share one server and database and ResultsIT ends by publishing the demo campaign's results: undo that
        // here (as ResultsPageIT does) so that the chair's file is judged line by line, not refused as a whole.
        try (Connection db = database(); Statement s = db.createStatement()) {
            s.executeUpdate("UPDATE campaign SET results_published_at = NULL WHERE id = " + campaignId());
        }
        String neighbour = hamletsOf("31048").get(0);
        String neighbourName = text("SELECT name FROM unit WHERE code = '" + neighbour + "'");
        long before = single("SELECT COUNT(*) * 1000000 + COALESCE(SUM(version), 0) FROM result_entry");
        HttpResponse<String> refused = post("api/v1/campaigns/" + campaignId() + "/results", "demo-thuanhoa-token", "text/csv",
                "unit_code,measure,value\n" + neighbour + ",rating,HTT\n00004,rating,HTT\n");
        assertEquals(400, refused.statusCode(), refused.body());
        JsonArray errors = jsonObject(refused.body()).getJsonArray("errors");
        assertEquals(2, errors.size());
        for (JsonValue e : errors) {
            assertEquals("results.error.unknownOrOutside", e.asJsonObject().getString("key"),
                    "an existing unit outside and an unknown code get the same answer");
            assertFalse(e.asJsonObject().getString("message").contains(neighbourName), e.toString());
        }
        assertEquals(before, single("SELECT COUNT(*) * 1000000 + COALESCE(SUM(version), 0) FROM result_entry"));
    }

    @Test
    @Order(6)
    void aCommunesViewerReadsItsOwnClusterNotTheWholeCampaign() throws Exception {
        String token = "sec-viewer-" + SUFFIX + "-token";
        long account = insertAccount("xem" + SUFFIX, "VIEWER", "31021");
        insertToken(account, token, "DATE_ADD(NOW(3), INTERVAL 1 DAY)", null);

        JsonArray clusters = jsonArray(get("api/v1/campaigns/" + campaignId() + "/clusters", token).body());
        assertEquals(List.of("Cụm số 2"), names(clusters), "only the cluster Thuận Hoà belongs to");
        assertEquals(404, get("api/v1/clusters/" + clusterId("Cụm số 1"), token).statusCode());
        assertEquals(200, get("api/v1/clusters/" + clusterId("Cụm số 2"), token).statusCode());
        assertEquals(404, get("api/v1/clusters/" + clusterId("Cụm số 1") + "/review", token).statusCode(),
                "another cluster's review (evidence, minutes) is not read either");

        JsonObject tally = jsonObject(get("api/v1/campaigns/" + campaignId() + "/tally", token).body());
        JsonArray tallied = tally.getJsonArray("clusters");
        assertEquals(List.of("Cụm số 2"), names(tallied));
        assertEquals(List.of("31021"), tallied.getJsonObject(0).getJsonArray("units").stream()
                .map(u -> u.asJsonObject().getString("code")).toList(), "its own commune's row only");

        // the district's viewer still reads everything
        JsonArray all = jsonArray(get("api/v1/campaigns/" + campaignId() + "/clusters", "demo-viewer-token").body());
        assertEquals(List.of("Cụm số 1", "Cụm số 2"), names(all));
    }

    @Test
    @Order(7)
    void expiredRevokedAndDemoLikeTokensAreRefused() throws Exception {
        long account = single("SELECT id FROM account WHERE username = 'lanhdao'");
        String expired = "sec-expired-" + SUFFIX + "-token";
        String revoked = "sec-revoked-" + SUFFIX + "-token";
        String valid = "sec-valid-" + SUFFIX + "-token";
        insertToken(account, expired, "DATE_SUB(NOW(3), INTERVAL 1 MINUTE)", null);
        insertToken(account, revoked, "DATE_ADD(NOW(3), INTERVAL 1 DAY)", "NOW(3)");
        insertToken(account, valid, "DATE_ADD(NOW(3), INTERVAL 1 DAY)", null);
        assertEquals(401, get("api/v1/campaigns", expired).statusCode());
        assertEquals(401, get("api/v1/campaigns", revoked).statusCode());
        assertEquals(200, get("api/v1/campaigns", valid).statusCode(), "the same account with a valid token");
    }

    @Test
    @Order(8)
    void aHamletCannotBeRegisteredAsAClusterMemberThroughTheApi() throws Exception {
        String hamlet = hamletsOf("31030").get(0);
        long members = single("SELECT COUNT(*) FROM cluster_member");
        HttpResponse<String> refused = post("api/v1/clusters/" + clusterId("Cụm số 2") + "/members", "demo-dongthanh-token",
                "application/json", Json.createObjectBuilder().add("unitCode", hamlet).build().toString());
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("cluster.error.hamlet", jsonObject(refused.body()).getString("error"));
        assertEquals(members, single("SELECT COUNT(*) FROM cluster_member"));
    }

    @Test
    @Order(9)
    void forwardedHeadersFromAnUntrustedPeerAreNotBelieved() throws Exception {
        HttpResponse<Void> login = HTTP.send(HttpRequest.newBuilder(URI.create(root() + "login.xhtml"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7").GET().build(),
                HttpResponse.BodyHandlers.discarding());
        List<String> cookies = login.headers().allValues("Set-Cookie");
        assertFalse(cookies.isEmpty());
        assertTrue(cookies.stream().noneMatch(c -> c.toLowerCase().contains("secure")),
                "no trusted proxy is configured here: the client's own X-Forwarded-Proto changes nothing " + cookies);
    }

    @Test
    @Order(10)
    void anImportNamingAUnitOutsideTheImportersScopeIsRefusedWholeAndChangesNothing() throws Exception {
        // a second district of the province, with a commune, that An Minh's staff do not manage
        String district = "SEC" + SUFFIX;
        String commune = "SEC" + SUFFIX + "X";
        insertUnit(district, "Huyện Kiểm Thử " + SUFFIX, "909", "91");
        insertUnit(commune, "Xã Ngoài Phạm Vi " + SUFFIX, "31021", district);
        String before = text("SELECT CONCAT(name, '|', path, '|', version) FROM unit WHERE code = '" + commune + "'");
        long units = single("SELECT COUNT(*) FROM unit");

        java.nio.file.Path file = java.nio.file.Files.createTempFile("thidua-seize-", ".csv");
        java.nio.file.Files.writeString(file, "unit_code,unit_name,unit_type,parent_code\n"
                + "99" + SUFFIX + ",Xã Mới Hợp Lệ,Xã,909\n"
                + commune + ",Xã Bị Chiếm,Xã,909\n");
        try (Browser browser = Browser.desktop(root())) {
            browser.signIn("canbo", PASSWORD);
            browser.go("organisation/import.xhtml");
            browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
            browser.click("import:upload");
            browser.waitForMessage("chưa nhập đơn vị nào");
            String errors = browser.text("errors");
            assertTrue(errors.contains(commune) && errors.contains("3"), "the row and its line: " + errors);
            browser.screenshot("desktop-import-outside-scope");
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        assertEquals(before, text("SELECT CONCAT(name, '|', path, '|', version) FROM unit WHERE code = '" + commune + "'"),
                "the other district's commune is neither renamed nor moved");
        assertEquals(units, single("SELECT COUNT(*) FROM unit"), "the valid row was not imported either");
    }

    @Test
    @Order(11)
    void aPasswordResetEndsThePersonsSessionsAndTokensAndIsRecorded() throws Exception {
        String username = "xem" + SUFFIX; // the commune viewer of test 6, with its token
        String token = "sec-viewer-" + SUFFIX + "-token";
        long account = single("SELECT id FROM account WHERE username = '" + username + "'");
        String cookie = signInForm().signedIn(username, PASSWORD);
        assertEquals(200, page("index.xhtml", cookie));
        assertEquals(200, get("api/v1/campaigns", token).statusCode());

        try (Browser staff = Browser.desktop(root())) {
            staff.signIn("canbo", PASSWORD);
            staff.go("security/accounts.xhtml");
            staff.waiting().until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(
                    By.xpath("//tr[contains(., '" + username + "')]//button[contains(@id, ':reset')]"))).click();
            staff.confirmYes();
            staff.waiting().until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(By.id("temporaryPassword")));
        }
        assertEquals(302, page("index.xhtml", cookie), "the session signed in before the reset has ended");
        assertEquals(401, get("api/v1/campaigns", token).statusCode(), "and the token is revoked");
        assertEquals(1, single("SELECT COUNT(*) FROM api_token WHERE account_id = " + account + " AND revoked_at IS NOT NULL"));
        assertEquals(1, single("SELECT COUNT(*) FROM security_event WHERE kind = 'PASSWORD_RESET' AND actor = 'canbo'"
                + " AND account_id = " + account));
    }

    @Test
    @Order(12)
    void thePublicVerificationPageParsesAFewDocumentsPerAddressThenSaysWhenToComeBack() throws Exception {
        // From [::1]: the other tests' uploads come from 127.0.0.1, so this address's count is this test's alone.
        String v6 = root().replace("http://127.0.0.1:", "http://[::1]:");
        HttpResponse<String> page;
        try {
            page = HTTP.send(HttpRequest.newBuilder(URI.create(v6 + "verify.xhtml")).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.net.ConnectException noIpv6Loopback) {
            org.junit.jupiter.api.Assumptions.abort("no IPv6 loopback on this machine: " + noIpv6Loopback);
            return;
        }
        assertEquals(200, page.statusCode());
        Matcher state = VIEW_STATE.matcher(page.body());
        Matcher nonce = NONCE.matcher(String.join(" ", page.headers().allValues("Content-Security-Policy")));
        assertTrue(state.find() && nonce.find());
        String cookie = sessionCookie(page);
        List<String> answers = new ArrayList<>();
        for (int i = 0; i <= vn.thidua.pledge.DocumentCheckThrottle.DEFAULT_LIMIT; i++) {
            answers.add(uploadForVerification(v6, cookie, state.group(1).replace("&#58;", ":"), nonce.group(1)));
        }
        for (String answer : answers.subList(0, answers.size() - 1)) {
            assertTrue(answer.contains("Không tìm thấy giao ước nào khớp"), "checked: " + answer);
        }
        String refused = answers.get(answers.size() - 1);
        assertTrue(refused.contains("quá nhiều tệp") && refused.contains("10 phút"), "refused, saying when to come back: " + refused);
        assertFalse(refused.contains("Không tìm thấy giao ước"), "and not checked");
        // the limit is this address's: the suite's own client (127.0.0.1) still has its documents checked
        assertEquals(200, HTTP.send(HttpRequest.newBuilder(URI.create(root() + "verify.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
    }

    @Test
    @Order(13)
    void whatTheAttackRunsFoundAnswersNotFoundOrBadRequestNever500() throws Exception {
        String cookie = sessionCookie("canbo");
        // a view parameter that does not convert names nothing, like an unknown id
        for (String path : List.of("campaign/campaign.xhtml?id=abc", "cluster/cluster.xhtml?id=%27%22",
                "assessment/results.xhtml?campaign=x&unit=1", "tally/tally.xhtml?campaign=1%20OR%201")) {
            HttpResponse<String> page = getAs(cookie, path);
            assertEquals(404, page.statusCode(), path);
            assertTrue(page.body().contains("id=\"errorTitle\""), "the application's error page: " + path);
        }
        assertEquals(200, getAs(cookie, "campaign/campaign.xhtml?id=" + campaignId()).statusCode(), "a good id still opens");

        // text in the number field's hidden input, which its widget never sends: the request is at fault
        long campaigns = single("SELECT COUNT(*) FROM campaign");
        HttpResponse<String> form = getAs(cookie, "campaign/campaigns.xhtml");
        Matcher state = VIEW_STATE.matcher(form.body());
        Matcher nonce = NONCE.matcher(String.join(" ", form.headers().allValues("Content-Security-Policy")));
        assertTrue(state.find() && nonce.find());
        String body = "create=create&create%3Ayear_input=abc&create%3Ayear_hinput=%C2%BFabc&jakarta.faces.ViewState="
                + URLEncoder.encode(state.group(1).replace("&#58;", ":"), StandardCharsets.UTF_8)
                + "&primefaces.nonce=" + URLEncoder.encode(nonce.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> refused = HTTP.send(HttpRequest.newBuilder(URI.create(root() + "campaign/campaigns.xhtml"))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("id=\"errorTitle\""));
        assertEquals(campaigns, single("SELECT COUNT(*) FROM campaign"), "nothing created");
    }

    /** The page's Ajax upload of a small file that is not one of ours, as PrimeFaces' script sends it. */
    private static String uploadForVerification(String root, String cookie, String viewState, String nonce) throws Exception {
        String boundary = "----attack" + System.nanoTime();
        StringBuilder body = new StringBuilder();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("byFile", "byFile");
        fields.put("jakarta.faces.ViewState", viewState);
        fields.put("primefaces.nonce", nonce);
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", "byFile:file");
        fields.put("jakarta.faces.partial.execute", "byFile:file");
        fields.put("jakarta.faces.partial.render", "result messages");
        fields.put("byFile:file_totalFilesCount", "1");
        fields.forEach((k, v) -> body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
                .append(k).append("\"\r\n\r\n").append(v).append("\r\n"));
        body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"byFile:file\"; filename=\"x.pdf\"\r\n")
                .append("Content-Type: application/pdf\r\n\r\n%PDF-1.4 not a pledge\r\n--").append(boundary).append("--\r\n");
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(root + "verify.xhtml"))
                .header("Cookie", cookie).header("Faces-Request", "partial/ajax")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body();
    }

    // ---------------------------------------------------------------------------------------------------------------

    private int page(String path, String cookie) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(root() + path)).header("Cookie", cookie).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The sign-in form as a client without script posts it: view state and, if it is honest, PrimeFaces' nonce. */
    private final class SignInForm {
        final String cookie;
        final String viewState;
        final String nonce;

        SignInForm(String cookie, String viewState, String nonce) {
            this.cookie = cookie;
            this.viewState = viewState;
            this.nonce = nonce;
        }

        HttpResponse<String> post(String username, String password, boolean withNonce) throws Exception {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("login", "login");
            fields.put("login:username", username);
            fields.put("login:password", password);
            fields.put("login:signIn", "");
            fields.put("jakarta.faces.ViewState", viewState);
            if (withNonce) {
                fields.put("primefaces.nonce", nonce);
            }
            String body = fields.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return HTTP.send(HttpRequest.newBuilder(URI.create(root() + "login.xhtml"))
                    .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Signs in and returns the renewed session cookie. */
        String signedIn(String username, String password) throws Exception {
            HttpResponse<String> done = post(username, password, true);
            assertEquals(302, done.statusCode(), done.body());
            return sessionCookie(done);
        }
    }

    private SignInForm signInForm() throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(root() + "login.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        Matcher state = VIEW_STATE.matcher(page.body());
        assertTrue(state.find(), "the form's view state");
        Matcher nonce = NONCE.matcher(String.join(" ", page.headers().allValues("Content-Security-Policy")));
        assertTrue(nonce.find(), "PrimeFaces' script nonce");
        return new SignInForm(sessionCookie(page), state.group(1).replace("&#58;", ":"), nonce.group(1));
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .reduce((first, last) -> last).orElseThrow();
    }

    private long campaignId() throws Exception {
        for (JsonValue c : jsonArray(get("api/v1/campaigns", "demo-viewer-token").body())) {
            if ("Thi đua năm 2022".equals(c.asJsonObject().getString("name"))) {
                return c.asJsonObject().getJsonNumber("id").longValue();
            }
        }
        throw new AssertionError("the demo campaign");
    }

    private long clusterId(String name) throws Exception {
        for (JsonValue c : jsonArray(get("api/v1/campaigns/" + campaignId() + "/clusters", "demo-viewer-token").body())) {
            if (name.equals(c.asJsonObject().getString("name"))) {
                return c.asJsonObject().getJsonNumber("id").longValue();
            }
        }
        throw new AssertionError(name);
    }

    private static List<String> names(JsonArray array) {
        return array.stream().map(v -> v.asJsonObject().getString("name")).sorted().toList();
    }

    private static List<String> hamletsOf(String commune) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (Connection c = database(); PreparedStatement s = c.prepareStatement(
                "SELECT h.code FROM unit h JOIN unit p ON p.id = h.parent_id WHERE p.code = ? ORDER BY h.code")) {
            s.setString(1, commune);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    codes.add(r.getString(1));
                }
            }
        }
        assertFalse(codes.isEmpty(), "hamlets of " + commune);
        return codes;
    }

    private static long insertAccount(String username, String role, String unitCode) throws SQLException {
        try (Connection c = database(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO account (username, full_name, role, unit_id, password_hash)"
                        + " SELECT ?, 'Người xem kiểm thử', ?, u.id, a.password_hash FROM unit u, account a"
                        + " WHERE u.code = ? AND a.username = 'lanhdao'", Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, username);
            s.setString(2, role);
            s.setString(3, unitCode);
            assertEquals(1, s.executeUpdate());
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void insertToken(long account, String token, String expiresAt, String revokedAt) throws Exception {
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        try (Connection c = database(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO api_token (account_id, name, token_hash, token_prefix, expires_at, revoked_at) VALUES (?, 'it', ?, ?, "
                        + expiresAt + ", " + (revokedAt == null ? "NULL" : revokedAt) + ")")) {
            s.setLong(1, account);
            s.setString(2, hash);
            s.setString(3, token.substring(0, 8));
            assertEquals(1, s.executeUpdate());
        }
    }

    /** A unit inserted as the database holds it (path and depth under its parent), with the type of a model unit. */
    private static void insertUnit(String code, String name, String typeOf, String parentCode) throws SQLException {
        try (Connection c = database(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO unit (code, name, type_id, parent_id, path, depth)"
                        + " SELECT ?, ?, t.type_id, p.id, CONCAT(p.path, ?, '/'), p.depth + 1 FROM unit t, unit p"
                        + " WHERE t.code = ? AND p.code = ?")) {
            s.setString(1, code);
            s.setString(2, name);
            s.setString(3, code);
            s.setString(4, typeOf);
            s.setString(5, parentCode);
            assertEquals(1, s.executeUpdate());
        }
    }

    private static long single(String sql) throws SQLException {
        try (Connection c = database(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            assertTrue(r.next(), sql);
            return r.getLong(1);
        }
    }

    private static String text(String sql) throws SQLException {
        try (Connection c = database(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            assertTrue(r.next(), sql);
            String value = r.getString(1);
            assertNotNull(value, sql);
            return value;
        }
    }

}
