package uk.police.collaboration.ledger.web.pages;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
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
import java.time.Duration;
import java.util.Comparator;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium driven through its own chromedriver. Nothing is downloaded: both paths
 * are given, so Selenium Manager is never asked. Without them the browser tests are skipped, saying why.
 */
final class Browser implements AutoCloseable {

    /** Debian's paths; -Dledger.browser.chromium / -Dledger.browser.chromedriver name others. */
    static final String CHROMIUM = System.getProperty("ledger.browser.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("ledger.browser.chromedriver", "/usr/bin/chromedriver");

    final WebDriver driver;
    private final Path profile;
    private final String base;

    private Browser(WebDriver driver, Path profile, String base) {
        this.driver = driver;
        this.profile = profile;
        this.base = base;
    }

    /** Why the browser tests cannot run here, or null when Chromium and chromedriver are both installed. */
    static String missing() {
        for (String path : new String[] {CHROMIUM, CHROMEDRIVER}) {
            if (!new File(path).canExecute()) {
                return "Browser tests skipped: " + path + " not found";
            }
        }
        return null;
    }

    /** Skips the calling test, saying why, when Chromium or chromedriver is missing. */
    static void assumeAvailable() {
        String missing = missing();
        Assumptions.assumeTrue(missing == null, () -> missing + " (apt-get install -y chromium chromium-driver)");
    }

    private static Browser shared;

    /**
     * One browser for the whole suite (every browser test class in the JVM), started on first use and
     * closed when the JVM ends: starting Chromium is the slowest step of a browser test.
     */
    static synchronized Browser shared(int port) {
        if (shared == null) {
            shared = open(port);
            Browser closing = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(closing::close));
        }
        return shared;
    }

    static Browser open(int port) {
        assumeAvailable();
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        try {
            Path profile = Files.createTempDirectory("ledger-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--disable-quic", "--window-size=1280,1600", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
            WebDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new Browser(driver, profile, "http://127.0.0.1:" + port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    String url(String path) {
        return base + path;
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** Clicks what submits a form or follows a link, and waits for the next page to replace this one. */
    void press(String css) {
        WebElement page = driver.findElement(By.tagName("html"));
        find(css).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(page));
    }

    /** Keeps a picture of the page under target/screenshots, for a person to look at. */
    void screenshot(String name) {
        screenshot(name, (TakesScreenshot) driver);
    }

    /** A picture of one element (a chart, say). */
    void screenshotOf(String css, String name) {
        screenshot(name, find(css));
    }

    private void screenshot(String name, TakesScreenshot what) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), what.getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            System.out.println("No screenshot " + name + ": " + e.getMessage());
        }
    }

    /** The page as it stands: a screenshot kept under target/screenshots, and axe-core's accessibility check. */
    void check(String state) {
        screenshot(state);
        Axe.assertNoSeriousFindings(driver, state);
    }

    /** A GET with this browser's session, for what a browser downloads rather than shows (CSV, PDF). */
    java.net.http.HttpResponse<byte[]> fetch(String pathOrUrl, String accept) {
        String url = pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl;
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).GET()
                .header("Accept", accept);
        org.openqa.selenium.Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        if (session != null) {
            request.header("Cookie", "JSESSIONID=" + session.getValue());
        }
        try {
            return java.net.http.HttpClient.newHttpClient().send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    java.util.List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    boolean has(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    void type(String id, String value) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    void signIn(String user, String password) {
        driver.manage().deleteAllCookies();
        go("/login");
        type("username", user);
        type("password", password);
        press("#sign-in");
    }

    void signOut() {
        driver.manage().deleteAllCookies();
    }

    /** Reloads the page until the condition holds (the read side catches up within moments). */
    void refreshUntil(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for: " + what + "\nPage " + driver.getCurrentUrl() + ":\n" + text());
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            driver.navigate().refresh();
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
