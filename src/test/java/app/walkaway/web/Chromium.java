package app.walkaway.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium, driven by Playwright's driver from inside its jar: nothing is downloaded. A
 * machine without /usr/bin/chromium fails these tests with what to install (CI installs it in
 * .ci/run); they are never skipped.
 */
final class Chromium implements AutoCloseable {
  static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

  private final Playwright playwright;
  private final Browser browser;

  private Chromium(Playwright playwright, Browser browser) {
    this.playwright = playwright;
    this.browser = browser;
  }

  static Chromium launch() {
    if (!Files.isExecutable(EXECUTABLE)) {
      throw new AssertionError(
          "the browser tests need Debian's chromium at "
              + EXECUTABLE
              + ": install it with apt-get install -y chromium");
    }
    Playwright playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    Browser browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(EXECUTABLE)
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox", "--disable-gpu", "--disable-background-networking")));
    return new Chromium(playwright, browser);
  }

  /** A fresh browser profile (no cookies, no history) at this width, on this server. */
  Visit visit(WebApp app, Width width) {
    return Visit.open(browser, app, width);
  }

  /** The same, with the system set to dark (or light) colours. */
  Visit visit(WebApp app, Width width, com.microsoft.playwright.options.ColorScheme scheme) {
    return Visit.open(browser, app, width, scheme);
  }

  /** The browser itself, for a visit with unusual settings (no JavaScript). */
  Browser browser() {
    return browser;
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
