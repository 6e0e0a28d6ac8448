package org.seminardesk.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Tests that drive the real application in Debian's headless Chromium through chromium-driver (installed by
 * .ci/run; `apt-get install chromium chromium-driver` elsewhere). Japanese is the browser's language.
 */
public abstract class BrowserIT extends ApplicationIT {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");

    /** One Chromium for the whole run (starting one per test cost seconds each); closed when the JVM ends. */
    private static final Duration IMPLICIT_WAIT = Duration.ofSeconds(2);
    private static WebDriver shared;

    protected WebDriver browser;
    private Http.As signedIn;

    @BeforeEach
    void openBrowser() {
        if (shared == null) {
            shared = startChromium();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::quit));
        }
        browser = shared;
        // each test starts as a new visitor would: no cookies (session, language), the usual window
        browser.get(base + "privacy.xhtml");
        browser.manage().deleteAllCookies();
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        signedIn = null;
    }

    private static WebDriver startChromium() {
        if (!CHROMIUM.canExecute() || !DRIVER.canExecute()) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: "
                    + "apt-get install -y chromium chromium-driver (.ci/run does this)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,1000", "--lang=ja", "--accept-lang=ja");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build();
        WebDriver chromium = new ChromeDriver(service, options);
        chromium.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
        return chromium;
    }

    /** A question left open by a failed test would block the next one. */
    @AfterEach
    void leaveBrowser() {
        try {
            browser.switchTo().alert().dismiss();
        } catch (org.openqa.selenium.NoAlertPresentException none) {
            // the usual case
        }
    }

    protected void open(String path) {
        browser.get(base + path);
    }

    /** Opens a page as a signed-in user: the page sends the browser to the login form, which brings it back. */
    protected void openAs(Http.As who, String path) {
        if (signedIn != who) {
            browser.manage().deleteCookieNamed("JSESSIONID"); // sign out whoever was signed in
        }
        signedIn = who;
        browser.get(base + path);
        if (browser.getCurrentUrl().contains("/login.xhtml")) {
            browser.findElement(By.id("login:username")).sendKeys(Http.username(who));
            browser.findElement(By.id("login:password")).sendKeys(Http.password(who));
            browser.findElement(By.id("login:submit")).click();
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/login.xhtml"));
        }
    }

    /** The elements there now: without the implicit wait, which would spend 2 s on every "there is none". */
    protected List<WebElement> elementsNow(By locator) {
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            return browser.findElements(locator);
        } finally {
            browser.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
        }
    }

    /** Waits until the page has loaded and no PrimeFaces ajax request is queued or on its way. */
    protected void waitForAjax() {
        waitUntil(b -> (Boolean) ((JavascriptExecutor) b).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty());"));
    }

    protected WebElement waitFor(By locator) {
        return pageWait().until(whilePageChanges(ExpectedConditions.visibilityOfElementLocated(locator)));
    }

    /** Waits for a condition on the page; elements replaced by a page load or an ajax update meanwhile are looked up again. */
    protected void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        pageWait().until(whilePageChanges(condition));
    }

    /** Answers the question a data-confirm button asks (window.confirm) and returns its text. */
    protected String answerQuestion(boolean yes) {
        org.openqa.selenium.Alert question = new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent());
        String text = question.getText();
        if (yes) {
            question.accept();
        } else {
            question.dismiss();
        }
        return text;
    }

    protected void waitForText(String text) {
        waitUntil(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    private WebDriverWait pageWait() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    /**
     * A page that is being replaced while the condition reads it answers with a stale element or, from Chromium's
     * inspector, "Node with given id does not belong to the document": both mean "not yet", and the wait tries
     * again. Any other error ends the wait.
     */
    private static <T> java.util.function.Function<WebDriver, T> whilePageChanges(java.util.function.Function<WebDriver, T> condition) {
        return driver -> {
            try {
                return condition.apply(driver);
            } catch (StaleElementReferenceException | NoSuchElementException replaced) {
                return null;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return null;
                }
                throw e;
            }
        };
    }

    /** Saves the current page as docs/screenshots/{name}.png, for the documentation. */
    protected void screenshot(String name) throws Exception {
        File shot = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("docs", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    private static final String WCAG = "['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa']";

    private static String axe;

    /** axe-core's script, read once per run (about 550 kB). */
    private static synchronized String axeScript() throws java.io.IOException {
        if (axe == null) {
            axe = Files.readString(Path.of(System.getProperty("it.axe.script")));
        }
        return axe;
    }

    /** The serious and critical axe-core (WCAG 2.2 AA) violations on the page now, one line each. */
    protected List<String> axeViolations() throws Exception {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(axeScript());
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        String result = (String) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: %s}, resultTypes: ['violations']})
                   .then(r => done(JSON.stringify(r.passes.length > 0 ? r.violations
                             : [{id: 'axe-ran-no-rules', impact: 'critical', help: 'no rule passed', nodes: []}])), e => done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}])));
                """.formatted(WCAG));
        JsonArray found = Json.createReader(new StringReader(result)).readArray();
        List<String> serious = new ArrayList<>();
        for (JsonObject v : found.getValuesAs(JsonObject.class)) {
            String impact = v.getString("impact", "");
            if (impact.equals("serious") || impact.equals("critical")) {
                serious.add(impact + " " + v.getString("id") + ": " + v.getString("help") + " at "
                        + v.getJsonArray("nodes").getValuesAs(JsonObject.class).stream()
                        .map(n -> n.getJsonArray("target").toString()).toList());
            }
        }
        return serious;
    }

    /** True when the page is wider than the window: something does not fit a phone's width. */
    protected boolean overflowsHorizontally() {
        return (Boolean) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth + 1;");
    }
}
