package vn.thidua.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What every integration test shares: the real WAR on Payara Micro in demo mode (An Minh 2022) against a real MariaDB,
 * driven from outside over HTTP and in the browser. A test class joins by extending this class, nothing more.
 * <p>
 * <b>One boot for all.</b> Each Arquillian deployment of Payara Micro is a whole server boot, so the deployment below
 * is the suite's (arquillian.xml names this class to the suite extension): Payara starts before the first class and
 * stops after the last, and a subclass declares no {@code @Deployment} of its own (it would be ignored). The classes
 * therefore share the server's memory as well as the database: use data of your own (a campaign named with a random
 * suffix) or data no other class changes, and keep failed sign-ins to accounts nobody else signs in with, well under
 * the per-address limit (30 in 15 minutes from 127.0.0.1, which every class shares).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
public abstract class IntegrationTestBase {

    /** Every demo account's password (demo mode only). */
    protected static final String PASSWORD = "thidua-demo";
    /** The demo's API tokens (README). */
    protected static final String VIEWER_TOKEN = "demo-viewer-token";

    /** Redirects are answers to check, not to follow. */
    protected static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @ArquillianResource
    protected URL base;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war", "target/thidua.war")));
    }

    /**
     * The application on the loopback address: Payara reports the machine's interface address, which need not be
     * reachable (nor should tests send traffic anywhere but loopback). It listens on every interface.
     */
    protected String root() {
        String path = base.getPath().endsWith("/") ? base.getPath() : base.getPath() + "/";
        return "http://127.0.0.1:" + base.getPort() + path;
    }

    /** Whether this run has seen the server ready once (the one shared boot serves every class). */
    private static volatile boolean serverReady;

    /**
     * Arquillian returns as soon as Payara has deployed the WAR, while the database side (migrations, demo data) may
     * still be running beside Faces' start (DatabaseMigrations): wait once, before the first test, until readiness
     * answers 200 (a start that failed never does: the server log says why).
     */
    @BeforeEach
    void awaitServerReady() throws IOException, InterruptedException {
        if (serverReady) {
            return;
        }
        long deadline = System.nanoTime() + 240_000_000_000L;
        HttpResponse<String> health;
        do {
            health = get("health/ready", null);
            if (health.statusCode() == 200) {
                serverReady = true;
                return;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        throw new IllegalStateException("The server did not become ready within 240 s: " + health.statusCode() + " " + health.body());
    }

    // ---- HTTP ------------------------------------------------------------------------------------------------------

    /** GET of a path below the root, with a bearer token unless {@code token} is null. */
    protected HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return HTTP.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GET of the raw bytes (documents, exports). */
    protected HttpResponse<byte[]> getBytes(String path, String token) throws IOException, InterruptedException {
        return HTTP.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** POST of a JSON body. */
    protected HttpResponse<String> postJson(String path, String token, String json) throws IOException, InterruptedException {
        return post(path, token, "application/json", json);
    }

    /** POST of a text body of the given content type, sent as UTF-8. */
    protected HttpResponse<String> post(String path, String token, String contentType, String body)
            throws IOException, InterruptedException {
        return HTTP.send(request(path, token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
    }

    protected HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root() + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    // ---- JSON, read as JSON (Jakarta JSON-P, Parsson) ---------------------------------------------------------------

    protected static JsonStructure json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.read();
        }
    }

    protected static JsonObject jsonObject(String text) {
        return (JsonObject) json(text);
    }

    protected static JsonArray jsonArray(String text) {
        return (JsonArray) json(text);
    }

    /** The objects of an array. */
    protected static List<JsonObject> objects(JsonArray array) {
        return array.stream().map(JsonObject.class::cast).collect(Collectors.toList());
    }

    /** The first object of an array that matches, if any. */
    protected static Optional<JsonObject> first(JsonArray array, Predicate<JsonObject> test) {
        return objects(array).stream().filter(test).findFirst();
    }

    /** The object of an array whose string member {@code key} equals {@code value}; fails the test when there is none. */
    protected static JsonObject having(JsonArray array, String key, String value) {
        return first(array, o -> value.equals(o.getString(key, null)))
                .orElseThrow(() -> new AssertionError("no object with " + key + " = " + value + " in " + array));
    }

    // ---- The database the application uses (failsafe hands both the same environment) ------------------------------

    protected static Connection database() throws SQLException {
        return DriverManager.getConnection(System.getenv("DB_URL"), System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
    }

    /** The first column of the first row as a number, 0 when there is no row. */
    protected static long count(String sql) throws SQLException {
        try (Connection db = database(); Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    /** The first column of the first row, null when there is no row. */
    protected static Object value(String sql) throws SQLException {
        try (Connection db = database(); Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getObject(1) : null;
        }
    }

    // ---- The browser ------------------------------------------------------------------------------------------------

    /** Headless Chromium at desktop size, signed in with a demo account. Close it (try-with-resources). */
    protected Browser desktopSignedIn(String account) {
        return signedIn(Browser.desktop(root()), account);
    }

    /** Headless Chromium at 390 × 844 (a phone), signed in with a demo account. Close it (try-with-resources). */
    /**
     * A session signed in through the real form over HTTP (its view state and PrimeFaces' CSP nonce sent back), as
     * the {@code Cookie} header value: pages and file servlets take sessions only, the API tokens only.
     */
    protected String sessionCookie(String account) throws IOException, InterruptedException {
        HttpResponse<String> page = HTTP.send(request("login.xhtml", null).GET().build(), HttpResponse.BodyHandlers.ofString());
        String cookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst().orElseThrow();
        java.util.regex.Matcher state = java.util.regex.Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(page.body());
        java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("nonce=\"([^\"]+)\"").matcher(page.body());
        if (!state.find() || !nonce.find()) {
            throw new IllegalStateException("no view state or nonce on the sign-in page");
        }
        String form = "login=login&login%3Ausername=" + account + "&login%3Apassword=" + PASSWORD + "&login%3AsignIn="
                + "&jakarta.faces.ViewState=" + java.net.URLEncoder.encode(state.group(1), StandardCharsets.UTF_8)
                + "&primefaces.nonce=" + java.net.URLEncoder.encode(nonce.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = HTTP.send(request("login.xhtml", null).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (signedIn.statusCode() != 302) {
            throw new IllegalStateException("sign-in of " + account + " answered " + signedIn.statusCode());
        }
        // the session id is renewed at sign-in (no fixation)
        return signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst().orElse(cookie);
    }

    /** GET of a page or file as a signed-in session (see {@link #sessionCookie}). */
    protected HttpResponse<String> getAs(String cookie, String path) throws IOException, InterruptedException {
        return HTTP.send(request(path, null).header("Cookie", cookie).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    protected Browser phoneSignedIn(String account) {
        return signedIn(Browser.phone(root()), account);
    }

    private static Browser signedIn(Browser browser, String account) {
        try {
            browser.signIn(account, PASSWORD);
            return browser;
        } catch (RuntimeException | Error e) {
            browser.close(); // the caller never gets it to close
            throw e;
        }
    }
}
