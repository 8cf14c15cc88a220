package app.walkaway.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The Insights page in real Chromium: charts drawn from their tables, heatmaps drawn as SVG. */
class InsightsBrowserTest {
  private static Chromium chromium;
  @TempDir Path home;
  private WebApp app;

  @BeforeAll
  static void launch() {
    chromium = Chromium.launch();
  }

  @AfterAll
  static void quit() {
    chromium.close();
  }

  @BeforeEach
  void serve() {
    VaultDoor door = Servers.open(home, Duration.ofMinutes(15), Story.WITH_PLAN);
    app = Servers.start(Servers.config(door, Story.WITH_PLAN));
  }

  @AfterEach
  void stop() {
    app.close();
  }

  @ParameterizedTest
  @EnumSource(Width.class)
  void everyPictureHasItsReadingAndItsTable(Width width) {
    try (Visit visit = chromium.visit(app, width).go("/insights")) {
      Page page = visit.page;
      assertThat(page.locator("#starts .chart-box canvas").count()).isEqualTo(1);
      assertThat(page.locator("#replies .chart-box canvas").count()).isEqualTo(1);
      assertThat(page.locator("#starts details").getAttribute("open")).isNull();
      assertThat(page.locator("#starts-reading").innerText())
          .isEqualTo(
              "Since you stepped back, Sam has started about 6.3 conversations a week; before,"
                  + " about 1 conversation.");
      assertThat(page.locator("#replies-reading").innerText())
          .isEqualTo(
              "Since you stepped back, Sam typically answers in about 25 minutes; before, in about"
                  + " 3 hours.");
      assertThat(page.locator("#calendar rect").count()).isGreaterThan(25 * 7);
      assertThat(page.locator("#calendar rect.marked").count()).isEqualTo(1);
      assertThat(page.locator("#calendar rect.marked title").textContent())
          .isEqualTo("Sunday 1 March 2026: Sam was in touch twice");
      assertThat(page.locator("#calendar-reading").innerText())
          .isEqualTo(
              "Since you stepped back, Sam was in touch on 45 of 46 days; in the 46 days before,"
                  + " on 46.");
      assertThat(page.locator(".lead").innerText())
          .startsWith("From 1 October 2025 to 15 April 2026, Sam was in touch ");
      assertThat(page.locator("#hours rect").count()).isEqualTo(7 * 24);
      assertThat(page.locator("#hours-reading").innerText())
          .isEqualTo("Sam is most often in touch on Sunday evenings (18:00–24:00).");
      visit.assertNoSidewaysScroll();
      visit.screenshot("insights");

      page.locator("#starts summary").click();
      assertThat(page.locator("#starts table tr.marked th").innerText())
          .isEqualTo("23 February 2026");
      visit.assertClean();
    }
  }

  @Test
  void withoutScriptsTheTablesAreTheCharts() {
    Browser browser = chromium.browser();
    try (BrowserContext context =
        browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false))) {
      Page page = context.newPage();
      page.navigate(app.address().resolve("/insights").toString());
      assertThat(page.locator("#starts details").getAttribute("open")).isNotNull();
      assertThat(page.locator("#starts table").isVisible()).isTrue();
      assertThat(page.locator("canvas").count()).isZero();
    }
  }
}
