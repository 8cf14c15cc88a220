package app.walkaway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.service.demo.DemoVault;
import app.walkaway.web.view.Section;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * The demo as a newcomer sees it, in Debian's Chromium (never skipped: CI installs it), at phone
 * and desktop width: the ribbon on every page and on the lock screen, nothing asked of any host but
 * this one, no script errors. Screenshots go to target/screenshots/demo-*.png, to be looked at.
 */
class DemoBrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  @TempDir static Path temp;
  @TempDir static Path home;
  static ServeCommand.Running running;
  static Playwright playwright;
  static Browser browser;

  @BeforeAll
  static void start() {
    assertThat(CHROMIUM).as("install it with apt-get install -y chromium").isExecutable();
    ServeCommand command = new ServeCommand();
    new CommandLine(command)
        .parseArgs(
            "--demo", "--port", "0", "--no-browser", "--home", home + "", "--temp", temp + "");
    running = command.start(new PrintWriter(new StringWriter())).orElseThrow();
    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setArgs(
                        List.of(
                            "--no-sandbox", "--disable-gpu", "--disable-background-networking")));
  }

  @AfterAll
  static void stop() {
    browser.close();
    playwright.close();
    running.stop();
  }

  @ParameterizedTest(name = "at {0} x {1}")
  @CsvSource({"390, 844, phone", "1280, 860, desktop"})
  void everyPageAndTheLockScreenSayItIsTheDemo(int width, int height, String name)
      throws Exception {
    Files.createDirectories(SCREENSHOTS);
    String base = running.app().address().toString();
    List<String> requests = new CopyOnWriteArrayList<>();
    List<String> errors = new CopyOnWriteArrayList<>();
    try (BrowserContext context =
        browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height))) {
      context.onRequest(request -> requests.add(request.url()));
      Page page = context.newPage();
      page.onPageError(errors::add);
      // The first browser claims the demo; any later one (this test's second width) finds it
      // locked, as a second browser finds her vault, and opens it with the passphrase shown.
      page.navigate(base + "today");
      if (page.url().endsWith("/unlock")) {
        page.locator("input[name=passphrase]").fill(DemoVault.PASSPHRASE);
        page.locator("form.form button").click();
        page.waitForURL(url -> !url.endsWith("/unlock"));
      }
      for (Section section : Section.values()) {
        Response response = page.navigate(base + section.path().substring(1));
        assertThat(page.locator(".demo-ribbon").isVisible()).as(section.path()).isTrue();
        assertThat(page.locator(".demo-ribbon").innerText()).startsWith("Demo — invented data");
        if (response.status() == 200) {
          shoot(page, "demo-" + section.path().substring(1) + "-" + name);
        }
      }
      page.navigate(base + "safety");
      page.locator("form.lock button").click();
      page.waitForURL(base + "unlock");
      assertThat(page.locator(".demo-ribbon").innerText())
          .contains("The demo's passphrase is “walkaway demo”.");
      shoot(page, "demo-lock-screen-" + name);
      page.locator("input[name=passphrase]").fill(DemoVault.PASSPHRASE);
      page.locator("form.form button").click();
      page.waitForURL(url -> !url.endsWith("/unlock"));
      page.navigate(base + "safety");
      assertThat(page.locator("h1").first().isVisible()).isTrue();
    }
    assertThat(requests).allSatisfy(url -> assertThat(url).startsWith(base));
    assertThat(errors).as("script errors").isEmpty();
  }

  private static void shoot(Page page, String name) {
    page.screenshot(
        new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
  }
}
