package vn.thidua.testsupport;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * axe-core (npm, installed by {@code npm ci} in src/test/a11y) run on the page a browser shows: its violations of
 * WCAG 2.1 A and AA, each with its impact, rule and the first elements concerned. The script is injected through the
 * driver (the page's Content-Security-Policy does not apply to it), never served by the application.
 */
public final class Axe {

    /** Where npm puts axe-core; the tests that use it are skipped when it is absent (see {@link #available}). */
    public static final Path SCRIPT = Path.of(System.getProperty("axe.script", "src/test/a11y/node_modules/axe-core/axe.min.js"));

    private Axe() {
    }

    /** One violated rule on one page. */
    public record Violation(String rule, String impact, String help, int nodes, String targets) {
        public boolean isSerious() {
            return "serious".equals(impact) || "critical".equals(impact);
        }

        @Override
        public String toString() {
            return impact + " " + rule + " (" + nodes + "×: " + targets + ") — " + help;
        }
    }

    public static boolean available() {
        return Files.isReadable(SCRIPT);
    }

    /** Runs axe on the whole document as it is now. */
    @SuppressWarnings("unchecked")
    public static List<Violation> run(WebDriver driver) {
        String source;
        try {
            source = Files.readString(SCRIPT, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(source + "; return true;");
        Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + " axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(function (r) { done(r.violations.map(function (v) { return {id: v.id, impact: v.impact, help: v.help,"
                + " nodes: v.nodes.length, targets: v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(', ')}; })); })"
                + ".catch(function (e) { done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: 0, targets: ''}]); });");
        List<Violation> violations = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) result) {
            violations.add(new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
                    ((Number) v.get("nodes")).intValue(), (String) v.get("targets")));
        }
        return violations;
    }
}
