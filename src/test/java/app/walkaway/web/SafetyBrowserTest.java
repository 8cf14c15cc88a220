package app.walkaway.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.safety.screen.Question;
import app.walkaway.service.HelpLines;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The safety pages in real Chromium over a real vault: her country's numbers, the risk screen
 * (pre-filled from his red-flag messages, critical and non-critical results), the evidence journal
 * (add, verify, the report's PDF), and "Add to evidence" on the Read-out.
 */
class SafetyBrowserTest {
  private static Chromium chromium;
  @TempDir Path home;
  private WebApp app;
  private VaultDoor door;

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
    if (app != null) {
      app.close();
    }
  }

  private void serve(Story story, String country) {
    door = Servers.open(home, Duration.ofMinutes(15), story);
    if (country != null) {
      HelpLines.saveCountry(door.session(), country);
    }
    app = Servers.start(Servers.config(door, story));
  }

  private static String id(Question q, String reply) {
    return "#q-" + q.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + reply;
  }

  @Test
  void herCountrysNumbersComeFirstOnTheSafetyPage() {
    serve(Story.WITH_PLAN, "GB");
    try (Visit visit = chromium.visit(app, Width.PHONE).go("/safety")) {
      Page page = visit.page;
      assertThat(page.locator("#call-now .answer").innerText())
          .isEqualTo("If you are in danger right now, call 999.");
      assertThat(page.locator("#call-now .help-lines li").first().innerText()).contains("999");
      assertThat(page.locator("nav.nav a[aria-current=page]").innerText()).isEqualTo("Safety");
      visit.screenshot("safety-help");
      visit.assertNoSidewaysScroll();
      visit.assertClean();
    }
  }

  @Test
  void hisThreatSuggestsAnAnswerAndOneCriticalYesMeansTalkToASpecialistNow() {
    serve(Story.WITH_THREAT, "GB");
    try (Visit visit = chromium.visit(app, Width.PHONE).go("/safety/screen")) {
      Page page = visit.page;
      assertThat(page.locator(id(Question.THREAT_TO_KILL, "yes")).isChecked()).isTrue();
      assertThat(page.locator("#q-threat-to-kill .suggested").innerText()).contains("a threat");
      assertThat(page.locator(id(Question.WEAPON, "yes")).isChecked()).isFalse();
      visit.screenshot("safety-screen-prefilled");
      for (Question q : Question.values()) {
        if (!page.locator(id(q, "yes")).isChecked() || q == Question.CONTROLLING_JEALOUSY) {
          page.locator(id(q, "no")).check();
        }
      }
      page.locator("text=See what my answers mean").click();
      assertThat(page.locator("#result").getAttribute("class")).contains("danger");
      assertThat(page.locator("#result h2").innerText())
          .startsWith("What you told me points to serious danger.");
      assertThat(page.locator("#whom li").first().innerText()).contains("999");
      assertThat(page.locator("#because li").allInnerTexts())
          .containsExactly("he has talked about killing you or your children");
      assertThat(page.locator("main").innerText())
          .contains("Fewer signs does not mean you are safe")
          .contains("not a validated risk assessment");
      visit.screenshot("safety-result-critical");
      visit.assertNoSidewaysScroll();
      visit.assertClean();
    }
  }

  @Test
  void withoutACriticalAnswerSheSeesHerConcernsAndNeverAScore() {
    serve(Story.WITH_PLAN, "IE");
    try (Visit visit = chromium.visit(app, Width.DESKTOP).go("/safety/screen")) {
      Page page = visit.page;
      for (Question q : Question.values()) {
        page.locator(id(q, "no")).check();
      }
      page.locator(id(Question.AFRAID, "yes")).check();
      page.locator(id(Question.STALKING, "not-sure")).check();
      page.locator("text=See what my answers mean").click();
      assertThat(page.locator("#result").getAttribute("class")).doesNotContain("danger");
      assertThat(page.locator("#result h2").innerText())
          .startsWith("You told me about one thing that worries you.");
      assertThat(page.locator("#because li").allInnerTexts())
          .containsExactly("you are afraid of him");
      assertThat(page.locator("#unsure li").allInnerTexts()).hasSize(1);
      String main = page.locator("main").innerText();
      assertThat(main).doesNotContain("%").doesNotContainIgnoringCase("low risk");
      assertThat(main).contains("112");
      visit.screenshot("safety-result-concerns");
      visit.assertClean();
    }
  }

  @Test
  void aMissingAnswerIsAskedForAndWhatSheChoseIsKept() {
    serve(Story.WITH_PLAN, null);
    try (Visit visit = chromium.visit(app, Width.PHONE).go("/safety/screen")) {
      Page page = visit.page;
      page.locator(id(Question.AFRAID, "yes")).check();
      page.locator("#anything-else").fill("He keeps my passport.");
      page.locator("text=See what my answers mean").click();
      assertThat(page.locator("#q-weapon-problem").innerText())
          .isEqualTo("Choose yes, no or not sure.");
      assertThat(page.locator(id(Question.AFRAID, "yes")).isChecked()).isTrue();
      assertThat(page.locator("#anything-else").inputValue()).isEqualTo("He keeps my passport.");
      visit.assertClean();
    }
  }

  @Test
  void sheKeepsAnIncidentChecksTheJournalAndDownloadsTheReport() throws Exception {
    serve(Story.WITH_PLAN, "GB");
    try (Visit visit = chromium.visit(app, Width.DESKTOP).go("/safety/evidence")) {
      Page page = visit.page;
      page.locator("#at").fill("2026-04-12 22:15");
      page.locator("#kind").selectOption("unwanted-visit");
      page.locator("#what").fill("He waited outside my flat for an hour and knocked twice.");
      page.locator("#place").fill("Outside my flat");
      page.locator("#add button[type=submit]").click();
      assertThat(page.locator("#notice").innerText()).startsWith("Kept as entry 1:");
      assertThat(page.locator("#entry-1 .what").innerText())
          .isEqualTo("He waited outside my flat for an hour and knocked twice.");
      assertThat(page.locator("#entry-1").innerText()).contains("Where: Outside my flat");
      page.locator("#verify button").click();
      assertThat(page.locator("#notice").innerText())
          .startsWith("The entry checks out: nothing has been changed");
      visit.screenshot("safety-evidence");
      Download download = page.waitForDownload(() -> page.locator("#report button").click());
      Path pdf = home.resolve("report.pdf");
      download.saveAs(pdf);
      assertThat(download.suggestedFilename()).isEqualTo("evidence-2026-04-15.pdf");
      assertThat(new String(Files.readAllBytes(pdf), 0, 5, "US-ASCII")).isEqualTo("%PDF-");
      visit.assertClean();
    }
  }

  @Test
  void aWrongTimeIsSaidBesideItsFieldAndHerWordsAreKept() {
    serve(Story.WITH_PLAN, null);
    try (Visit visit = chromium.visit(app, Width.PHONE).go("/safety/evidence")) {
      Page page = visit.page;
      page.locator("#at").fill("last night");
      page.locator("#kind").selectOption("threat");
      page.locator("#what").fill("He said I would regret it.");
      page.locator("#add button[type=submit]").click();
      assertThat(page.locator("#at-problem").innerText()).startsWith("Write when it happened");
      assertThat(page.locator("#what").inputValue()).isEqualTo("He said I would regret it.");
      assertThat(page.locator(".journal li").count()).isZero();
      visit.screenshot("safety-evidence-problem");
      visit.assertNoSidewaysScroll();
      visit.assertClean();
    }
  }

  @Test
  void aRedFlagMessageOnTheReadOutIsAddedToEvidenceQuotedWithItsSource() {
    serve(Story.WITH_THREAT, "GB");
    try (Visit visit = chromium.visit(app, Width.PHONE).go("/readout")) {
      Page page = visit.page;
      page.locator(".evidence li.red-flag .keep button").first().click();
      page.waitForURL("**/safety/evidence#notice");
      assertThat(page.locator("#notice").innerText()).startsWith("Kept as entry 1: threat");
      assertThat(page.locator("#entry-1 blockquote").innerText()).isEqualTo(Story.THREAT);
      assertThat(page.locator("#entry-1 .source").innerText())
          .contains("WhatsApp Chat with Sam.txt, line ")
          .containsPattern("SHA-256 is [0-9a-f]{64}");
      visit.screenshot("safety-evidence-from-readout");
      visit.assertClean();
    }
  }
}
