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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Today in real Chromium: one tap keeps what happened (htmx swaps the page's part in place, and the
 * plain form works without scripts), the box keeps what she wanted to text him, and when something
 * points to danger the page speaks of safety alone.
 */
class TodayBrowserTest {
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

  @AfterEach
  void stop() {
    app.close();
  }

  private void serve(Story story) {
    VaultDoor door = Servers.open(home, Duration.ofMinutes(15), story);
    app = Servers.start(Servers.config(door, story));
  }

  @ParameterizedTest
  @EnumSource(Width.class)
  void oneTapKeepsWhatHappenedWithoutLeavingThePage(Width width) {
    serve(Story.WITH_PLAN);
    try (Visit visit = chromium.visit(app, width).go("/today")) {
      Page page = visit.page;
      assertThat(page.locator(".habit-picture rect.clean").count()).isEqualTo(27);
      assertThat(page.locator(".habit-picture rect.today").count()).isEqualTo(1);
      page.evaluate("() => { window.stayed = true; }");
      page.locator("button:has-text('Sam called')").click();
      page.locator("#notice").waitFor();
      assertThat(page.locator("#notice").innerText()).isEqualTo("Noted at 20:00: Sam called.");
      assertThat(page.evaluate("() => window.stayed === true"))
          .as("htmx swapped the part in place: the page did not reload")
          .isEqualTo(true);
      visit.screenshot("today-noted");

      page.locator("#urge").fill("I just want to know if you are ok");
      page.locator("text=Keep this draft here").click();
      page.locator("#notice:has-text('not sent')").waitFor();
      page.locator(".kept summary").click();
      assertThat(page.locator(".kept blockquote").first().innerText())
          .isEqualTo("I just want to know if you are ok");
      assertThat(page.locator("#urge").inputValue()).isEmpty();

      page.locator("text=Keep this draft here").click();
      assertThat(page.locator("#urge-problem").innerText())
          .startsWith("Write what you want to say first.");
      visit.screenshot("today-urge-empty");
      visit.go("/timeline?kind=call");
      assertThat(page.locator(".timeline li").first().innerText()).contains("noted by you");
      visit.assertClean();
    }
  }

  @Test
  void withoutScriptsTheButtonsAreOrdinaryForms() {
    serve(Story.WITH_PLAN);
    Browser browser = chromium.browser();
    try (BrowserContext context =
        browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false))) {
      Page page = context.newPage();
      page.navigate(app.address().resolve("/today").toString());
      page.locator("button:has-text('I slipped')").click();
      page.waitForURL("**/today#log");
      assertThat(page.locator("#notice").innerText())
          .isEqualTo("Noted at 20:00. A slip is not a failure: tomorrow starts clean.");
      assertThat(page.locator(".habit-picture rect.slip").count()).isEqualTo(1);
      assertThat(page.locator("#habit-line").innerText())
          .startsWith("A slip is part of changing a habit.");
    }
  }

  @ParameterizedTest
  @EnumSource(Width.class)
  void whenHeShowsUpTheDaySpeaksOfSafetyAlone(Width width) {
    serve(Story.WITH_PLAN);
    try (Visit visit = chromium.visit(app, width).go("/today")) {
      Page page = visit.page;
      page.locator("button:has-text('Sam showed up')").click();
      page.locator("#safety-first").waitFor();
      assertThat(page.locator("#safety-first").innerText()).isEqualTo("Your safety comes first");
      assertThat(page.locator(".habit-picture").count()).as("no habit strength").isZero();
      assertThat(page.locator("#urge").count()).as("no box for texting him").isZero();
      assertThat(page.locator("main").innerText()).doesNotContain("clean day");
      visit.screenshot("today-safety");
      visit.assertClean();
    }
  }

  @Test
  void aThreatFromBeforeThePlanStillPutsSafetyFirst() {
    serve(Story.OLD_THREAT);
    try (Visit visit = chromium.visit(app, Width.DESKTOP).go("/today")) {
      assertThat(visit.page.locator("#safety-first").count()).isEqualTo(1);
      assertThat(visit.page.locator(".habit-picture").count()).isZero();
      assertThat(visit.page.locator(".card.danger").innerText())
          .contains("Keep a record of what happens.");
      visit.assertClean();
    }
  }

  @Test
  void aThreatInHisWordsPutsSafetyFirstOnTodayAndTheReadOut() {
    serve(Story.WITH_THREAT);
    try (Visit visit = chromium.visit(app, Width.PHONE).go("/today")) {
      Page page = visit.page;
      assertThat(page.locator("#safety-first").count()).isEqualTo(1);
      assertThat(page.locator(".habit-picture").count()).isZero();
      visit.go("/readout");
      assertThat(page.locator("#answer").innerText())
          .startsWith("Some of what Sam has said or done is a warning sign.");
      assertThat(page.locator("main").innerText())
          .doesNotContain("Before and since")
          .doesNotContain("What to do now");
      assertThat(page.locator(".evidence li.red-flag blockquote").first().innerText())
          .isEqualTo(Story.THREAT);
      visit.screenshot("readout-safety");
      visit.go("/timeline?flags=1");
      assertThat(page.locator(".timeline li.red-flag").count()).isEqualTo(1);
      assertThat(page.locator(".timeline li.red-flag .flag").innerText())
          .isEqualTo("Read as a threat and pressure.");
      visit.screenshot("timeline-red-flags");
      visit.assertClean();
    }
  }
}
