package org.sofslint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The HTML report in a real browser, Debian's headless Chromium: it loads with no console error
 * (a blocked inline style or script would be one: the Content-Security-Policy's hashes must be
 * right), asks for nothing but itself, and its filters hide and show findings. Skipped where
 * Chromium or its driver is missing, unless SOFSLINT_REQUIRE_CHROMIUM is set (as .ci/run does).
 */
class HtmlReportBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOT = Path.of("target", "html-report.png");

  /**
   * Selenium looks for a DevTools module matching the browser's version and warns when there is
   * none; this test reads Chromium's logs through the driver and needs none.
   */
  private static final Logger CDP_VERSION_FINDER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

  static {
    CDP_VERSION_FINDER.setLevel(Level.OFF);
  }

  @TempDir Path dir;

  @Test
  void pageLoadsOfflineWithoutErrorsAndFilters() throws IOException {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (System.getenv("SOFSLINT_REQUIRE_CHROMIUM") == null) {
      Assumptions.assumeTrue(installed, "chromium and chromium-driver are not installed");
    }
    assertThat(installed).as("%s and %s are installed", CHROMIUM, CHROMEDRIVER).isTrue();

    Path page = dir.resolve("report.html");
    Files.writeString(page, HtmlBatch.render(HtmlBatch.batch(), ReportContext.PLAIN, true), StandardCharsets.UTF_8);
    ChromeDriver browser = browser();
    try {
      browser.get(page.toUri().toString());
      assertThat(browser.findElement(By.id("filters")).isDisplayed()).as("the script showed the filters").isTrue();
      Files.createDirectories(SCREENSHOT.getParent());
      Files.write(SCREENSHOT, browser.getScreenshotAs(OutputType.BYTES));

      assertThat(visible(browser, "error")).hasSize(2);
      assertThat(visible(browser, "warning")).hasSize(3);
      assertThat(visible(browser, "info")).hasSize(2);
      browser.findElement(By.id("severity-warning")).click();
      assertThat(visible(browser, "warning")).as("warnings once unticked").isEmpty();
      assertThat(visible(browser, "info")).as("info still ticked").hasSize(2);
      assertThat(browser.findElement(By.id("shown-total")).getText()).isEqualTo("4");

      browser.findElement(By.id("severity-warning")).click();
      browser.findElement(By.cssSelector("#discipline option[value=authority]")).click();
      assertThat(browser.findElements(By.cssSelector(".finding")).stream().filter(WebElement::isDisplayed)
          .map(f -> f.getDomAttribute("data-discipline")).distinct()).containsExactly("authority");
      assertThat(browser.findElement(By.id("shown-total")).getText()).isEqualTo("2");
      assertThat(browser.findElements(By.cssSelector(".report .shown")).stream().map(WebElement::getText))
          .containsExactly("1", "0", "0", "1");

      assertThat(browser.manage().logs().get(LogType.BROWSER).getAll()).as("console messages")
          .filteredOn(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
          .extracting(LogEntry::getMessage).isEmpty();
      String url = page.toUri().toString();
      assertThat(requestedUrls(browser, url)).as("every request the page made")
          .allMatch(request -> request.equals(url) || request.startsWith("data:"))
          .contains(url);
    } finally {
      browser.quit();
    }
  }

  /** Headless Chromium with a fresh profile, nothing in the background that could go online, driver and browser given by path. */
  private ChromeDriver browser() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-default-apps", "--window-size=1200,3000", "--user-data-dir=" + dir.resolve("profile"));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    return new ChromeDriver(service, options);
  }

  private static List<WebElement> visible(ChromeDriver browser, String severity) {
    return browser.findElements(By.cssSelector(".finding[data-severity=" + severity + "]")).stream()
        .filter(WebElement::isDisplayed).toList();
  }

  /**
   * The URL of every request for the page at {@code pageUrl} or sent by it, from the performance
   * log's Network events; the browser's own start page also logs requests, and those are left out.
   */
  private static List<String> requestedUrls(ChromeDriver browser, String pageUrl) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> urls = new java.util.ArrayList<>();
    for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
      JsonNode message = json.readTree(entry.getMessage()).path("message");
      JsonNode params = message.path("params");
      String url = params.path("request").path("url").asText();
      if (message.path("method").asText().equals("Network.requestWillBeSent")
          && (url.equals(pageUrl) || params.path("documentURL").asText().equals(pageUrl))) {
        urls.add(url);
      }
    }
    return urls;
  }
}
