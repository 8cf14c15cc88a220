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

/** The Plan page in real Chromium: readiness, the plan's form, and safety first. */
class PlanBrowserTest {
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
    app =
        Servers.start(Servers.config(Servers.open(home, Duration.ofMinutes(15)), Story.WITH_PLAN));
  }

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void aMissingAnswerIsAskedForBesideItsQuestionAndTheOthersAreKept() {
    try (Visit visit = chromium.visit(app, Width.PHONE).go("/plan")) {
      Page page = visit.page;
      page.locator("#q-accept-loss-yes").check();
      page.locator("#q-harm-no").check();
      page.locator("text=See what my answers say").click();
      assertThat(page.locator("#q-talked-first-problem").innerText())
          .isEqualTo("Choose yes, no or not sure.");
      assertThat(page.locator("#q-accept-loss-yes").isChecked()).isTrue();
      assertThat(page.locator("#q-harm-no").isChecked()).isTrue();
      visit.screenshot("plan-missing-answer");
      visit.assertClean();
    }
  }

  @Test
  void signsOfHarmLeaveOnlyTheWayToSafety() {
    try (Visit visit = chromium.visit(app, Width.DESKTOP).go("/plan")) {
      Page page = visit.page;
      for (String q : new String[] {"accept-loss", "talked-first", "own-part"}) {
        page.locator("#q-" + q + "-yes").check();
      }
      page.locator("#q-motive-no").check();
      page.locator("#q-harm-unsure").check();
      page.locator("#q-control-no").check();
      page.locator("text=See what my answers say").click();
      page.waitForURL("**/plan#readiness");
      assertThat(page.locator("#verdict").getAttribute("class")).contains("danger");
      assertThat(page.locator("#verdict .answer").innerText())
          .startsWith("What you describe is a reason to get safe, not to start a plan.");
      assertThat(page.locator("#plan").count()).as("no plan beside safety").isZero();
      assertThat(page.locator("#message").count()).as("no exit message beside safety").isZero();
      visit.screenshot("plan-safety-first");
      visit.assertClean();
    }
  }

  @Test
  void aPlanIsSavedWithWhatEachTacticMeansInItsMode() {
    try (Visit visit = chromium.visit(app, Width.DESKTOP).go("/plan")) {
      Page page = visit.page;
      page.locator("#start").fill("2026-03-01");
      page.locator("#mode-strict").check();
      page.locator("#exception-children").check();
      page.locator("text=Save my plan").click();
      page.waitForURL("**/plan#plan");
      assertThat(page.locator(".lead").innerText())
          .isEqualTo(
              "You stepped back on 1 March 2026. Strict: no contact at all, replies included,"
                  + " apart from your exceptions.");
      assertThat(page.locator("#plan .tactics").innerText())
          .contains("No contact at all: don't start conversations and don't reply");
      assertThat(page.locator("#plan").innerText()).contains("Children: arrangements");
      visit.screenshot("plan-saved");
      visit.go("/today");
      assertThat(page.locator(".hint").first().innerText())
          .isEqualTo("Your plan is strict: no contact, apart from your exceptions.");
      visit.assertClean();
    }
  }
}
