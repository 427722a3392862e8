package vn.thidua.it;

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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import vn.thidua.testsupport.Browser;
import vn.thidua.testsupport.IntegrationTestBase;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A commune's results sheet in the browser, for what used to mislead its chair: choosing "— Chưa xếp loại —" or
 * emptying a figure really clears the stored value (after a reload, in the audit and in the API's tally), a clear on a
 * sheet no longer editable is refused beside the control and changes nothing, and refusals on a 390 px phone (a bad
 * figure on this sheet, a signature without consent or with a wrong password) appear inside the viewport.
 */
class ResultsPageIT extends IntegrationTestBase {

    private static final long CAMPAIGN = 1;
    private static final String COMMUNE = "31021";
    private static final String FUND = "quy-vi-nguoi-ngheo";
    private static final String GOOD_SHARE = "ban-cong-tac-tot";

    @Test
    @Order(1)
    void aRatingAndAFigureClearedInTheBrowserStayClearedAndTheTallyCountsThemMissing() throws Exception {
        draftSheet();
        String hamlet = firstHamlet();
        HttpResponse<String> seeded = postCsv("unit_code,measure,value\n" + hamlet + ",rating,HTT\n" + COMMUNE + "," + FUND
                + ",45000000\n");
        assertEquals(200, seeded.statusCode(), seeded.body());
        Map<String, Object> goodBefore = target(COMMUNE, GOOD_SHARE);
        long missingBefore = ((Number) goodBefore.get("missing")).longValue();
        assertFalse("incomplete".equals(target(COMMUNE, FUND).get("status")), "the fund's figure is entered");

        try (Browser chair = Browser.desktop(root())) {
            chair.signIn("thuanhoa", PASSWORD);
            chair.go(resultsPage());
            int ratedBefore = rated(chair);
            new Select(rating(chair, hamlet)).selectByValue("");
            chair.waitForMessage("Đã xoá");
            chair.waiting().until(d -> rated(chair) == ratedBefore - 1);
            chair.go(resultsPage());
            assertEquals("", new Select(rating(chair, hamlet)).getFirstSelectedOption().getAttribute("value"),
                    "after a reload the committee is still not rated");
            assertEquals(ratedBefore - 1, rated(chair));
            chair.screenshot("desktop-results-cleared");
        }
        try (Browser phone = Browser.phone(root())) {
            phone.signIn("thuanhoa", PASSWORD);
            phone.go(resultsPage());
            WebElement fund = figure(phone, "45000000");
            String id = fund.getAttribute("id");
            fund.clear();
            fund.sendKeys(Keys.TAB);
            phone.waitForMessage("Đã xoá");
            phone.go(resultsPage());
            assertEquals("", phone.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(id))).getAttribute("value"),
                    "after a reload the figure is still empty");
            phone.screenshot("phone-results-cleared");
        }

        Map<String, Object> goodAfter = target(COMMUNE, GOOD_SHARE);
        assertEquals(missingBefore + 1, ((Number) goodAfter.get("missing")).longValue(), goodAfter.toString());
        assertEquals("incomplete", goodAfter.get("status"));
        Map<String, Object> fundAfter = target(COMMUNE, FUND);
        assertEquals("incomplete", fundAfter.get("status"), fundAfter.toString());
        assertEquals(1L, ((Number) fundAfter.get("missing")).longValue());

        assertNull(stored(hamlet, "rating"), "the rating's row is gone");
        assertNull(stored(COMMUNE, FUND), "the figure's row is gone");
        assertEquals("HTT", lastChange(hamlet, "rating")[0]);
        assertNull(lastChange(hamlet, "rating")[1], "audited HTT → none");
        assertEquals("45000000", lastChange(COMMUNE, FUND)[0]);
        assertNull(lastChange(COMMUNE, FUND)[1]);

        // the same value twice is one change, not two: no audit row "45000000 → 45000000"
        long changes = changes(COMMUNE, FUND);
        assertEquals(200, postCsv("unit_code,measure,value\n" + COMMUNE + "," + FUND + ",45000000\n").statusCode());
        assertEquals(200, postCsv("unit_code,measure,value\n" + COMMUNE + "," + FUND + ",45.000.000\n").statusCode());
        assertEquals(changes + 1, changes(COMMUNE, FUND));
    }

    @Test
    @Order(2)
    void aFigureTypedWrongOnAPhoneIsRefusedBesideItInTheViewport() throws Exception {
        draftSheet();
        assertEquals(200, postCsv("unit_code,measure,value\n" + COMMUNE + "," + FUND + ",45000000\n").statusCode());
        try (Browser phone = Browser.phone(root())) {
            phone.signIn("thuanhoa", PASSWORD);
            phone.go(resultsPage());
            WebElement fund = figure(phone, "45000000");
            String id = fund.getAttribute("id");
            // select and overtype: clear() alone would fire a change and clear the stored figure
            fund.sendKeys(Keys.chord(Keys.CONTROL, "a"), "abc", Keys.TAB);
            By message = By.id(id.replace(":figure", ":figureMessage"));
            phone.waiting().until(ExpectedConditions.textToBePresentInElementLocated(message, "abc"));
            WebElement shown = phone.driver().findElement(message);
            assertTrue(shown.getText().contains("không phải số"), shown.getText());
            assertInViewport(phone, shown);
            assertEquals("abc", phone.driver().findElement(By.id(id)).getAttribute("value"), "what was typed stays to be fixed");
            phone.screenshot("phone-results-refused");
        }
        assertEquals("45000000", stored(COMMUNE, FUND), "nothing was written");
    }

    @Test
    @Order(3)
    void aClearOnASheetSubmittedMeanwhileIsRefusedBesideTheControlAndChangesNothing() throws Exception {
        draftSheet();
        String hamlet = firstHamlet();
        assertEquals(200, postCsv("unit_code,measure,value\n" + hamlet + ",rating,HT\n").statusCode());
        try (Browser stale = Browser.desktop(root())) {
            stale.signIn("thuanhoa", PASSWORD);
            stale.go(resultsPage());
            WebElement select = rating(stale, hamlet);
            assertTrue(select.isEnabled());
            try (Browser other = Browser.desktop(root())) {
                other.signIn("thuanhoa", PASSWORD);
                other.go(resultsPage());
                other.click("report:submit");
                other.confirmYes();
                other.waitForMessage("Đã gửi báo cáo");
            }
            String id = select.getAttribute("id");
            new Select(select).selectByValue("");
            By message = By.id(id.replace(":level", ":levelMessage"));
            stale.waiting().until(ExpectedConditions.textToBePresentInElementLocated(message, "Báo cáo đã gửi"));
            stale.waiting().until(d -> "HT".equals(new Select(d.findElement(By.id(id))).getFirstSelectedOption().getAttribute("value")));
            stale.screenshot("desktop-results-clear-refused");
        }
        assertEquals("HT", stored(hamlet, "rating"), "the refused clear changed nothing");
    }

    @Test
    @Order(4)
    void signingRefusalsOnAPhoneAreBroughtIntoView() throws Exception {
        try (Browser phone = Browser.phone(root())) {
            phone.signIn("phothuanhoa", PASSWORD);
            phone.go("index.xhtml");
            phone.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("todo")));
            phone.driver().findElements(By.xpath("//div[@id='todo']//li[contains(.,'Cụm số 2')]//a")).get(0).click();
            phone.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("sign:signButton")));
            phone.type("sign:password", PASSWORD);
            phone.click("sign:signButton");
            phone.waitForMessage("đánh dấu xác nhận");
            eventuallyInViewport(phone, By.cssSelector("#messages .ui-messages-error"), "phone-sign-no-consent");
            phone.tick("sign:consent");
            phone.type("sign:password", "not-my-password");
            phone.click("sign:signButton");
            phone.waitForMessage("Mật khẩu không đúng");
            eventuallyInViewport(phone, By.cssSelector("#messages .ui-messages-error"), "phone-sign-wrong-password");
        }
    }

    @Test
    @Order(5)
    void theCampaignPageShowsEachClustersSignaturesReportsAndReviewStage() throws Exception {
        long cluster2 = clusterId("Cụm số 2");
        long[] signatures = signatures(cluster2);
        assertTrue(signatures[1] > 0, "Cụm số 2's pledge is out for signatures");
        long members = count("SELECT COUNT(*) FROM cluster_member WHERE cluster_id = " + cluster2);
        long reportsIn = count("SELECT COUNT(*) FROM cluster_member m JOIN result_report r ON r.campaign_id = m.campaign_id"
                + " AND r.unit_id = m.unit_id WHERE m.cluster_id = " + cluster2 + " AND r.status IN ('SUBMITTED', 'ACCEPTED')");
        for (boolean phone : new boolean[] {false, true}) {
            try (Browser staff = phone ? Browser.phone(root()) : Browser.desktop(root())) {
                staff.signIn("canbo", PASSWORD);
                staff.go("campaign/campaign.xhtml?id=" + CAMPAIGN);
                WebElement row = staff.waiting().until(ExpectedConditions.presenceOfElementLocated(
                        By.xpath("//tr[.//a[normalize-space(.)='Cụm số 2']]")));
                String text = row.getText();
                assertTrue(text.contains(signatures[0] + "/" + signatures[1] + " đã ký"), text);
                assertTrue(text.contains(reportsIn + "/" + members + " đã gửi"), text);
                assertTrue(text.contains("Đang tự chấm"), "Cụm số 2 is self-scoring in the demo: " + text);
                for (String unit : unsignedUnits(cluster2)) {
                    assertTrue(text.contains("Chưa ký:") && text.contains(unit), unit + " has not signed: " + text);
                }
                staff.screenshot((phone ? "phone" : "desktop") + "-campaign-progress");
            }
        }
    }

    @Test
    @Order(6)
    void theTallysColumnHeadingsAreTargetNamesNotCodes() throws Exception {
        for (boolean phone : new boolean[] {false, true}) {
            try (Browser leader = phone ? Browser.phone(root()) : Browser.desktop(root())) {
                leader.signIn("lanhdao", PASSWORD);
                leader.go("tally/tally.xhtml?campaign=" + CAMPAIGN);
                WebElement head = leader.waiting().until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector(".td-tally-table thead")));
                String headings = head.getAttribute("textContent");
                assertTrue(headings.contains("Vì người nghèo"), headings);
                assertFalse(headings.contains(FUND) || headings.contains(GOOD_SHARE), "no codes in the headings: " + headings);
                leader.screenshot((phone ? "phone" : "desktop") + "-tally-names");
            }
        }
    }

    @Test
    @Order(7)
    void homePagesSayWhatResultsAreMissingAndWhichReportsWaitForStaff() throws Exception {
        draftSheet();
        long commune = unitId(COMMUNE);
        long hamlets = count("SELECT COUNT(*) FROM unit WHERE parent_id = " + commune);
        long rated = count("SELECT COUNT(*) FROM result_entry WHERE campaign_id = " + CAMPAIGN + " AND reporting_unit_id = " + commune
                + " AND unit_id <> " + commune + " AND measure = 'rating'");
        try (Browser chair = Browser.phone(root())) {
            chair.signIn("thuanhoa", PASSWORD);
            chair.go("index.xhtml");
            String todo = chair.text("resultsTodo");
            assertTrue(todo.contains("Nhập và gửi kết quả của Thuận Hoà"), todo);
            // the ITs share one database: ResultsIT may have rated every committee already, and then none is "missing"
            if (rated < hamlets) {
                assertTrue(todo.contains((hamlets - rated) + "/" + hamlets + " Ban Công tác Mặt trận chưa xếp loại"), todo);
            } else {
                assertFalse(todo.contains("chưa xếp loại"), todo);
            }
            chair.screenshot("phone-home-chair-results");
        }
        List<String> waiting = new java.util.ArrayList<>();
        try (Connection db = database(); Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT u.name FROM result_report r JOIN unit u ON u.id = r.unit_id WHERE r.campaign_id = "
                     + CAMPAIGN + " AND r.status = 'SUBMITTED'")) {
            while (r.next()) {
                waiting.add(r.getString(1));
            }
        }
        assertFalse(waiting.isEmpty(), "the demo has Đông Thạnh's report submitted");
        try (Browser staff = Browser.desktop(root())) {
            staff.signIn("canbo", PASSWORD);
            staff.go("index.xhtml");
            String todo = staff.text("resultsTodo");
            for (String unit : waiting) {
                assertTrue(todo.contains("Duyệt báo cáo kết quả đã gửi của " + unit), todo);
            }
            staff.screenshot("desktop-home-staff-results");
        }
    }

    @Test
    @Order(8)
    void theStaffHomePageShowsEachClustersSignaturesWithTheMissingUnitsNamedOnADesktopAndAPhone() throws Exception {
        long cluster2 = clusterId("Cụm số 2");
        long[] signatures = signatures(cluster2);
        List<String> missing = unsignedUnits(cluster2);
        // the fresh demo: five of Cụm số 2's ten signatures given (the ITs share one database; none of them signs there)
        assertEquals(10, signatures[1], "Cụm số 2's pledge asks for ten signatures");
        assertFalse(missing.isEmpty(), "Cụm số 2 still waits for signatures");
        for (boolean phone : new boolean[] {false, true}) {
            try (Browser staff = phone ? Browser.phone(root()) : Browser.desktop(root())) {
                staff.signIn("canbo", PASSWORD);
                staff.go("index.xhtml");
                WebElement row = staff.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("dash-cluster-" + cluster2)));
                String text = row.getText();
                assertTrue(text.contains("Cụm số 2"), text);
                assertTrue(text.contains(signatures[0] + "/" + signatures[1] + " đã ký"), text);
                for (String unit : missing) {
                    assertTrue(text.contains("Chưa ký:") && text.contains(unit), unit + " has not signed: " + text);
                }
                // each figure leads to where to act: the signatures to the cluster's pledge
                WebElement link = row.findElement(By.xpath(".//a[contains(., 'đã ký')]"));
                assertTrue(link.getAttribute("href").contains("pledge/pledge.xhtml?cluster=" + cluster2), link.getAttribute("href"));
                String tiles = staff.text("dash-" + CAMPAIGN);
                assertTrue(tiles.contains("Đạt") && tiles.contains("Không đạt") && tiles.contains("Chưa đủ số liệu"), tiles);
                if (phone) {
                    // a card per cluster: the row fits the 390 px screen and the page does not scroll sideways
                    Map<String, Object> box = box(staff, row);
                    assertTrue(((Number) box.get("left")).doubleValue() >= 0
                            && ((Number) box.get("right")).doubleValue() <= ((Number) box.get("width")).doubleValue() + 1, box.toString());
                    assertTrue(((Number) box.get("scroll")).doubleValue() <= ((Number) box.get("width")).doubleValue() + 1,
                            "the page is wider than the phone: " + box);
                }
                staff.screenshot((phone ? "phone" : "desktop") + "-home-staff");
            }
        }
    }

    @Test
    @Order(9)
    void theMainPagesHaveNoSeriousOrCriticalAccessibilityViolation() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(vn.thidua.testsupport.Axe.available(),
                "axe-core is not installed: npm ci --prefix src/test/a11y");
        List<String> serious = new java.util.ArrayList<>();
        int pages = 0;
        try (Browser staff = Browser.desktop(root())) {
            staff.signIn("canbo", PASSWORD);
            for (String page : List.of("index.xhtml", "campaign/campaign.xhtml?id=" + CAMPAIGN, "tally/tally.xhtml?campaign=" + CAMPAIGN)) {
                serious.addAll(axe(staff, "desktop " + page));
                pages++;
            }
        }
        try (Browser chair = Browser.phone(root())) {
            chair.signIn("thuanhoa", PASSWORD);
            for (String page : List.of("index.xhtml", resultsPage(), "tally/tally.xhtml?campaign=" + CAMPAIGN)) {
                serious.addAll(axe(chair, "phone " + page));
                pages++;
            }
        }
        System.out.println("A11Y axe-core on " + pages + " pages: " + serious.size() + " serious or critical");
        assertTrue(serious.isEmpty(), String.join("\n", serious));
    }

    private static List<String> axe(Browser browser, String page) {
        browser.go(page.substring(page.indexOf(' ') + 1));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("footer.td-footer")));
        List<vn.thidua.testsupport.Axe.Violation> found = vn.thidua.testsupport.Axe.run(browser.driver());
        found.forEach(v -> System.out.println("A11Y " + page + ": " + v));
        // known and open: PrimeFaces 15 always writes aria-hidden on a simple p:fileUpload's focusable input (skinned or
        // not; FileUploadRenderer), here the results sheet's import; every other serious finding fails the test
        return found.stream().filter(vn.thidua.testsupport.Axe.Violation::isSerious)
                .filter(v -> !("aria-hidden-focus".equals(v.rule()) && v.nodes() == 1 && v.targets().equals("#import\\:file_input")))
                .map(v -> page + ": " + v).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> box(Browser browser, WebElement element) {
        return (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript(
                "var r = arguments[0].getBoundingClientRect();"
                        + " return {left: r.left, right: r.right, width: window.innerWidth,"
                        + " scroll: document.documentElement.scrollWidth};", element);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    private String resultsPage() throws SQLException {
        return "assessment/results.xhtml?campaign=" + CAMPAIGN + "&unit=" + unitId(COMMUNE);
    }

    private static WebElement rating(Browser browser, String hamletCode) {
        return browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//tr[td[normalize-space(.)='" + hamletCode + "']]//select")));
    }

    private static WebElement figure(Browser browser, String value) {
        List<WebElement> found = browser.driver().findElements(By.cssSelector("input[id$=':figure']")).stream()
                .filter(f -> value.equals(f.getAttribute("value"))).toList();
        assertEquals(1, found.size(), "one figure shows " + value);
        return found.get(0);
    }

    private static int rated(Browser browser) {
        return Integer.parseInt(browser.text("ratedCount").split("/")[0].strip());
    }

    /** Waits until the element is inside the viewport (a scroll may be animated); a screenshot either way. */
    private static void eventuallyInViewport(Browser browser, By locator, String screenshot) {
        try {
            browser.waiting().until(d -> inViewport(browser, d.findElement(locator)));
            browser.screenshot(screenshot);
        } catch (org.openqa.selenium.TimeoutException e) {
            browser.screenshot("failed-" + screenshot);
            StringBuilder log = new StringBuilder();
            browser.driver().manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER)
                    .forEach(entry -> log.append(entry.getMessage()).append('\n'));
            throw new AssertionError("never in the viewport: " + rect(browser, browser.driver().findElement(locator))
                    + " scrollY=" + ((JavascriptExecutor) browser.driver()).executeScript("return window.scrollY;")
                    + "\nconsole:\n" + log, e);
        }
    }

    private static void assertInViewport(Browser browser, WebElement element) {
        assertTrue(inViewport(browser, element), "outside the viewport: " + rect(browser, element));
    }

    private static boolean inViewport(Browser browser, WebElement element) {
        Map<String, Object> r = rect(browser, element);
        double top = ((Number) r.get("top")).doubleValue();
        double bottom = ((Number) r.get("bottom")).doubleValue();
        double height = ((Number) r.get("height")).doubleValue();
        // a scroll lands on fractional pixels: half a pixel above the top is still in view
        return height > 0 && top >= -1 && bottom <= ((Number) r.get("viewport")).doubleValue() + 1;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> rect(Browser browser, WebElement element) {
        return (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeScript(
                "var r = arguments[0].getBoundingClientRect();"
                        + " return {top: r.top, bottom: r.bottom, height: r.height, viewport: window.innerHeight};", element);
    }

    /** The tally's entry for one target of one unit, read from the API's JSON. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> target(String unitCode, String targetCode) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(root() + "api/v1/campaigns/" + CAMPAIGN + "/tally"))
                .header("Authorization", "Bearer demo-viewer-token").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        Map<String, Object> tally = new Json().toType(response.body(), Json.MAP_TYPE);
        for (Object c : (List<Object>) tally.get("clusters")) {
            for (Object u : (List<Object>) ((Map<String, Object>) c).get("units")) {
                Map<String, Object> unit = (Map<String, Object>) u;
                if (unitCode.equals(unit.get("code"))) {
                    for (Object t : (List<Object>) unit.get("targets")) {
                        if (targetCode.equals(((Map<String, Object>) t).get("code"))) {
                            return (Map<String, Object>) t;
                        }
                    }
                }
            }
        }
        throw new AssertionError(targetCode + " of " + unitCode + " not in the tally: " + response.body());
    }

    private HttpResponse<String> postCsv(String csv) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(root() + "api/v1/campaigns/" + CAMPAIGN + "/results"))
                .header("Authorization", "Bearer demo-thuanhoa-token").header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Thuận Hoà's sheet back in Draft and the campaign's results unpublished. The integration tests share one
     * database and ResultsIT ends by submitting this sheet and publishing the campaign: this class must not depend
     * on which of them runs first. (No second-level cache: the application reads these rows afresh.)
     */
    private void draftSheet() throws SQLException {
        try (Connection db = database(); Statement s = db.createStatement()) {
            s.executeUpdate("UPDATE campaign SET results_published_at = NULL WHERE id = " + CAMPAIGN);
            s.executeUpdate("DELETE FROM result_report WHERE campaign_id = " + CAMPAIGN + " AND unit_id = " + unitId(COMMUNE));
        }
    }

    private String firstHamlet() throws SQLException {
        try (Connection db = database(); Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT h.code FROM unit h JOIN unit p ON p.id = h.parent_id WHERE p.code = '" + COMMUNE
                     + "' ORDER BY h.code")) {
            assertTrue(r.next(), "Thuận Hoà has hamlet committees");
            return r.getString(1);
        }
    }

    /** The stored value as the audit writes it (a level code or an amount), null when no row is stored. */
    private String stored(String unitCode, String measure) throws SQLException {
        try (Connection db = database(); PreparedStatement s = db.prepareStatement(
                "SELECT e.level_code, e.amount FROM result_entry e JOIN unit u ON u.id = e.unit_id"
                        + " WHERE e.campaign_id = ? AND u.code = ? AND e.measure = ?")) {
            s.setLong(1, CAMPAIGN);
            s.setString(2, unitCode);
            s.setString(3, measure);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return null;
                }
                return r.getString(1) != null ? r.getString(1) : r.getBigDecimal(2).stripTrailingZeros().toPlainString();
            }
        }
    }

    private String[] lastChange(String unitCode, String measure) throws SQLException {
        try (Connection db = database(); PreparedStatement s = db.prepareStatement(
                "SELECT c.old_value, c.new_value FROM result_change c JOIN unit u ON u.id = c.unit_id"
                        + " WHERE c.campaign_id = ? AND u.code = ? AND c.measure = ? ORDER BY c.id DESC LIMIT 1")) {
            s.setLong(1, CAMPAIGN);
            s.setString(2, unitCode);
            s.setString(3, measure);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "a change of " + measure + " of " + unitCode + " is audited");
                assertNotNull(r.getString(1), "the old value is kept");
                return new String[] {r.getString(1), r.getString(2)};
            }
        }
    }

    private long changes(String unitCode, String measure) throws SQLException {
        try (Connection db = database(); PreparedStatement s = db.prepareStatement(
                "SELECT COUNT(*) FROM result_change c JOIN unit u ON u.id = c.unit_id"
                        + " WHERE c.campaign_id = ? AND u.code = ? AND c.measure = ?")) {
            s.setLong(1, CAMPAIGN);
            s.setString(2, unitCode);
            s.setString(3, measure);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private long clusterId(String name) throws SQLException {
        return count("SELECT id FROM cluster WHERE campaign_id = " + CAMPAIGN + " AND name = '" + name + "'");
    }

    /** Signatures given and required on the latest version of the cluster's pledge, counted signer by signer. */
    private long[] signatures(long cluster) throws SQLException {
        long version = count("SELECT v.id FROM pledge_version v JOIN pledge p ON p.id = v.pledge_id WHERE p.cluster_id = " + cluster
                + " ORDER BY v.number DESC LIMIT 1");
        long required = count("SELECT COUNT(*) FROM pledge_signer WHERE version_id = " + version);
        long signed = count("SELECT COUNT(*) FROM pledge_signer s WHERE s.version_id = " + version + " AND EXISTS (SELECT 1"
                + " FROM pledge_signature g WHERE g.version_id = s.version_id AND g.unit_id = s.unit_id AND g.office = s.office)");
        return new long[] {signed, required};
    }

    private List<String> unsignedUnits(long cluster) throws SQLException {
        long version = count("SELECT v.id FROM pledge_version v JOIN pledge p ON p.id = v.pledge_id WHERE p.cluster_id = " + cluster
                + " ORDER BY v.number DESC LIMIT 1");
        List<String> names = new java.util.ArrayList<>();
        try (Connection db = database(); Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT DISTINCT s.unit_name FROM pledge_signer s LEFT JOIN pledge_signature g"
                     + " ON g.version_id = s.version_id AND g.unit_id = s.unit_id AND g.office = s.office"
                     + " WHERE s.version_id = " + version + " AND g.id IS NULL")) {
            while (r.next()) {
                names.add(r.getString(1));
            }
        }
        return names;
    }

    private long unitId(String code) throws SQLException {
        try (Connection db = database(); Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT id FROM unit WHERE code = '" + code + "'")) {
            r.next();
            return r.getLong(1);
        }
    }

}
