package vn.thidua.it;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import vn.thidua.testsupport.Browser;
import vn.thidua.testsupport.FacesPostback;
import vn.thidua.testsupport.IntegrationTestBase;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Year-end results on the real WAR and MariaDB: the CSV import through the API (a good file, and each kind of bad file
 * refused with its line and nothing written), the tally computed live from what was saved (incomplete while a rating
 * is missing, then met or not met), and the workflow in the browser: the chair rates and submits, the cluster leader
 * returns it with a reason, the chair fixes and resubmits, staff accept and publish, after which nothing changes.
 */
class ResultsIT extends IntegrationTestBase {

    private static final long CAMPAIGN = 1;

    @Test
    @Order(1)
    void badFilesAreRefusedWithTheirLineAndWriteNothing() throws Exception {
        List<String> hamlets = hamletsOf("31021");
        String first = hamlets.get(0);
        String otherCommunesHamlet = hamletsOf("31048").get(0);
        long before = entries();
        // an unknown code and another commune's unit get the same answer: a chair learns nothing outside their commune
        assertRefused("unit_code,measure,value\n" + first + ",rating,HTT\nNOPE1,rating,HTT\n", 3, "results.error.unknownOrOutside");
        assertRefused("unit_code,measure,value\n" + first + ",rating,HTT\n" + otherCommunesHamlet + ",rating,HTT\n", 3,
                "results.error.unknownOrOutside");
        assertRefused("unit_code,measure,value\n" + first + ",rating,Xuất sắc lắm\n", 2, "results.error.unknownRating");
        assertRefused("unit_code,measure,value\n31021,quy-vi-nguoi-ngheo,-5\n", 2, "results.error.negative");
        assertRefused("unit_code,measure,value\n" + first + ",rating,HTT\n" + first + ",rating,HT\n", 3, "results.csv.duplicate");
        assertRefused("unit_code,measure,value\n" + first + ",rating,\n", 2, "results.csv.valueMissing");
        assertRefused("unit_code,measure,value\n31021,ban-cong-tac-tot,80\n", 2, "results.error.computedTarget");
        assertRefused("unit_code,measure,value\n31021,rating,HTXS\n", 2, "results.error.communeRatingStaffOnly");
        assertEquals(before, entries(), "a refused file writes nothing");
    }

    @Test
    @Order(2)
    void theTallyIsLiveIncompleteWhileARatingIsMissingThenExact() throws Exception {
        List<String> hamlets = hamletsOf("31021");
        StringBuilder csv = new StringBuilder("unit_code,measure,value\n");
        // every committee rated "good" except one weak one, and the last one not rated yet
        for (int i = 0; i < hamlets.size() - 1; i++) {
            csv.append(hamlets.get(i)).append(",rating,").append(i == 0 ? "Không hoàn thành nhiệm vụ" : "htt").append('\n');
        }
        csv.append("31021,quy-vi-nguoi-ngheo,\"45.000.000\"\n");
        HttpResponse<String> ok = postCsv(csv.toString(), "demo-thuanhoa-token");
        assertEquals(200, ok.statusCode(), ok.body());
        assertTrue(ok.body().contains("\"recorded\":" + hamlets.size()), ok.body());

        String thuanHoa = unitTally("31021");
        assertEquals("incomplete", status(thuanHoa, "ban-cong-tac-tot"), thuanHoa);
        assertTrue(thuanHoa.matches("(?s).*\"code\":\"ban-cong-tac-tot\"[^}]*\"missing\":1.*"), thuanHoa);
        assertEquals("not_met", status(thuanHoa, "ban-cong-tac-khong-yeu-kem"), "one weak committee is decided");
        assertEquals("met", status(thuanHoa, "quy-vi-nguoi-ngheo"), "45,000,000 reaches a quota of 45,000,000 exactly");

        HttpResponse<String> last = postCsv("unit_code,measure,value\n" + hamlets.get(hamlets.size() - 1) + ",rating,HTT\n",
                "demo-thuanhoa-token");
        assertEquals(200, last.statusCode(), last.body());
        thuanHoa = unitTally("31021");
        int n = hamlets.size();
        String expected = (n - 1) * 100 >= 80 * n ? "met" : "not_met";
        assertEquals(expected, status(thuanHoa, "ban-cong-tac-tot"), n + " committees, " + (n - 1) + " good: " + thuanHoa);
        assertTrue(thuanHoa.contains("\"numerator\":\"" + (n - 1) + "\",\"denominator\":\"" + n + "\""), thuanHoa);
        assertEquals("not_met", status(thuanHoa, "ban-cong-tac-xuat-sac"), "none excellent");
    }

