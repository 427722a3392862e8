package vn.thidua.it;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.thidua.testsupport.Browser;
import vn.thidua.testsupport.IntegrationTestBase;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The year-end review on the real WAR, MariaDB and Chromium, starting from the demo (Cụm số 1 finalised with its
 * meeting and proposals, Cụm số 2 self-scoring): Thuận Hoà self-scores on a phone with evidence and submits; the
 * cluster leader reviews it, a changed score needing a reason; staff review and finalise the leader's own sheet; a
 * page left open cannot change the finalised sheet; reopening needs a reason; the meeting's vote is checked and
 * honours a unit; an ineligible proposal is refused with its reasons; the proposal list renders as a PDF (looked at)
 * and Excel; the API answers within its scope; next year copies the sheet, and an import is all or nothing. The
 * integration tests share one database: this class leaves Thuận Hoà's results (ResultsIT's) alone.
 */
class ReviewIT extends IntegrationTestBase {

    private static final long CAMPAIGN = 1;
    /** Typed criteria of the demo sheet, in page order (the others are groups or linked to targets). */
    private static final List<String> TYPED = List.of("1.1", "1.2", "3.2", "4.1", "4.2", "5.1", "5.2", "6.1", "6.2");

    @Test
    @Order(1)
    void aChairSelfScoresOnAPhoneWithEvidenceAndSubmits() throws Exception {
        long cluster2 = clusterId("Cụm số 2");
        String page = "review/score.xhtml?cluster=" + cluster2 + "&unit=" + unitId("31021");
        Path fake = Files.createTempFile("minh-chung", ".png");
        Files.writeString(fake, "<html><script>alert(1)</script></html>");
        Path png = Files.createTempFile("minh-chung", ".png");
        Files.write(png, PledgeIT.tinyPng());
        try (Browser chair = phoneSignedIn("thuanhoa")) {
            chair.go("index.xhtml");
            assertTrue(chair.text("reviewTodo").contains("Tự chấm điểm thi đua: Thuận Hoà"), "the home page asks for the self-score");
            chair.driver().findElement(By.cssSelector("#reviewTodo a")).click();
            assertTrue(chair.text("head:status").contains("Đang tự chấm"));
            // a number that is not one is refused and nothing is kept
            self(chair, "1.1").sendKeys("chín");
            chair.click("scores:saveSelf");
            chair.waitForMessage("Điểm của tiêu chí 1.1 phải là một số");
            assertEquals(0, count("SELECT COUNT(*) FROM review_score s JOIN review_sheet h ON h.id = s.sheet_id JOIN unit u ON u.id = h.unit_id"
                    + " WHERE u.code = '31021' AND s.self_points IS NOT NULL"));
            // above the maximum is refused by the rule, with the maximum named
            String[] points = {"9,5", "8", "13", "9", "10", "1", "0", "0", "0"};
            for (int i = 0; i < TYPED.size(); i++) {
                self(chair, TYPED.get(i)).clear();
                self(chair, TYPED.get(i)).sendKeys(i == 2 ? "16" : points[i]);
            }
            chair.click("scores:saveSelf");
            chair.waitForMessage("Điểm của tiêu chí 3.2 phải từ 0 đến 15");
            self(chair, "3.2").clear();
            self(chair, "3.2").sendKeys(points[2]);
            note(chair, "1.2").sendKeys("Ngày hội ở 7/8 ấp <b>có</b> biên bản");
            chair.click("scores:saveSelf");
            chair.waitForMessage("Đã lưu");
            // evidence is required where points were earned on a criterion that asks for it
            chair.click("scores:submit");
            chair.confirmYes();
            String refused = chair.waitForMessage("cần minh chứng");
            assertTrue(refused.contains("1.2") && refused.contains("3.2") && refused.contains("5.1"), refused);
            for (String code : List.of("1.2", "3.2", "5.1")) {
                chair.go(page); // a fresh page for each file: the upload is a full-page post
                choose(chair, "upload:criterion", code);
                chair.driver().findElement(By.id("upload:file_input")).sendKeys(png.toString());
                chair.click("upload:uploadEvidence");
                chair.waitForMessage("Đã thêm minh chứng cho tiêu chí " + code);
            }
            chair.go(page);
            choose(chair, "upload:criterion", "4.1");
            chair.driver().findElement(By.id("upload:file_input")).sendKeys(fake.toString());
            chair.click("upload:uploadEvidence");
            chair.waitForMessage("Chỉ nhận tệp PDF, JPEG hoặc PNG");
            assertEquals(3, count("SELECT COUNT(*) FROM review_evidence e JOIN review_score s ON s.id = e.score_id"
                    + " JOIN review_sheet h ON h.id = s.sheet_id JOIN unit u ON u.id = h.unit_id WHERE u.code = '31021'"));
            // typed markup stays text
            assertTrue(chair.driver().getPageSource().contains("&lt;b&gt;có&lt;/b&gt;"));
            chair.screenshot("phone-review-self");
            long evidence = count("SELECT MIN(e.id) FROM review_evidence e JOIN review_score s ON s.id = e.score_id"
                    + " JOIN review_sheet h ON h.id = s.sheet_id JOIN unit u ON u.id = h.unit_id WHERE u.code = '31021'");
            String cookie = "JSESSIONID=" + chair.driver().manage().getCookieNamed("JSESSIONID").getValue();
            HttpResponse<byte[]> own = HTTP.send(HttpRequest.newBuilder(URI.create(root() + "review/file/evidence?id=" + evidence))
                    .header("Cookie", cookie).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, own.statusCode());
            assertTrue(java.util.Arrays.equals(PledgeIT.tinyPng(), own.body()), "the evidence is served byte for byte");
            chair.click("scores:submit");
            chair.confirmYes();
            chair.waitForMessage("Đã gửi phiếu tự chấm");
            assertTrue(chair.text("head:status").contains("Chờ thẩm định"));
            assertTrue(chair.driver().findElements(By.cssSelector("input[id$=':self']")).isEmpty(), "a submitted sheet is read-only");
            assertTrue(chair.driver().findElements(By.cssSelector("input[id$=':reviewed']")).isEmpty(), "nobody reviews their own unit");
        }
        try (Browser stranger = desktopSignedIn("vankhanhtay")) {
            stranger.go(page);
            assertTrue(stranger.driver().getCurrentUrl().contains("error"), "a chair of another cluster cannot open the sheet");
            long evidence = count("SELECT MIN(e.id) FROM review_evidence e JOIN review_score s ON s.id = e.score_id"
                    + " JOIN review_sheet h ON h.id = s.sheet_id JOIN unit u ON u.id = h.unit_id WHERE u.code = '31021'");
            String cookie = "JSESSIONID=" + stranger.driver().manage().getCookieNamed("JSESSIONID").getValue();
            assertEquals(404, HTTP.send(HttpRequest.newBuilder(URI.create(root() + "review/file/evidence?id=" + evidence))
                    .header("Cookie", cookie).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode(),
                    "nor read its evidence");
        }
    }

    @Test
    @Order(2)
    void theLeaderReviewsWithReasonsStaffFinaliseAndAFinalisedSheetNeverChanges() throws Exception {
        long cluster2 = clusterId("Cụm số 2");
        String thuanHoa = "review/score.xhtml?cluster=" + cluster2 + "&unit=" + unitId("31021");
        String dongThanh = "review/score.xhtml?cluster=" + cluster2 + "&unit=" + unitId("31030");
        Path png = Files.createTempFile("minh-chung", ".png");
        Files.write(png, PledgeIT.tinyPng());
        try (Browser leader = desktopSignedIn("dongthanh")) {
            leader.go("index.xhtml");
            assertTrue(leader.text("reviewTodo").contains("Thẩm định phiếu chấm điểm của Thuận Hoà"), leader.text("reviewTodo"));
            leader.go(thuanHoa);
            assertEquals("9.5", reviewed(leader, "1.1").getAttribute("value"), "the review starts from the self-score");
            reviewed(leader, "1.1").clear();
            reviewed(leader, "1.1").sendKeys("8");
            leader.click("scores:saveReview");
            leader.waitForMessage("vui lòng ghi lý do");
            assertNull(value("SELECT s.reviewed_points FROM review_score s JOIN review_sheet h ON h.id = s.sheet_id"
                    + " JOIN unit u ON u.id = h.unit_id JOIN score_criterion c ON c.id = s.criterion_id WHERE u.code = '31021' AND c.code = '1.1'"));
            reason(leader, "1.1").sendKeys("Báo cáo quý III nộp chậm 10 ngày");
            leader.click("scores:completeReview");
            leader.confirmYes();
            leader.waitForMessage("Đã hoàn tất thẩm định");
            assertTrue(leader.text("head:status").contains("Đã thẩm định"));
            assertTrue(leader.driver().getPageSource().contains("Báo cáo quý III nộp chậm 10 ngày"));
            assertEquals(new java.math.BigDecimal("8.00"), value("SELECT s.reviewed_points FROM review_score s JOIN review_sheet h ON h.id = s.sheet_id"
                    + " JOIN unit u ON u.id = h.unit_id JOIN score_criterion c ON c.id = s.criterion_id WHERE u.code = '31021' AND c.code = '1.1'"));
            leader.screenshot("desktop-review-reviewed");

            // the leader finishes Đông Thạnh's own self-score (the demo left it half-way) and submits it
            leader.go(dongThanh);
            String[] rest = {"3.2", "12", "4.2", "9", "5.1", "0", "5.2", "0", "6.1", "0", "6.2", "0"};
            for (int i = 0; i < rest.length; i += 2) {
                self(leader, rest[i]).clear();
                self(leader, rest[i]).sendKeys(rest[i + 1]);
            }
            leader.click("scores:saveSelf");
            leader.waitForMessage("Đã lưu");
            for (String code : List.of("1.2", "3.2")) {
                leader.go(dongThanh);
                choose(leader, "upload:criterion", code);
                leader.driver().findElement(By.id("upload:file_input")).sendKeys(png.toString());
                leader.click("upload:uploadEvidence");
                leader.waitForMessage("Đã thêm minh chứng cho tiêu chí " + code);
            }
            leader.click("scores:submit");
            leader.confirmYes();
            leader.waitForMessage("Đã gửi phiếu tự chấm");
            assertTrue(leader.driver().findElements(By.cssSelector("input[id$=':reviewed']")).isEmpty(),
                    "the leader does not review their own unit");
        }
        try (Browser staff = Browser.desktop(root()); Browser stale = Browser.desktop(root())) {
            // staff review the leader's sheet (its deputy has no account here) and finalise it
            staff.signIn("canbo", PASSWORD);
            staff.go(dongThanh);
            reviewed(staff, "4.2").clear();
            reviewed(staff, "4.2").sendKeys("7");
            reason(staff, "4.2").sendKeys("Chưa giám sát chuyên đề quý IV");
            staff.click("scores:completeReview");
            staff.confirmYes();
            staff.waitForMessage("Đã hoàn tất thẩm định");
            String reviewedTotal = staff.text("head:reviewedTotal");

            stale.signIn("canbo", PASSWORD);
            stale.go(dongThanh); // a second page on the same sheet, left open

            staff.click("head:finalise");
            staff.confirmYes();
            staff.waitForMessage("Đã chốt điểm");
            assertEquals(reviewedTotal, staff.text("head:finalTotal"), "the final total is the reviewed one, frozen");
            assertFalse(staff.text("head:level").isBlank(), "rated by the bands");
            Object frozen = value("SELECT h.final_total FROM review_sheet h JOIN unit u ON u.id = h.unit_id WHERE u.code = '31030'");

            // the page left open cannot change the finalised sheet
            reviewed(stale, "4.1").clear();
            reviewed(stale, "4.1").sendKeys("2");
            reason(stale, "4.1").sendKeys("thử sửa sau khi chốt");
            stale.click("scores:saveReview");
            stale.waitForMessage("Phiếu không ở bước thẩm định");
            assertEquals(frozen, value("SELECT h.final_total FROM review_sheet h JOIN unit u ON u.id = h.unit_id WHERE u.code = '31030'"));
            assertEquals(0, count("SELECT COUNT(*) FROM review_score s JOIN review_sheet h ON h.id = s.sheet_id JOIN unit u ON u.id = h.unit_id"
                    + " JOIN score_criterion c ON c.id = s.criterion_id WHERE u.code = '31030' AND c.code = '4.1' AND s.reviewed_points = 2"));

            // reopening needs a reason, and is audited with it
            staff.click("head:reopen");
            staff.waitForMessage("Vui lòng nêu lý do mở lại");
            staff.type("head:reopenReason", "Xã bổ sung minh chứng tiêu chí 4.2");
            staff.click("head:reopen");
            staff.waitForMessage("Đã mở lại phiếu");
            assertTrue(staff.text("head:status").contains("Chờ thẩm định"));
            assertEquals(1, count("SELECT COUNT(*) FROM review_change WHERE what = 'status' AND new_value = 'SUBMITTED'"
                    + " AND reason = 'Xã bổ sung minh chứng tiêu chí 4.2'"));
            assertNull(value("SELECT h.final_total FROM review_sheet h JOIN unit u ON u.id = h.unit_id WHERE u.code = '31030'"));
        }
    }

    @Test
    @Order(3)
    void theMeetingVoteIsCheckedAndHonoursAUnit() throws Exception {
        long cluster2 = clusterId("Cụm số 2");
        try (Browser leader = desktopSignedIn("dongthanh")) {
            leader.go("review/review.xhtml?cluster=" + cluster2);
            assertTrue(leader.driver().findElement(By.id("tieBreakRule")).getText().contains("nhiều chỉ tiêu giao ước hơn"));
            ((org.openqa.selenium.JavascriptExecutor) leader.driver()).executeScript("arguments[0].value = '2022-12-20'",
                    leader.driver().findElement(By.id("meeting:heldOn")));
            leader.type("meeting:attendees", "10");
            leader.type("meeting:voters", "9");
            List<WebElement> ballots = leader.driver().findElements(By.cssSelector("input[id^='meeting:ballots:'][id$=':votes']"));
            assertEquals(5, ballots.size());
            ballots.get(0).clear();
            ballots.get(0).sendKeys("6");
            ballots.get(1).clear();
            ballots.get(1).sendKeys("4");
            leader.click("meeting:recordMeeting");
            leader.waitForMessage("Tổng số phiếu (10) vượt quá số đại biểu bỏ phiếu (9)");
            assertEquals(0, count("SELECT COUNT(*) FROM review_meeting WHERE cluster_id = " + cluster2));
            ballots = leader.driver().findElements(By.cssSelector("input[id^='meeting:ballots:'][id$=':votes']"));
            ballots.get(1).clear();
            ballots.get(1).sendKeys("3");
            leader.click("meeting:recordMeeting");
            leader.waitForMessage("Đã lưu biên bản hội nghị");
            String honoured = leader.text("meeting:honoured");
            assertFalse(honoured.isBlank());
            assertEquals(1, count("SELECT COUNT(*) FROM cluster k JOIN unit u ON u.id = k.flag_holder_unit_id WHERE k.id = " + cluster2
                    + " AND u.name = '" + honoured.replace("'", "''") + "'"), "the honoured unit holds the rotating flag");
            assertEquals(1, count("SELECT COUNT(*) FROM cluster WHERE id = " + cluster2 + " AND next_leader_unit_id IS NOT NULL"),
                    "next year's leader is stored for copying the campaign");
            leader.screenshot("desktop-review-meeting");
        }
    }

    @Test
    @Order(4)
    void proposalsFollowTheRulesAndTheListRendersAsPdfAndExcel() throws Exception {
        long cluster1 = clusterId("Cụm số 1");
        try (Browser staff = desktopSignedIn("canbo")) {
            staff.go("review/review.xhtml?cluster=" + cluster1);
            assertTrue(staff.driver().findElement(By.id("rankTable")).getText().startsWith("Hạng"));
            String first = staff.driver().findElements(By.cssSelector("#rankTable tbody tr")).get(0).getText();
            assertTrue(first.startsWith("1") && first.contains("Vân Khánh Tây"), first);
            // Vân Khánh Đông ranks last, "không hoàn thành": a Bằng khen needs "xuất sắc"
            new org.openqa.selenium.support.ui.Select(staff.driver().findElement(By.id("proposals:proposalUnit")))
                    .selectByValue(String.valueOf(unitId("31045")));
            new org.openqa.selenium.support.ui.Select(staff.driver().findElement(By.id("proposals:proposalAward")))
                    .selectByVisibleText("Bằng khen của Ủy ban MTTQ Việt Nam tỉnh");
            long before = count("SELECT COUNT(*) FROM review_proposal");
            staff.click("proposals:propose");
            staff.waitForMessage("Không thể đề nghị");
            String why = staff.text("proposals:refusal");
            assertTrue(why.contains("Xếp loại chưa đạt mức tối thiểu (HTXS)"), why);
            assertEquals(before, count("SELECT COUNT(*) FROM review_proposal"), "a refused proposal writes nothing");
            staff.screenshot("desktop-review-ranking");

            String cookie = "JSESSIONID=" + staff.driver().manage().getCookieNamed("JSESSIONID").getValue();
            HttpResponse<byte[]> pdf = HTTP.send(HttpRequest.newBuilder(URI.create(root() + "review/file/proposals?cluster=" + cluster1))
                    .header("Cookie", cookie).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, pdf.statusCode());
            String text = pdfText(pdf.body());
            assertTrue(text.contains("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG") && text.contains("Vân Khánh Tây")
                    && text.contains("Cờ thi đua của Ủy ban") && text.contains("Giấy khen của Ủy ban"), text);
            Path dir = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Path file = dir.resolve("proposals.pdf");
            Files.write(file, pdf.body());
            Process p = new ProcessBuilder("/usr/bin/pdftoppm", "-png", "-r", "70", file.toString(), dir.resolve("proposals-pdf").toString())
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            assertEquals(0, p.waitFor(), "pdftoppm reads the proposal list");

            HttpResponse<byte[]> xlsx = HTTP.send(HttpRequest.newBuilder(URI.create(root() + "review/file/proposals?format=xlsx&cluster=" + cluster1))
                    .header("Cookie", cookie).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, xlsx.statusCode());
            try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
                StringBuilder cells = new StringBuilder();
                book.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.append(cell.toString()).append('|')));
                assertTrue(cells.toString().contains("Vân Khánh Tây") && cells.toString().contains("Giấy khen"), cells.toString());
            }
        }
    }

    @Test
    @Order(5)
    void theApiAnswersWithinItsScope() throws Exception {
        long cluster1 = clusterId("Cụm số 1");
        long cluster2 = clusterId("Cụm số 2");
        HttpResponse<String> own = get("api/v1/clusters/" + cluster1 + "/review", "demo-vankhanhtay-token");
        assertEquals(200, own.statusCode(), own.body());
        assertTrue(own.body().contains("\"provisional\":false"), own.body());
        assertTrue(own.body().matches("(?s).*\"code\":\"31048\",\"name\":\"Vân Khánh Tây\",\"status\":\"finalised\",\"selfScore\":\"[0-9.]+\","
                + "\"reviewedScore\":\"[0-9.]+\",\"finalScore\":\"[0-9.]+\",\"rating\":\"HTXS\",\"rank\":1,.*\"votes\":16,\"honoured\":true,"
                + "\"proposals\":\\[\"Cờ thi đua.*"), own.body());
        assertEquals(404, get("api/v1/clusters/" + cluster1 + "/review", "demo-thuanhoa-token").statusCode(),
                "a chair of another cluster reads nothing");
        HttpResponse<String> other = get("api/v1/clusters/" + cluster2 + "/review", "demo-viewer-token");
        assertEquals(200, other.statusCode());
        assertTrue(other.body().contains("\"provisional\":true"), other.body());
    }

    @Test
    @Order(6)
    void nextYearCopiesTheSheetAndAnImportIsAllOrNothing() throws Exception {
        Path bad = Files.createTempFile("bang-cham-diem", ".xlsx");
        Files.write(bad, vn.thidua.review.SheetXlsx.template(List.of(
                new vn.thidua.review.SheetXlsx.Row(0, "I", "", "Tuyên truyền", "SCORED", "20", "no", "", ""),
                new vn.thidua.review.SheetXlsx.Row(0, "1.1", "I", "Báo cáo", "SCORED", "15", "no", "", ""),
                new vn.thidua.review.SheetXlsx.Row(0, "1.2", "I", "Ngày hội", "SCORED", "10", "yes", "", ""),
                new vn.thidua.review.SheetXlsx.Row(0, "1.3", "IX", "Không có nhóm", "SCORED", "1", "no", "", ""),
                new vn.thidua.review.SheetXlsx.Row(0, "1.4", "I", "Loại lạ", "POINTS", "1", "no", "", ""))));
        Path good = Files.createTempFile("bang-cham-diem", ".xlsx");
        Files.write(good, vn.thidua.review.SheetXlsx.template(List.of(
                new vn.thidua.review.SheetXlsx.Row(0, "A", "", "Công tác Mặt trận", "SCORED", "100", "no", "", ""),
                new vn.thidua.review.SheetXlsx.Row(0, "A.1", "A", "Ban Công tác Mặt trận", "SCORED", "60", "no", "ban-cong-tac-tot", "PROPORTIONAL"),
                new vn.thidua.review.SheetXlsx.Row(0, "A.2", "A", "Quỹ", "SCORED", "40", "yes", "", ""))));
        try (Browser staff = desktopSignedIn("canbo")) {
            staff.go("campaign/campaigns.xhtml");
            WebElement row = staff.driver().findElement(By.xpath("//tr[.//a[text()='Thi đua năm 2022']]"));
            row.findElement(By.xpath(".//button[contains(@id,'copy')]")).click();
            staff.confirmYes();
            staff.waitForMessage("2023");
            long next = count("SELECT id FROM campaign WHERE year = 2023");
            assertEquals(1, count("SELECT COUNT(*) FROM cluster k JOIN unit u ON u.id = k.leader_unit_id WHERE k.campaign_id = " + next
                    + " AND k.name = 'Cụm số 1' AND u.code = '31042'"), "the leader elected at the 2022 meeting leads in 2023");

            staff.go("review/sheet.xhtml?campaign=" + next);
            staff.click("tree:copy");
            staff.waitForMessage("Đã sao chép 19 tiêu chí");
            assertEquals(19, count("SELECT COUNT(*) FROM score_criterion WHERE campaign_id = " + next));
            assertEquals(1, count("SELECT COUNT(*) FROM campaign c JOIN score_criterion k ON k.id = c.tie_break_criterion_id"
                    + " WHERE c.id = " + next + " AND k.code = 'II'"), "the tie-break area comes along");

            staff.driver().findElement(By.id("import:file_input")).sendKeys(bad.toString());
            staff.click("import:upload");
            staff.waitForMessage("(3 lỗi)");
            String errors = staff.text("import:importErrors");
            assertTrue(errors.contains("Dòng 2:") && errors.contains("vượt quá điểm của nhóm"), errors);
            assertTrue(errors.contains("Dòng 5:") && errors.contains("Không có nhóm cha “IX”"), errors);
            assertTrue(errors.contains("Dòng 6:") && errors.contains("SCORED"), errors);
            assertEquals(19, count("SELECT COUNT(*) FROM score_criterion WHERE campaign_id = " + next), "a refused file changes nothing");
            staff.screenshot("desktop-review-sheet-import");

            staff.driver().findElement(By.id("import:file_input")).sendKeys(good.toString());
            staff.click("import:upload");
            staff.waitForMessage("Đã nhập 3 tiêu chí");
            assertEquals(3, count("SELECT COUNT(*) FROM score_criterion WHERE campaign_id = " + next));
            assertEquals("100", staff.text("tree:maxTotal"));
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    /** Chooses an option of a plain select by value (a phone's native picker does not take Selenium's option clicks). */
    private static void choose(Browser b, String id, String value) {
        WebElement select = b.driver().findElement(By.id(id));
        ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));", select, value);
        assertEquals(value, select.getAttribute("value"));
    }

    private static WebElement self(Browser b, String code) {
        return b.driver().findElement(By.id("scores:rows:" + row(code) + ":self"));
    }

    private static WebElement note(Browser b, String code) {
        return b.driver().findElement(By.id("scores:rows:" + row(code) + ":note"));
    }

    private static WebElement reviewed(Browser b, String code) {
        return b.driver().findElement(By.id("scores:rows:" + row(code) + ":reviewed"));
    }

    private static WebElement reason(Browser b, String code) {
        return b.driver().findElement(By.id("scores:rows:" + row(code) + ":reason"));
    }

    /** The row of a criterion on the demo sheet (groups and linked criteria included). */
    private static int row(String code) {
        List<String> all = List.of("I", "1.1", "1.2", "II", "2.1", "2.2", "2.3", "III", "3.1", "3.2", "IV", "4.1", "4.2",
                "V", "5.1", "5.2", "VI", "6.1", "6.2");
        return all.indexOf(code);
    }

    private static String pdfText(byte[] pdf) throws IOException {
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        com.lowagie.text.pdf.parser.PdfTextExtractor extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
        for (int i = 1; i <= reader.getNumberOfPages(); i++) {
            text.append(extractor.getTextFromPage(i)).append('\n');
        }
        reader.close();
        return text.toString();
    }

    private long clusterId(String name) throws SQLException {
        return count("SELECT id FROM cluster WHERE campaign_id = " + CAMPAIGN + " AND name = '" + name + "'");
    }

    private long unitId(String code) throws SQLException {
        return count("SELECT id FROM unit WHERE code = '" + code + "'");
    }

}
