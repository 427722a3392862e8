package vn.thidua.testsupport;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

/** Debian's headless Chromium driven by Selenium, with the flags this machine needs (stack.md trap 9). */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final Path profile;
    private final String base;
    private final WebDriverWait wait;

    private Browser(WebDriver driver, Path profile, String base) {
        this.driver = driver;
        this.profile = profile;
        this.base = base.endsWith("/") ? base : base + "/";
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    public static Browser desktop(String base) {
        return open(base, false);
    }

    /** A 390 × 844 phone viewport. */
    public static Browser phone(String base) {
        return open(base, true);
    }

    private static Browser open(String base, boolean phone) {
        try {
            Path profile = Files.createTempDirectory("thidua-chrome-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--user-data-dir=" + profile, "--lang=vi", phone ? "--window-size=390,844" : "--window-size=1366,900");
            if (phone) {
                options.setExperimentalOption("mobileEmulation",
                        Map.of("deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 2.0)));
            }
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
            return new Browser(new ChromeDriver(service, options), profile, base);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public void go(String path) {
        driver.get(base + path);
    }

    public void signIn(String username, String password) {
        go("login.xhtml");
        type("login:username", username);
        type("login:password", password);
        click("login:signIn");
        wait.until(d -> !d.getCurrentUrl().contains("login.xhtml") || !d.findElements(By.cssSelector(".ui-messages-error")).isEmpty());
    }

    public void signOut() {
        click("nav:signOut");
        wait.until(ExpectedConditions.urlContains("login.xhtml"));
    }

    public void type(String id, String text) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        element.clear();
        element.sendKeys(text);
    }

    public void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    /** Types into a PrimeFaces autocomplete and picks the suggestion whose label contains the text. */
    public void choose(String autocompleteId, String text) {
        type(autocompleteId + "_input", text);
        By item = By.xpath("//*[@id='" + autocompleteId + "_panel']//li[contains(@class,'ui-autocomplete-item') and contains(., '"
                + text + "')]");
        wait.until(ExpectedConditions.elementToBeClickable(item)).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(autocompleteId + "_panel")));
    }

    /** Picks an item of a PrimeFaces selectOneMenu by its exact label. */
    public void selectMenu(String id, String label) {
        // PrimeFaces builds the menu's panel lazily in the browser; its widget selects by value and fires the change.
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id + "_input")));
        Object done = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "var select = document.getElementById(arguments[0] + '_input'); var value = null;"
                        + " for (var i = 0; i < select.options.length; i++) {"
                        + "   if (select.options[i].text.trim() === arguments[1]) { value = select.options[i].value; } }"
                        + " if (value === null) { return false; }"
                        + " var menu = PrimeFaces.getWidgetById(arguments[0]); menu.selectValue(value);"
                        + " var behaviours = menu.cfg.behaviors || {};"
                        + " if (behaviours.valueChange) { menu.callBehavior('valueChange'); }"
                        + " else if (behaviours.change) { menu.callBehavior('change'); } return true;", id, label);
        if (!Boolean.TRUE.equals(done)) {
            throw new AssertionError("no option '" + label + "' in " + id);
        }
        // an ajax listener may re-render the menu: a stale element only means "look again"
        try {
            wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> label.equals(d.findElement(By.id(id + "_label")).getText().trim()));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("failed-select-" + id.replace(':', '-'));
            throw new AssertionError(id + " shows '" + driver.findElement(By.id(id + "_label")).getText() + "', not '" + label + "'", e);
        }
    }

    /** Toggles a PrimeFaces selectBooleanCheckbox. */
    public void tick(String id) {
        By box = By.cssSelector("[id='" + id + "'] .ui-chkbox-box");
        // A message shown a moment ago scrolls the page to itself (smoothly): the box may still be moving under the
        // pointer, so it is brought to the middle of the viewport first and clicked again if something else got it.
        for (int attempt = 1; ; attempt++) {
            WebElement element = wait.until(ExpectedConditions.elementToBeClickable(box));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
            try {
                wait.until(ExpectedConditions.elementToBeClickable(box)).click();
                return;
            } catch (ElementClickInterceptedException e) {
                if (attempt == 3) {
                    throw e;
                }
                pause(300);
            }
        }
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Answers yes in the global confirmation dialog. */
    public void confirmYes() {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
    }

    /** The verification page's verdict, once it is shown. */
    public String waitForOutcome() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("outcomeText")));
        return text("outcome");
    }

    /** Waits until the global messages show the text, and returns all they say. */
    public String waitForMessage(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), text));
        return driver.findElement(By.id("messages")).getText();
    }

    public String text(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id))).getText();
    }

    public boolean present(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    public WebDriverWait waiting() {
        return wait;
    }

    public void screenshot(String name) {
        Path dir = Path.of(System.getProperty("it.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            EmbeddedMariaDb.deleteRecursively(profile);
        }
    }
}
