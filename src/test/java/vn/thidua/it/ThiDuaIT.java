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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real WAR on Payara Micro against a real MariaDB, in demo mode (An Minh 2022), driven from outside as users and
 * integrations drive it: HTTP for headers and the API, headless Chromium for the journeys. One deployment for all:
 * each deployment costs a whole Payara boot.
 */
class ThiDuaIT extends IntegrationTestBase {

    private static final String TEST_CAMPAIGN = "Thi đua kiểm thử " + System.nanoTime() % 100000;

    @Test
    @Order(1)
    void signInPageCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> login = get("login.xhtml", null);
        assertEquals(200, login.statusCode());
        assertEquals("nosniff", login.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(login.headers().firstValue("Referrer-Policy").isPresent());
        assertTrue(login.headers().allValues("Content-Security-Policy").stream().anyMatch(v -> v.contains("frame-ancestors 'none'")));
        assertTrue(login.headers().allValues("Content-Security-Policy").stream().anyMatch(v -> v.contains("nonce-")),
                "PrimeFaces CSP with script nonces is on");
        assertTrue(login.headers().firstValue("Server").isEmpty(), "no Server header");
        String cookie = login.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
        assertFalse(login.body().contains(";jsessionid="), "session ids never in URLs");
        assertTrue(login.body().contains("Đăng nhập"), "Vietnamese first");

        HttpResponse<String> home = get("index.xhtml", null);
        assertEquals(302, home.statusCode());
        assertTrue(home.headers().firstValue("Location").orElse("").contains("login.xhtml"));

        HttpResponse<String> health = get("health/ready", null);
        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("\"UP\""));
    }

    @Test
    @Order(2)
    void apiNeedsATokenAndKeepsToTheCallersScope() throws Exception {
        assertEquals(401, get("api/v1/campaigns", null).statusCode());
        assertEquals(401, get("api/v1/campaigns", "not-a-real-token").statusCode());

        HttpResponse<String> campaigns = get("api/v1/campaigns", "demo-viewer-token");
        assertEquals(200, campaigns.statusCode());
        assertTrue(campaigns.body().contains("Thi đua năm 2022"), campaigns.body());
        long campaignId = id(having(jsonArray(campaigns.body()), "name", "Thi đua năm 2022"));

        HttpResponse<String> clusters = get("api/v1/campaigns/" + campaignId + "/clusters", "demo-viewer-token");
        assertEquals(200, clusters.statusCode());
        assertTrue(clusters.body().contains("Cụm số 1") && clusters.body().contains("Cụm số 2"));
        assertTrue(clusters.body().contains("Vân Khánh Tây") && clusters.body().contains("Đông Thạnh"));

        // A chair sees only the cluster of their own unit; the other one is "not found", even by id.
        HttpResponse<String> chairs = get("api/v1/campaigns/" + campaignId + "/clusters", "demo-thuanhoa-token");
        assertTrue(chairs.body().contains("Cụm số 2"));
        assertFalse(chairs.body().contains("Cụm số 1"));
        long cluster1 = clusterId(clusters.body(), "Cụm số 1");
        assertEquals(404, get("api/v1/clusters/" + cluster1, "demo-thuanhoa-token").statusCode());
        assertEquals(200, get("api/v1/clusters/" + cluster1, "demo-viewer-token").statusCode());

        HttpResponse<String> communes = get("api/v1/units?parent=909", "demo-viewer-token");
        assertEquals(200, communes.statusCode());
        assertEquals(11, objects(jsonArray(communes.body())).stream()
                .filter(unit -> "COMMUNE".equals(unit.getString("category", null))).count());
        assertEquals(404, get("api/v1/units/91", "demo-thuanhoa-token").statusCode(), "the province is outside a chair's scope");
        assertEquals(200, get("api/v1/units/31021", "demo-thuanhoa-token").statusCode());
    }

    @Test
    @Order(3)
    void staffCreateClustersAndTheLeadersChairRegistersUnits() throws Exception {
        String campaignName = TEST_CAMPAIGN;
        String campaignUrl;
        try (Browser browser = desktopSignedIn("canbo")) {
            browser.screenshot("desktop-home");
            browser.go("organisation/units.xhtml");
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("units:tree"), "An Minh"));
            browser.screenshot("desktop-units");

            browser.go("campaign/campaigns.xhtml");
            browser.type("create:name", campaignName);
            browser.click("create:submit");
            browser.waitForMessage(campaignName);
            browser.screenshot("desktop-campaigns");
            browser.driver().findElement(By.linkText(campaignName)).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("newCluster:name")));
            campaignUrl = browser.driver().getCurrentUrl();

            browser.type("newCluster:name", "Cụm A");
            browser.choose("newCluster:leader", "Vân Khánh Tây");
            browser.click("newCluster:create");
            browser.waitForMessage("Cụm A");
            browser.type("newCluster:name", "Cụm B");
            browser.choose("newCluster:leader", "Đông Thạnh");
            browser.click("newCluster:create");
            browser.waitForMessage("Cụm B");
            browser.screenshot("desktop-campaign");

            // Nobody can lead two clusters of one campaign: Đông Thạnh already leads Cụm B.
            browser.type("newCluster:name", "Cụm C");
            browser.choose("newCluster:leader", "Đông Thạnh");
            browser.click("newCluster:create");
            assertTrue(browser.waitForMessage("cụm thi đua khác").contains("Đông Thạnh"));
            assertEquals(2, browser.driver().findElements(By.xpath("//a[contains(@id,'openCluster')]")).size());
            browser.signOut();
        }

        try (Browser browser = desktopSignedIn("vankhanhtay")) {
            browser.driver().get(campaignUrl);
            browser.driver().findElement(By.linkText("Cụm A")).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("register:candidate_input")));
            assertEquals("1", browser.text("memberCount"));

            browser.choose("register:candidate", "Vân Khánh Đông");
            browser.click("register:add");
            browser.waitForMessage("Vân Khánh Đông");
            browser.waiting().until(ExpectedConditions.textToBe(By.id("memberCount"), "2"));

            browser.choose("register:candidate", "Đông Thạnh");
            browser.click("register:add");
            String message = browser.waitForMessage("cụm thi đua khác");
            assertTrue(message.contains("Cụm B"), message);
            assertEquals("2", browser.text("memberCount"), "nothing changed");
            browser.screenshot("desktop-cluster");
        }
    }

    @Test
    @Order(4)
    void racingRegistrationsOfOneUnitGiveExactlyOneMembership() throws Exception {
        String campaigns = get("api/v1/campaigns", "demo-viewer-token").body();
        long campaignId = id(having(jsonArray(campaigns), "name", TEST_CAMPAIGN));
        String clusters = get("api/v1/campaigns/" + campaignId + "/clusters", "demo-viewer-token").body();
        long clusterA = clusterId(clusters, "Cụm A");
        long clusterB = clusterId(clusters, "Cụm B");

        // A member's chair (Thuận Hoà does not lead Cụm B) may not register anyone: refused, nothing written.
        assertEquals(404, post("api/v1/clusters/" + clusterB + "/members", "demo-thuanhoa-token", "31021").statusCode());
        assertFalse(get("api/v1/clusters/" + clusterB, "demo-viewer-token").body().contains("\"31021\""));

        // Cụm A's leader reads the tally now: it computes Cụm A and keeps it a few seconds (TallyCache)
        String tally = "api/v1/campaigns/" + campaignId + "/tally";
        String before = get(tally, "demo-vankhanhtay-token").body();
        List<String> wonByA = new java.util.ArrayList<>();
        for (String unit : List.of("31033", "31036", "31039", "31042")) {
            assertEquals(0, count(before, "\"code\":\"" + unit + "\""), before);
            var executor = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                var a = executor.submit(() -> post("api/v1/clusters/" + clusterA + "/members", "demo-vankhanhtay-token", unit));
                var b = executor.submit(() -> post("api/v1/clusters/" + clusterB + "/members", "demo-dongthanh-token", unit));
                List<HttpResponse<String>> answers = List.of(a.get(), b.get());
                assertEquals(1, answers.stream().filter(r -> r.statusCode() == 201).count(), unit + ": " + answers);
                HttpResponse<String> refused = answers.stream().filter(r -> r.statusCode() != 201).findFirst().orElseThrow();
                assertEquals(400, refused.statusCode(), refused.body());
                assertTrue(refused.body().contains("cluster.error.inOtherCluster"), refused.body());
            } finally {
                executor.shutdown();
            }
            int inA = count(get("api/v1/clusters/" + clusterA, "demo-viewer-token").body(), "\"code\":\"" + unit + "\"");
            int inB = count(get("api/v1/clusters/" + clusterB, "demo-viewer-token").body(), "\"code\":\"" + unit + "\"");
            assertEquals(1, inA + inB, unit + " is in exactly one cluster");
            if (inA == 1) {
                wonByA.add(unit);
            }
        }
        // ... and sees the members registered since at its very next read: registering drops what the tally kept
        String after = get(tally, "demo-vankhanhtay-token").body();
        for (String unit : List.of("31033", "31036", "31039", "31042")) {
            assertEquals(wonByA.contains(unit) ? 1 : 0, count(after, "\"code\":\"" + unit + "\""), unit + ": " + after);
        }
    }

    private HttpResponse<String> post(String path, String token, String unitCode) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(root() + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"unitCode\":\"" + unitCode + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @Order(5)
    void aMemberChairReadsTheirClusterOnAPhoneAndNothingElse() throws Exception {
        HttpResponse<String> clusters = get("api/v1/campaigns/1/clusters", "demo-viewer-token");
        long cluster1 = clusterId(clusters.body(), "Cụm số 1");
        long cluster2 = clusterId(clusters.body(), "Cụm số 2");
        try (Browser phone = phoneSignedIn("thuanhoa")) {
            phone.screenshot("phone-home");
            phone.go("campaign/campaign.xhtml?id=1");
            phone.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("campaign:clusters")));
            List<WebElement> links = phone.driver().findElements(By.xpath("//a[contains(@id,'openCluster')]"));
            assertEquals(1, links.size());
            assertEquals("Cụm số 2", links.get(0).getText());
            phone.screenshot("phone-campaign");

            phone.go("cluster/cluster.xhtml?id=" + cluster2);
            phone.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("cluster:members")));
            assertFalse(phone.present("register:candidate_input"), "a member's chair cannot register units");
            assertFalse(phone.present("leadership:appoint"));
            phone.screenshot("phone-cluster");

            phone.go("cluster/cluster.xhtml?id=" + cluster1);
            phone.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("errorTitle")));
            phone.go("security/accounts.xhtml");
            phone.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("errorTitle")));
            phone.go("organisation/import.xhtml");
            phone.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("errorTitle")));
        }
    }

    @Test
    @Order(6)
    void copyingLastYearProposesTheNextLeadersWhichStaffConfirm() {
        try (Browser browser = desktopSignedIn("canbo")) {
            browser.go("campaign/campaigns.xhtml");
            WebElement row = browser.driver().findElement(By.xpath("//tr[.//a[text()='Thi đua năm 2022']]"));
            row.findElement(By.xpath(".//button[contains(@id,'copy')]")).click();
            browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
            browser.waitForMessage("2023");
            browser.driver().findElement(By.linkText("Thi đua năm 2023")).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("campaign:clusters")));
            String clusters = browser.text("campaign:clusters");
            // Last year's deputies are proposed as leaders, waiting for confirmation.
            assertTrue(clusters.contains("Vân Khánh") && clusters.contains("Đông Hòa"), clusters);
            assertTrue(clusters.contains("chờ xác nhận"), clusters);

            browser.click("campaign:launch");
            assertTrue(browser.waitForMessage("chưa xác nhận cụm trưởng").contains("2"));
            assertTrue(browser.text("campaign:status").contains("Dự thảo"), "still a draft");

            browser.driver().findElement(By.linkText("Cụm số 1")).click();
            browser.click("cluster:confirmLeader");
            browser.waitForMessage("Đã xác nhận cụm trưởng Vân Khánh");
            String history = browser.text("history");
            assertTrue(history.contains("2023") && history.contains("2022") && history.contains("Vân Khánh Tây"), history);
            browser.screenshot("desktop-cluster-history");
        }
    }

    @Test
    @Order(7)
    void failedSignInsAreThrottledWithOneMessageForUnknownAndWrong() {
        try (Browser browser = Browser.desktop(root())) {
            browser.signIn("khongtontai", "whatever-password");
            String unknown = browser.text("login:messages");
            browser.signIn("phothuanhoa", "wrong-password");
            String wrong = browser.text("login:messages");
            assertEquals(unknown, wrong, "unknown account and wrong password read the same");
            for (int i = 0; i < 4; i++) {
                browser.signIn("phothuanhoa", "wrong-password");
            }
            browser.signIn("phothuanhoa", PASSWORD);
            assertTrue(browser.driver().getCurrentUrl().contains("login.xhtml"), "locked out even with the right password");
            assertTrue(browser.text("login:messages").contains("quá nhiều lần"));
            browser.screenshot("desktop-login-throttled");
        }
    }

    @Test
    @Order(8)
    void importIsAllOrNothingAndTheWholeCountryLoads() throws Exception {
        java.nio.file.Path bad = java.nio.file.Files.createTempFile("thidua-bad-", ".csv");
        java.nio.file.Files.writeString(bad, "unit_code,unit_name,unit_type,parent_code\n"
                + "99001,Xã Thử Một,Xã,909\n"
                + "99002,Xã Thử Hai,Xã,khong-co\n"
                + "99001,Xã Trùng Mã,Xã,909\n");
        // the official 2025 list kept with the tests (src/test/resources/data)
        java.nio.file.Path country = java.nio.file.Path.of(System.getProperty("user.dir"), "src", "test", "resources", "data",
                "vn-admin-units-2025.csv");
        try (Browser browser = desktopSignedIn("quantri")) {
            browser.go("organisation/import.xhtml");
            browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(bad.toString());
            browser.click("import:upload");
            browser.waitForMessage("chưa nhập đơn vị nào");
            String errors = browser.text("errors");
            assertTrue(errors.contains("khong-co") && errors.contains("99001"), errors);
            assertTrue(errors.contains("3") && errors.contains("4"), "line numbers: " + errors);
            browser.screenshot("desktop-import-errors");
            assertEquals(404, get("api/v1/units/99001", "demo-viewer-token").statusCode(), "nothing was written");

            assertTrue(java.nio.file.Files.isRegularFile(country), "the official list is kept in the repository: " + country);
            browser.go("organisation/import.xhtml");
            browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(country.toRealPath().toString());
            long start = System.nanoTime();
            browser.click("import:upload");
            String done = browser.waitForMessage("Đã nhập xong");
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.println("PERF import of vn-admin-units-2025.csv (3,355 units) through the page: " + millis + " ms");
            // 2025 codes that An Minh's 2022 units already use (the province and a few communes) are updated, the rest created.
            Matcher counts = Pattern.compile("([\\d.]+) đơn vị mới, ([\\d.]+) đơn vị cập nhật").matcher(done);
            assertTrue(counts.find(), done);
            assertEquals(3355, Integer.parseInt(counts.group(1).replace(".", "")) + Integer.parseInt(counts.group(2).replace(".", "")), done);

            browser.go("organisation/import.xhtml");
            browser.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(country.toRealPath().toString());
            browser.click("import:upload");
            String again = browser.waitForMessage("Đã nhập xong");
            assertTrue(again.contains(": 0 đơn vị mới, 0 đơn vị cập nhật"), "re-importing changes nothing: " + again);

            long treeStart = System.nanoTime();
            browser.go("organisation/units.xhtml");
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("units:tree"), "Thành phố Hà Nội"));
            System.out.println("PERF unit tree first level with the whole country loaded: "
                    + (System.nanoTime() - treeStart) / 1_000_000 + " ms");
            browser.screenshot("desktop-units-country");
        }
    }

    private static long clusterId(String json, String name) {
        return id(having(jsonArray(json), "name", name));
    }

    private static long id(jakarta.json.JsonObject object) {
        return object.getJsonNumber("id").longValueExact();
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