    @Test
    @Order(3)
    void theChairSubmitsTheLeaderReturnsStaffAcceptAndPublish() throws Exception {
        String resultsPage = "assessment/results.xhtml?campaign=" + CAMPAIGN + "&unit=" + unitId("31021");
        try (Browser chair = phoneSignedIn("thuanhoa")) {
            chair.go(resultsPage);
            new Select(chair.driver().findElements(By.cssSelector("select[id$=':level']")).get(0)).selectByValue("HTXS");
            chair.waitForMessage("Đã lưu");
            chair.screenshot("phone-results");
            // "Nộp báo cáo" clicked twice, both postbacks in flight together (a double tap, or a phone and a computer):
            // one submission, one audit entry, and the second is told it is done — never a 500.
            long submittedBefore = statusChanges("31021", "SUBMITTED");
            FacesPostback page = FacesPostback.open(root() + resultsPage,
                    chair.driver().manage().getCookieNamed("JSESSIONID").getValue());
            List<HttpResponse<String>> clicks = page.clickTogether(2, "report", "report:submit", Map.of());
            for (HttpResponse<String> click : clicks) {
                assertEquals(200, click.statusCode(), click.body());
                assertTrue(FacesPostback.messages(click.body(), "error").isEmpty(), click.body());
            }
            List<String> said = new ArrayList<>();
            clicks.forEach(c -> said.addAll(FacesPostback.messages(c.body(), "info")));
            assertTrue(said.contains("Đã gửi báo cáo kết quả.") && said.contains("Báo cáo kết quả đã được nộp."), said.toString());
            assertEquals(submittedBefore + 1, statusChanges("31021", "SUBMITTED"), "exactly one submission");
            chair.go(resultsPage);
            assertTrue(chair.text("report:status").contains("Đã gửi"));
            assertTrue(!chair.driver().findElements(By.cssSelector("select[id$=':level']")).get(0).isEnabled(),
                    "a submitted report is read-only for the chair");
        }
        try (Browser leader = desktopSignedIn("dongthanh")) {
            leader.go(resultsPage);
            leader.type("report:reasonText", "Thiếu xếp loại ấp mới thành lập");
            leader.click("report:return");
            leader.waitForMessage("Đã trả lại");
            assertTrue(leader.text("report:status").contains("Bị trả lại"));
        }
        try (Browser chair = desktopSignedIn("thuanhoa")) {
            chair.go(resultsPage);
            assertTrue(chair.text("report:reason").contains("Thiếu xếp loại"));
            new Select(chair.driver().findElements(By.cssSelector("select[id$=':level']")).get(1)).selectByValue("HT");
            chair.waitForMessage("Đã lưu");
            chair.click("report:submit");
            chair.confirmYes();
            chair.waitForMessage("Đã gửi báo cáo");
        }
        try (Browser staff = desktopSignedIn("canbo")) {
            staff.go(resultsPage);
            staff.click("report:accept");
            staff.waitForMessage("Đã duyệt");
            staff.go("tally/tally.xhtml?campaign=" + CAMPAIGN);
            staff.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".td-tally-table")));
            String table = staff.driver().findElement(By.tagName("main")).getText();
            assertTrue(table.contains("Đạt") && table.contains("Không đạt"), table);
            staff.screenshot("desktop-tally");
            // the Excel export opens and says the same; the PDF export is a PDF
            String cookie = "JSESSIONID=" + staff.driver().manage().getCookieNamed("JSESSIONID").getValue();
            HttpResponse<byte[]> xlsx = HTTP.send(HttpRequest.newBuilder(URI.create(root() + "tally/export?campaign=" + CAMPAIGN))
                    .header("Cookie", cookie).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, xlsx.statusCode());
            try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
                assertEquals("Tổng hợp", book.getSheetAt(0).getSheetName());
                StringBuilder cells = new StringBuilder();
                book.getSheetAt(1).forEach(row -> row.forEach(cell -> cells.append(cell.toString()).append('|')));
                assertTrue(book.getNumberOfSheets() >= 3, "a sheet per cluster");
                assertTrue(cells.toString().contains("Đạt") && cells.toString().contains("Không đạt"), cells.toString());
            }
            HttpResponse<byte[]> pdf = HTTP.send(HttpRequest.newBuilder(URI.create(root() + "tally/export?format=pdf&campaign=" + CAMPAIGN))
                    .header("Cookie", cookie).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, pdf.statusCode());
            assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
            staff.go(resultsPage);
            staff.click("report:publish");
            staff.confirmYes();
            staff.waitForMessage("Đã công bố");
        }
        HttpResponse<String> late = postCsv("unit_code,measure,value\n31021,quy-vi-nguoi-ngheo,99\n", "demo-thuanhoa-token");
        assertEquals(400, late.statusCode());
        assertTrue(late.body().contains("results.error.published"), late.body());
    }

    @Test
    @Order(4)
    void anApiWriteRetriedWithTheSameIdempotencyKeyIsAppliedOnce() throws Exception {
        // After publication every write is refused; the key still answers the first answer, whatever came since.
        String key = "results-" + System.nanoTime();
        String csv = "unit_code,measure,value\n31021,quy-vi-nguoi-ngheo,46000000\n";
        HttpResponse<String> first = postCsv(csv, "demo-thuanhoa-token", key);
        HttpResponse<String> retry = postCsv(csv, "demo-thuanhoa-token", key);
        assertEquals(first.statusCode(), retry.statusCode(), retry.body());
        assertEquals(first.body(), retry.body());
        assertEquals("true", retry.headers().firstValue("Idempotent-Replayed").orElse(""));
        assertTrue(first.headers().firstValue("Idempotent-Replayed").isEmpty());
        HttpResponse<String> reused = postCsv(csv.replace("46000000", "1"), "demo-thuanhoa-token", key);
        assertEquals(422, reused.statusCode(), "the same key for another body is refused: " + reused.body());
        assertEquals(422, postCsv(csv, "demo-thuanhoa-token", "not a key!").statusCode());
        // a key belongs to its caller: another account's request with the same key is its own
        HttpResponse<String> other = postCsv(csv, "demo-dongthanh-token", key);
        assertTrue(other.headers().firstValue("Idempotent-Replayed").isEmpty(), other.body());
        try (Connection db = database(); Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM api_idempotency WHERE idem_key = '" + key + "'")) {
            r.next();
            assertEquals(2, r.getLong(1), "one remembered answer per caller");
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    private long statusChanges(String unitCode, String to) throws SQLException {
        try (Connection db = database(); Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM result_change c JOIN unit u ON u.id = c.reporting_unit_id"
                     + " WHERE u.code = '" + unitCode + "' AND c.measure = 'status' AND c.new_value = '" + to + "'")) {
            r.next();
            return r.getLong(1);
        }
    }

    private HttpResponse<String> postCsv(String csv, String token, String idempotencyKey) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(root() + "api/v1/campaigns/" + CAMPAIGN + "/results"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv; charset=UTF-8")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void assertRefused(String csv, int line, String key) throws Exception {
        HttpResponse<String> response = postCsv(csv, "demo-thuanhoa-token");
        assertEquals(400, response.statusCode(), csv + " → " + response.body());
        assertTrue(response.body().contains("\"line\":" + line + ",\"key\":\"" + key + "\""), csv + " → " + response.body());
    }

    private HttpResponse<String> postCsv(String csv, String token) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(root() + "api/v1/campaigns/" + CAMPAIGN + "/results"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String unitTally(String code) throws IOException, InterruptedException {
        String json = HTTP.send(HttpRequest.newBuilder(URI.create(root() + "api/v1/campaigns/" + CAMPAIGN + "/tally"))
                .header("Authorization", "Bearer demo-viewer-token").GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        int at = json.indexOf("\"code\":\"" + code + "\"");
        assertTrue(at >= 0, json);
        int end = json.indexOf("]}", at);
        return json.substring(at, end + 2);
    }

    private static String status(String unitJson, String target) {
        Matcher m = Pattern.compile("\"code\":\"" + Pattern.quote(target) + "\"[^}]*\"status\":\"([a-z_]+)\"").matcher(unitJson);
        assertTrue(m.find(), target + " in " + unitJson);
        return m.group(1);
    }

    private List<String> hamletsOf(String commune) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (Connection db = database(); Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT h.code FROM unit h JOIN unit p ON p.id = h.parent_id WHERE p.code = '" + commune
                     + "' ORDER BY h.code")) {
            while (r.next()) {
                codes.add(r.getString(1));
            }
        }
        return codes;
    }

    private long unitId(String code) throws SQLException {
        try (Connection db = database(); Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT id FROM unit WHERE code = '" + code + "'")) {
            r.next();
            return r.getLong(1);
        }
    }

    private long entries() throws SQLException {
        try (Connection db = database(); Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*), COALESCE(SUM(version), 0) FROM result_entry")) {
            r.next();
            return r.getLong(1) * 1_000_000 + r.getLong(2);
        }
    }

}
