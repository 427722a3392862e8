package vn.thidua.it;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.thidua.security.ApiTokens;
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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pledges end to end on the real WAR, Payara Micro and MariaDB: the leader drafts, members comment, the leader
 * finalises; chairs sign online (one on a phone), staff record a paper signature with a scan and confirm; the signed
 * PDF downloads and the public page verifies it and refuses a modified copy. Through the API: racing signatures give
 * one, a stale fingerprint and an outsider are refused. Behind the application's back (with the append-only triggers
 * dropped, as only a DBA could): an altered signature or log entry is named on the pledge page and the verification
 * page.
 */
class PledgeIT extends IntegrationTestBase {

    private static final String CAMPAIGN = "Giao ước kiểm thử " + System.nanoTime() % 100000;
    private static String clusterUrl;
    private static long pledgeId;
    private static String verificationCode;
    private static Path signedPdf;

    @Test
    @Order(1)
    void theLeaderDraftsFromTheTemplateMembersCommentAndTheLeaderFinalises() throws Exception {
        try (Browser staff = desktopSignedIn("canbo")) {
            staff.go("campaign/campaigns.xhtml");
            staff.type("create:name", CAMPAIGN);
            staff.click("create:submit");
            staff.waitForMessage(CAMPAIGN);
            staff.driver().findElement(By.linkText(CAMPAIGN)).click();
            staff.type("newCluster:name", "Cụm GU");
            staff.choose("newCluster:leader", "Vân Khánh Tây");
            staff.click("newCluster:create");
            staff.waitForMessage("Cụm GU");
            staff.driver().findElement(By.linkText("Cụm GU")).click();
            staff.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("cluster:members")));
            clusterUrl = staff.driver().getCurrentUrl();
        }
        long clusterId = Long.parseLong(clusterUrl.replaceAll(".*id=(\\d+).*", "$1"));
        for (String unit : List.of("31021", "31030")) {
            HttpResponse<String> registered = postJson("api/v1/clusters/" + clusterId + "/members", "demo-vankhanhtay-token",
                    "{\"unitCode\":\"" + unit + "\"}");
            assertEquals(201, registered.statusCode(), registered.body());
        }

        try (Browser leader = desktopSignedIn("vankhanhtay")) {
            leader.go("pledge/pledge.xhtml?cluster=" + clusterId);
            leader.click("pledge:startStandard");
            leader.waitForMessage("Đã tạo dự thảo");
            assertTrue(leader.text("pledge:status").contains("Dự thảo"));

            leader.click("header:editHeader");
            leader.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("headerDialogForm:title")));
            leader.selectMenu("headerDialogForm:policy", "Chủ tịch các đơn vị ký");
            leader.click("headerDialogForm:saveHeader");
            leader.waitForMessage("Đã lưu");

            // Typed markup is shown as text; only the light formatting becomes HTML.
            leader.click("clauses:addClause");
            leader.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("clauseDialogForm:clauseTitle")));
            leader.type("clauseDialogForm:clauseTitle", "Phối hợp <b>chặt chẽ</b>");
            leader.type("clauseDialogForm:clauseBody", "Các đơn vị **thường xuyên** trao đổi. <script>alert('x')</script>");
            leader.click("clauseDialogForm:saveClause");
            leader.waitForMessage("Đã lưu điều khoản");
            String source = leader.driver().getPageSource();
            assertFalse(source.contains("<script>alert('x')</script>"), "user text is never rendered unescaped");
            assertFalse(source.contains("<b>chặt chẽ</b>"));
            assertTrue(source.contains("<strong>thường xuyên</strong>"));

            // A bad target is refused with the rule, and nothing is added.
            int targetsBefore = leader.driver().findElements(By.xpath("//tbody[@id='targets:targetTable_data']/tr")).size();
            leader.click("targets:addTarget");
            leader.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("targetDialogForm:code")));
            leader.selectMenu("targetDialogForm:kind", "Tỷ lệ người đạt danh hiệu");
            leader.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("targetDialogForm:group")));
            leader.type("targetDialogForm:code", "Cán bộ LĐTT");
            leader.type("targetDialogForm:name", "Cán bộ đạt Lao động tiên tiến");
            leader.type("targetDialogForm:threshold_input", "100");
            leader.type("targetDialogForm:group", "cán bộ");
            leader.type("targetDialogForm:peopleTitle", "Lao động tiên tiến");
            leader.click("targetDialogForm:saveTarget");
            leader.waitForMessage("Mã chỉ tiêu chỉ gồm chữ thường");
            leader.type("targetDialogForm:code", "can-bo-lao-dong-tien-tien");
            leader.click("targetDialogForm:saveTarget");
            leader.waitForMessage("Đã lưu chỉ tiêu can-bo-lao-dong-tien-tien");
            leader.waiting().until(d -> d.findElements(By.xpath("//tbody[@id='targets:targetTable_data']/tr")).size() == targetsBefore + 1);

            leader.click("pledge:openDiscussion");
            leader.waitForMessage("góp ý");
            leader.screenshot("desktop-pledge-draft");
        }

        try (Browser member = phoneSignedIn("thuanhoa")) {
            member.go("pledge/pledge.xhtml?cluster=" + clusterId);
            assertFalse(member.present("clauses:addClause"), "a member who does not lead cannot edit the draft");
            assertFalse(member.present("pledge:finalise"));
            member.type("comments:commentBody", "Đề nghị nâng chỉ tiêu Quỹ “Vì người nghèo” của xã <i>Thuận Hoà</i>.");
            member.click("comments:sendComment");
            member.waitForMessage("Đã gửi góp ý");
            assertTrue(member.driver().getPageSource().contains("&lt;i&gt;Thuận Hoà&lt;/i&gt;"));
            member.screenshot("phone-pledge-comment");
        }

        try (Browser leader = desktopSignedIn("vankhanhtay")) {
            leader.go("pledge/pledge.xhtml?cluster=" + clusterId);
            assertTrue(leader.text("comments").contains("Thuận Hoà"));
            // The newest revision (the target added) against the one before it.
            leader.driver().findElements(By.xpath("//button[contains(@id,'compare')]")).get(0).click();
            leader.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".td-diff .diff-added")));
            assertTrue(leader.driver().findElement(By.cssSelector(".td-diff")).getText().contains("can-bo-lao-dong-tien-tien"));
            leader.click("pledge:finalise");
            leader.confirmYes();
            leader.waitForMessage("Đã chốt");
            assertTrue(leader.text("pledge:status").contains("Đã chốt"));
            assertEquals(64, leader.text("fingerprint").length());
            assertTrue(leader.text("progress").contains("0/3"), leader.text("progress"));
            assertFalse(leader.present("clauses:addClause"), "a final pledge is frozen");
            leader.screenshot("desktop-pledge-final");
        }
        String pledges = get("api/v1/pledges?campaign=" + campaignId(), "demo-viewer-token").body();
        pledgeId = id(having(jsonArray(pledges), "clusterName", "Cụm GU"));
        String pledge = get("api/v1/pledges/" + pledgeId, "demo-viewer-token").body();
        assertTrue(pledge.contains("\"status\":\"FINAL\""), pledge);
        assertTrue(pledge.contains("\"code\":\"can-bo-lao-dong-tien-tien\""), pledge);
        verificationCode = pledge.replaceAll("(?s).*\"verificationCode\":\"([^\"]+)\".*", "$1");
    }

    @Test
    @Order(2)
    void chairsSignOnlineOneOnAPhoneStaffRecordPaperAndConfirm() throws Exception {
        try (Browser leader = desktopSignedIn("vankhanhtay")) {
            leader.driver().get(clusterUrl.replace("cluster/cluster.xhtml?id=", "pledge/pledge.xhtml?cluster="));
            leader.click("pledge:signLink");
            leader.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("sign:signButton")));
            assertEquals(leader.text("fingerprint"), fingerprint(), "the signer sees the fingerprint being signed");
            leader.selectMenu("sign:title", "Tập thể lao động xuất sắc");
            leader.type("sign:password", PASSWORD);
            leader.click("sign:signButton");
            leader.waitForMessage("đánh dấu xác nhận");
            leader.tick("sign:consent");
            leader.type("sign:password", "not-my-password");
            leader.click("sign:signButton");
            leader.waitForMessage("Mật khẩu không đúng");
            leader.type("sign:password", PASSWORD);
            leader.click("sign:signButton");
            leader.waitForMessage("Đã ký giao ước");
            assertTrue(leader.text("progress").contains("1/3"));
        }

        try (Browser phone = phoneSignedIn("thuanhoa")) {
            phone.go("index.xhtml");
            WebElement todo = phone.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("todo")));
            assertTrue(todo.getText().contains("Cụm GU"), todo.getText());
            phone.screenshot("phone-home-todo");
            phone.driver().findElements(By.xpath("//div[@id='todo']//a[contains(.,'Cụm GU')]")).get(0).click();
            phone.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("sign:signButton")));
            phone.selectMenu("sign:commendation", "Giấy khen của Ủy ban MTTQ Việt Nam cấp trên");
            phone.tick("sign:consent");
            phone.type("sign:password", PASSWORD);
            phone.screenshot("phone-sign");
            phone.click("sign:signButton");
            phone.waitForMessage("Đã ký giao ước");
            assertTrue(phone.text("progress").contains("2/3"));
            assertFalse(phone.present("pledge:signLink"), "signed once, no second signature offered");
        }

        Path notAScan = Files.createTempFile("not-a-scan", ".png");
        Path scan = Files.createTempFile("trang-ky", ".png");
        try (Browser staff = Browser.desktop(root())) {
            Files.writeString(notAScan, "<html>not an image</html>");
            Files.write(scan, tinyPng());
            staff.signIn("canbo", PASSWORD);
            staff.driver().get(clusterUrl.replace("cluster/cluster.xhtml?id=", "pledge/pledge.xhtml?cluster="));
            assertFalse(staff.present("board:confirm"), "no confirmation before everyone has signed");
            openPaperDialog(staff);
            staff.type("paperDialogForm:paperName", "Phạm Văn Thạnh");
            staff.driver().findElement(By.id("paperDialogForm:paperScan_input")).sendKeys(notAScan.toString());
            staff.click("paperDialogForm:savePaper");
            staff.waitForMessage("Chỉ nhận tệp PDF, JPEG hoặc PNG");
            assertTrue(staff.text("progress").contains("2/3"), "a refused scan records nothing");

            openPaperDialog(staff);
            staff.type("paperDialogForm:paperName", "Phạm Văn Thạnh");
            staff.selectMenu("paperDialogForm:paperTitle", "Tập thể lao động tiên tiến");
            staff.driver().findElement(By.id("paperDialogForm:paperScan_input")).sendKeys(scan.toString());
            staff.click("paperDialogForm:savePaper");
            staff.waitForMessage("Đã ghi nhận chữ ký trực tiếp");
            assertTrue(staff.text("progress").contains("3/3"));
            assertTrue(staff.text("board:signers").contains("Ký trực tiếp"));

            // The scan is served to those who may read the pledge, and to nobody else.
            String scanHref = staff.driver().findElement(By.xpath("//a[contains(@id,'scanLink')]")).getAttribute("href");
            HttpResponse<byte[]> served = HTTP.send(HttpRequest.newBuilder(URI.create(scanHref.replace("localhost", "127.0.0.1")))
                    .header("Cookie", session(staff)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, served.statusCode());
            assertArrayEquals(tinyPng(), served.body());

            staff.type("board:confirmPassword", PASSWORD);
            staff.click("board:confirm");
            staff.waitForMessage("Đã xác nhận");
            assertTrue(staff.text("pledge:status").contains("Đã ký kết"));
            assertTrue(staff.text("pledge:integrity").contains("khớp"));
            staff.screenshot("desktop-pledge-signed");

            String href = staff.driver().findElement(By.id("pledge:download")).getAttribute("href");
            HttpResponse<byte[]> pdf = HTTP.send(HttpRequest.newBuilder(URI.create(href.replace("localhost", "127.0.0.1")))
                    .header("Cookie", session(staff)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, pdf.statusCode());
            assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
            signedPdf = Files.createTempFile("giao-uoc", ".pdf");
            Files.write(signedPdf, pdf.body());
            renderForLooking(signedPdf);
        } finally {
            Files.deleteIfExists(notAScan);
            Files.deleteIfExists(scan);
        }
        String pledge = get("api/v1/pledges/" + pledgeId, "demo-viewer-token").body();
        assertTrue(pledge.contains("\"status\":\"SIGNED\"") && pledge.contains("\"method\":\"PAPER\""), pledge);
    }

    @Test
    @Order(3)
    void thePublicPageVerifiesTheDocumentAndRefusesAModifiedCopy() throws Exception {
        Path modified = Files.createTempFile("giao-uoc-sua", ".pdf");
        Path mangled = Files.createTempFile("giao-uoc-hong", ".pdf");
        try (Browser anyone = Browser.desktop(root())) {
            anyone.go("verify.xhtml");
            anyone.type("byCode:code", verificationCode.toLowerCase().replace("-", " "));
            anyone.click("byCode:check");
            assertTrue(anyone.waitForOutcome().startsWith("Hợp lệ"), anyone.text("outcome"));
            assertTrue(anyone.text("details").contains("Cụm GU"));
            assertFalse(anyone.text("outcome").contains("Thuận Hoà"), "the public page never shows who signed");

            anyone.go("verify.xhtml");
            anyone.driver().findElement(By.id("byFile:file_input")).sendKeys(signedPdf.toString());
            assertTrue(anyone.waitForOutcome().startsWith("Hợp lệ"), anyone.text("outcome"));
            anyone.screenshot("desktop-verify-valid");

            byte[] original = Files.readAllBytes(signedPdf);
            byte[] appended = new byte[original.length + 12];
            System.arraycopy(original, 0, appended, 0, original.length);
            System.arraycopy("\n% sửa đổi\n".getBytes(StandardCharsets.UTF_8), 0, appended, original.length, 12);
            Files.write(modified, appended);
            anyone.go("verify.xhtml");
            anyone.driver().findElement(By.id("byFile:file_input")).sendKeys(modified.toString());
            assertTrue(anyone.waitForOutcome().contains("đã bị sửa"), anyone.text("outcome"));

            byte[] flipped = original.clone();
            flipped[flipped.length / 2] ^= 0x20;
            Files.write(mangled, flipped);
            anyone.go("verify.xhtml");
            anyone.driver().findElement(By.id("byFile:file_input")).sendKeys(mangled.toString());
            assertTrue(anyone.waitForOutcome().startsWith("Không"), anyone.text("outcome"));
            anyone.screenshot("desktop-verify-modified");

            anyone.go("verify.xhtml?code=TD-0000-0000-0001");
            assertTrue(anyone.waitForOutcome().contains("không đúng định dạng") || anyone.text("outcome").contains("Không tìm thấy"));
        } finally {
            Files.deleteIfExists(modified);
            Files.deleteIfExists(mangled);
        }
    }

    @Test
    @Order(4)
    void racingSignaturesForOneUnitGiveOneAndStaleOrOutsideSigningIsRefused() throws Exception {
        // The demo's cluster 2 is half signed; Thuận Hoà's chair has not signed yet.
        String pledges = get("api/v1/pledges?campaign=1", "demo-viewer-token").body();
        long cluster2 = id(having(jsonArray(pledges), "clusterName", "Cụm số 2"));
        long cluster1 = id(having(jsonArray(pledges), "clusterName", "Cụm số 1"));
        String before = get("api/v1/pledges/" + cluster2, "demo-viewer-token").body();
        String fingerprint = before.replaceAll("(?s).*\"fingerprint\":\"([0-9a-f]{64})\".*", "$1");
        int signedBefore = Integer.parseInt(before.replaceAll("(?s).*\"signatures\":(\\d+).*", "$1"));

        HttpResponse<String> stale = postJson("api/v1/pledges/" + cluster2 + "/signatures", "demo-thuanhoa-token",
                signBody("0".repeat(64)));
        assertEquals(400, stale.statusCode(), stale.body());
        assertTrue(stale.body().contains("pledge.error.fingerprintChanged"), stale.body());

        // A chair of cluster 2 cannot even see cluster 1's pledge.
        assertEquals(404, get("api/v1/pledges/" + cluster1, "demo-thuanhoa-token").statusCode());
        assertEquals(404, postJson("api/v1/pledges/" + cluster1 + "/signatures", "demo-thuanhoa-token", signBody(fingerprint)).statusCode());

        // A paper scan of cluster 1 is served to the organiser's leaders, not to a chair of cluster 2.
        long scanSignature;
        try (Connection db = database()) {
            scanSignature = count(db, "SELECT MIN(s.id) FROM pledge_signature s JOIN pledge_version v ON v.id = s.version_id"
                    + " WHERE v.pledge_id = " + cluster1 + " AND s.scan_file_id IS NOT NULL");
        }
        // (file servlets take a signed-in session, not an API token)
        String leader = sessionCookie("lanhdao");
        String chair = sessionCookie("thuanhoa");
        assertEquals(200, getAs(leader, "pledge/file/scan?signature=" + scanSignature).statusCode());
        assertEquals(404, getAs(chair, "pledge/file/scan?signature=" + scanSignature).statusCode());
        assertEquals(404, getAs(leader, "pledge/file/document?version=" + scanSignature * 1000).statusCode());
        assertEquals(302, get("pledge/file/scan?signature=" + scanSignature, "demo-viewer-token").statusCode(),
                "a token opens the API only: the file servlet sends it to the sign-in page");

        // Another member's chair signs the same pledge at the same instant (the conference: many signers of one pledge
        // at once). An account of our own, made by JDBC, so that no other IT's demo signer is used up.
        String otherToken = "it-race-" + Long.toHexString(System.nanoTime());
        String otherUnit;
        try (Connection db = database()) {
            otherUnit = (String) value("SELECT MIN(u.code) FROM cluster_member m JOIN unit u ON u.id = m.unit_id"
                    + " JOIN pledge p ON p.cluster_id = m.cluster_id WHERE p.id = " + cluster2 + " AND u.code <> '31021'"
                    + " AND NOT EXISTS (SELECT 1 FROM pledge_signature s JOIN pledge_version v ON v.id = s.version_id"
                    + " WHERE v.pledge_id = p.id AND s.unit_id = u.id AND s.office = 'CHAIR')");
            Assumptions.assumeTrue(otherUnit != null, "every other member's chair of Cụm số 2 has signed");
            update(db, "INSERT INTO account (username, full_name, position_title, role, unit_id, password_hash, office)"
                    + " SELECT 'it-race', 'Người ký thử', 'Chủ tịch', 'CHAIR', u.id, a.password_hash, 'CHAIR' FROM unit u,"
                    + " account a WHERE u.code = ? AND a.username = 'thuanhoa'", otherUnit);
            update(db, "INSERT INTO api_token (account_id, name, token_hash, token_prefix) SELECT id, 'it', '"
                    + ApiTokens.hash(otherToken) + "', ? FROM account WHERE username = 'it-race'",
                    otherToken.substring(0, 8));
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            CyclicBarrier together = new CyclicBarrier(3);
            List<Future<HttpResponse<String>>> racing = new ArrayList<>();
            for (String token : List.of("demo-thuanhoa-token", "demo-thuanhoa-token", otherToken)) {
                racing.add(pool.submit(() -> {
                    together.await();
                    return postJson("api/v1/pledges/" + cluster2 + "/signatures", token, signBody(fingerprint));
                }));
            }
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> f : racing) {
                answers.add(f.get());
            }
            // the other chair is not refused because a signature was appended while it waited (the chain is read
            // after the lock, from one snapshot)
            HttpResponse<String> other = answers.remove(2);
            assertEquals(201, other.statusCode(), other.body());
            assertEquals(1, answers.stream().filter(r -> r.statusCode() == 201).count(), answers.toString());
            HttpResponse<String> refused = answers.stream().filter(r -> r.statusCode() != 201).findFirst().orElseThrow();
            // the second of the same person's two requests is told the signature is there: 409 "already_done", never 500
            assertEquals(409, refused.statusCode(), refused.body());
            assertEquals("sign.done.signed", jsonObject(refused.body()).getString("error"), refused.body());
            assertEquals("already_done", jsonObject(refused.body()).getString("status"), refused.body());
        } finally {
            pool.shutdown();
        }
        String after = get("api/v1/pledges/" + cluster2, "demo-viewer-token").body();
        assertEquals(signedBefore + 2, Integer.parseInt(after.replaceAll("(?s).*\"signatures\":(\\d+).*", "$1")));
        try (Connection db = database()) {
            assertEquals(1, count(db, "SELECT COUNT(*) FROM pledge_signature s JOIN unit u ON u.id = s.unit_id"
                    + " JOIN pledge_version v ON v.id = s.version_id WHERE v.pledge_id = " + cluster2
                    + " AND u.code = '31021' AND s.office = 'CHAIR'"));
            assertEquals(1, count(db, "SELECT COUNT(*) FROM pledge_registration r JOIN unit u ON u.id = r.unit_id"
                    + " JOIN pledge_version v ON v.id = r.version_id WHERE v.pledge_id = " + cluster2 + " AND u.code = '31021'"));
        }
    }

    @Test
    @Order(5)
    void changesBehindTheApplicationsBackAreDetectedAndTheFirstBrokenEntryNamed() throws Exception {
        // the application's account cannot alter log entries or signatures (V6's triggers, see AuditIT): as a DBA would,
        // the triggers are dropped for the tampering and created again afterwards
        try (Connection db = database(); AuditTriggers dba = AuditTriggers.suspend(db)) {
            long signatureId = count(db, "SELECT MIN(s.id) FROM pledge_signature s JOIN pledge_version v ON v.id = s.version_id"
                    + " WHERE v.pledge_id = " + pledgeId + " AND s.method = 'PAPER'");
            String name = text(db, "SELECT signer_name FROM pledge_signature WHERE id = " + signatureId);
            update(db, "UPDATE pledge_signature SET signer_name = ? WHERE id = " + signatureId, "Người Khác");
            try {
                assertTrue(get("api/v1/pledges/" + pledgeId, "demo-viewer-token").body().contains("\"intact\":false"));
                try (Browser staff = desktopSignedIn("canbo")) {
                    staff.driver().get(clusterUrl.replace("cluster/cluster.xhtml?id=", "pledge/pledge.xhtml?cluster="));
                    String warning = staff.text("pledge:integrity");
                    assertTrue(warning.contains("chữ ký của Đông Thạnh (Chủ tịch)"), warning);
                    staff.screenshot("desktop-pledge-tampered");
                }
                try (Browser anyone = Browser.desktop(root())) {
                    anyone.go("verify.xhtml?code=" + verificationCode);
                    String outcome = anyone.waitForOutcome();
                    assertTrue(outcome.contains("thay đổi ngoài ứng dụng") && outcome.contains("Đông Thạnh"), outcome);
                }
            } finally {
                update(db, "UPDATE pledge_signature SET signer_name = ? WHERE id = " + signatureId, name);
            }
            assertTrue(get("api/v1/pledges/" + pledgeId, "demo-viewer-token").body().contains("\"intact\":true"));

            String actor = text(db, "SELECT actor_name FROM pledge_event WHERE pledge_id = " + pledgeId + " AND seq = 3");
            update(db, "UPDATE pledge_event SET actor_name = ? WHERE pledge_id = " + pledgeId + " AND seq = 3", "Ai đó");
            try {
                try (Browser staff = desktopSignedIn("canbo")) {
                    staff.driver().get(clusterUrl.replace("cluster/cluster.xhtml?id=", "pledge/pledge.xhtml?cluster="));
                    assertTrue(staff.text("pledge:integrity").contains("mục nhật ký số 3"), staff.text("pledge:integrity"));
                }
            } finally {
                update(db, "UPDATE pledge_event SET actor_name = ? WHERE pledge_id = " + pledgeId + " AND seq = 3", actor);
            }

            long clauseId = count(db, "SELECT MIN(c.id) FROM pledge_clause c JOIN pledge_version v ON v.id = c.version_id"
                    + " WHERE v.pledge_id = " + pledgeId + " AND c.body LIKE '%Mặt trận%'");
            String body = text(db, "SELECT body FROM pledge_clause WHERE id = " + clauseId);
            update(db, "UPDATE pledge_clause SET body = ? WHERE id = " + clauseId, body.replace("Mặt trận", "Mặt trân"));
            try {
                String pledge = get("api/v1/pledges/" + pledgeId, "demo-viewer-token").body();
                assertTrue(pledge.contains("\"intact\":false"), "one diacritic changed in the signed text is detected");
            } finally {
                update(db, "UPDATE pledge_clause SET body = ? WHERE id = " + clauseId, body);
            }
            assertTrue(get("api/v1/pledges/" + pledgeId, "demo-viewer-token").body().contains("\"intact\":true"));
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    private void openPaperDialog(Browser staff) {
        staff.driver().findElement(By.xpath("//tr[contains(.,'Đông Thạnh')]//button[contains(@id,'paper')]")).click();
        staff.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("paperDialogForm:paperName")));
    }

    private String fingerprint() throws IOException, InterruptedException {
        String pledge = get("api/v1/pledges/" + pledgeId, "demo-viewer-token").body();
        String fingerprint = jsonObject(pledge).getString("fingerprint");
        assertTrue(fingerprint.matches("[0-9a-f]{64}"), pledge);
        return fingerprint;
    }

    private long campaignId() throws IOException, InterruptedException {
        String campaigns = get("api/v1/campaigns", "demo-viewer-token").body();
        return id(having(jsonArray(campaigns), "name", CAMPAIGN));
    }

    private static String signBody(String fingerprint) {
        return "{\"fingerprint\":\"" + fingerprint + "\",\"consent\":true,\"password\":\"" + PASSWORD
                + "\",\"title\":\"tap-the-lao-dong-tien-tien\"}";
    }

    private static long id(jakarta.json.JsonObject object) {
        return object.getJsonNumber("id").longValueExact();
    }

    private static String session(Browser browser) {
        Cookie cookie = browser.driver().manage().getCookieNamed("JSESSIONID");
        return "JSESSIONID=" + cookie.getValue();
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String text(Connection db, String sql) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getString(1);
        }
    }

    private static void update(Connection db, String sql, String value) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setString(1, value);
            assertEquals(1, s.executeUpdate(), sql);
        }
    }

    /** Where pdftoppm exists, page 1 of the signed PDF is rendered beside the screenshots, to be looked at. */
    private static void renderForLooking(Path pdf) throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of("/usr/bin/pdftoppm"))) {
            return;
        }
        Path dir = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Process p = new ProcessBuilder("/usr/bin/pdftoppm", "-png", "-r", "70", pdf.toString(), dir.resolve("pledge-pdf").toString())
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertEquals(0, p.waitFor(), "pdftoppm reads the document");
    }

    /** A valid 1×1 PNG: a scan stand-in that passes the content check. */
    static byte[] tinyPng() {
        return java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    }
}
