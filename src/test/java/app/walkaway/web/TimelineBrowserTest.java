package app.walkaway.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timeline in real Chromium: pages, and the filter by kind, whose, and period. */
class TimelineBrowserTest {
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

  @Test
  void newestFirstAPageAtATime() {
    try (Visit visit = chromium.visit(app, Width.PHONE).go("/timeline")) {
      Page page = visit.page;
      assertThat(page.locator(".timeline li").count()).isEqualTo(50);
      assertThat(page.locator(".timeline li .when").first().innerText())
          .isEqualTo("14 April 2026, 23:25");
      page.locator("a[rel=next]").click();
      page.waitForURL("**/timeline?page=1");
      assertThat(page.locator("#summary").innerText()).contains("This page shows 51 to 100.");
      page.locator("a[rel=prev]").click();
      page.waitForURL("**/timeline");
      visit.assertClean();
    }
  }

  @Test
  void theFilterNarrowsByKindWhoseAndPeriod() {
    try (Visit visit = chromium.visit(app, Width.DESKTOP).go("/timeline")) {
      Page page = visit.page;
      page.locator(".filter summary").click();
      page.locator("#who").selectOption("him");
      page.locator("#from").fill("2026-04-01");
      page.locator("#to").fill("2026-04-02");
      page.locator("form.filters button[type=submit]").click();
      page.waitForURL("**/timeline?kind=&who=him&from=2026-04-01&to=2026-04-02");
      assertThat(page.locator("#summary").innerText()).isEqualTo("4 events, newest first.");
      assertThat(page.locator(".timeline blockquote").allInnerTexts())
          .containsExactly(
              "Sleep well, talk tomorrow?",
              "I miss you",
              "Sleep well, talk tomorrow?",
              "I miss you");
      visit.screenshot("timeline-filtered");

      page.locator("#to").fill("2026-03-01");
      page.locator("form.filters button[type=submit]").click();
      assertThat(page.locator(".problem").innerText())
          .isEqualTo("The first day is after the last one. Swap them, then show again.");
      visit.assertClean();
    }
  }
}
