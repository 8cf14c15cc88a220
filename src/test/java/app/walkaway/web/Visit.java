package app.walkaway.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.ScreenshotCaret;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One person's visit in a fresh browser profile at one width. Every request the page makes and
 * every console error are recorded, so a test can say that nothing left 127.0.0.1 and nothing
 * broke. Screenshots go to target/screenshots, to be looked at.
 */
final class Visit implements AutoCloseable {
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  final Page page;
  final Width width;
  private final BrowserContext context;
  private final String base;
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final List<String> errors = new CopyOnWriteArrayList<>();

  private Visit(BrowserContext context, Page page, String base, Width width) {
    this.context = context;
    this.page = page;
    this.base = base;
    this.width = width;
  }

  static Visit open(Browser browser, WebApp app, Width width) {
    return open(browser, app, width, ColorScheme.LIGHT);
  }

  static Visit open(Browser browser, WebApp app, Width width, ColorScheme scheme) {
    BrowserContext context =
        browser.newContext(
            new Browser.NewContextOptions()
                .setViewportSize(width.width, width.height)
                .setColorScheme(scheme)
                .setLocale("en-GB")
                .setTimezoneId("Europe/London"));
    context.setDefaultTimeout(10_000);
    Page page = context.newPage();
    String base = app.address().toString();
    Visit visit = new Visit(context, page, base.substring(0, base.length() - 1), width);
    context.onRequest(request -> visit.requests.add(request.url()));
    page.onConsoleMessage(
        message -> {
          if ("error".equals(message.type())) {
            visit.errors.add(message.text());
          }
        });
    page.onPageError(error -> visit.errors.add(error));
    return visit;
  }

  /** Opens a path of the app, e.g. "/safety". */
  Visit go(String path) {
    page.navigate(base + path);
    return this;
  }

  String path() {
    return page.url().substring(base.length());
  }

  /** A full-page screenshot named for the page and the width. */
  Path screenshot(String name) {
    Path file = SCREENSHOTS.resolve(name + "-" + width.suffix() + ".png");
    page.evaluate("() => window.scrollTo(0, 0)"); // else the sticky bar lands mid-picture
    // The caret stays as it is: hiding it would add a style element, which the policy refuses.
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(file)
            .setFullPage(true)
            .setCaret(ScreenshotCaret.INITIAL));
    return file;
  }

  /**
   * Nothing was asked of any host but this app, no script failed, and the page on screen names no
   * two elements alike (a label, a link to a part, or a test would find the wrong one).
   */
  void assertClean() {
    assertThat(requests).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith(base + "/"));
    assertThat(errors).as("console errors").isEmpty();
    Object twice =
        page.evaluate(
            "() => { const seen = new Set(), twice = [];"
                + " document.querySelectorAll('[id]').forEach(e => {"
                + " if (seen.has(e.id)) twice.push(e.id); seen.add(e.id); });"
                + " return twice.join(' '); }");
    assertThat(twice).as("ids used twice on " + page.url()).isEqualTo("");
  }

  /** The page is no wider than the screen: nothing to scroll sideways. */
  void assertNoSidewaysScroll() {
    Object wider =
        page.evaluate(
            "() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
    assertThat(wider).as("the page scrolls sideways at " + width).isEqualTo(false);
  }

  List<String> requests() {
    return List.copyOf(requests);
  }

  @Override
  public void close() {
    context.close();
  }
}
