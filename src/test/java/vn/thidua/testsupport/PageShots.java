package vn.thidua.testsupport;

import org.openqa.selenium.chrome.ChromeDriver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The accessibility run and the screenshots of the main pages, by hand against a running demo (./mvnw -Pdemo):
 * {@code java -cp <test classpath> vn.thidua.testsupport.PageShots http://localhost:8080/ /tmp/shots [axe.min.js]}.
 * For each account and page, at 1366 px and on a 390 px phone: a full-page PNG and axe-core's WCAG 2.1 A/AA
 * violations, printed one per line with their impact; the exit status is 1 when one is serious or critical.
 */
public final class PageShots {

    private static final String PASSWORD = "thidua-demo";

    private PageShots() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080/";
        Path out = Path.of(args.length > 1 ? args[1] : "target/shots");
        Files.createDirectories(out);
        Map<String, List<String>> pages = new java.util.LinkedHashMap<>();
        pages.put("canbo", List.of("index.xhtml", "tally/tally.xhtml?campaign=1", "campaign/campaign.xhtml?id=1"));
        pages.put("lanhdao", List.of("index.xhtml", "tally/tally.xhtml?campaign=1"));
        pages.put("thuanhoa", List.of("index.xhtml", "tally/tally.xhtml?campaign=1"));
        pages.put("vankhanhtay", List.of("index.xhtml"));
        pages.put("dongthanh", List.of("index.xhtml"));
        pages.put("quantri", List.of("index.xhtml"));
        int serious = 0;
        int total = 0;
        int runs = 0;
        for (boolean phone : new boolean[] {false, true}) {
            for (Map.Entry<String, List<String>> account : pages.entrySet()) {
                try (Browser browser = phone ? Browser.phone(base) : Browser.desktop(base)) {
                    browser.signIn(account.getKey(), PASSWORD);
                    for (String page : account.getValue()) {
                        browser.go(page);
                        Thread.sleep(600);
                        String name = (phone ? "phone-" : "desktop-") + account.getKey() + "-"
                                + page.replaceAll("[^a-z]+", "-").replaceAll("-xhtml.*", "");
                        fullPage((ChromeDriver) browser.driver(), out.resolve(name + ".png"));
                        List<Axe.Violation> violations = Axe.run(browser.driver());
                        runs++;
                        total += violations.size();
                        for (Axe.Violation v : violations) {
                            serious += v.isSerious() ? 1 : 0;
                            System.out.println(name + ": " + v);
                        }
                        System.out.println(name + ": " + violations.size() + " violations");
                    }
                }
            }
        }
        System.out.println("axe: " + runs + " pages, " + total + " violations, " + serious + " serious or critical");
        System.exit(serious > 0 ? 1 : 0);
    }

    /** The whole page, not only the viewport (Chrome DevTools' capture beyond the viewport). */
    static void fullPage(ChromeDriver driver, Path file) throws java.io.IOException {
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true));
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    }
}
