package app.walkaway.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The golden path in real Chromium, as she would walk it: first run, her vault, the first steps
 * (his name, the readiness questions, her plan and exit message, her chat), then Today and the
 * read-out. At both widths, with a screenshot of every page on the way.
 */
class GoldenPathBrowserTest {
  private static Chromium chromium;
  @TempDir Path home;
  @TempDir Path downloads;
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

  @ParameterizedTest
  @EnumSource(Width.class)
  void fromFirstRunToTheReadOut(Width width) throws Exception {
    VaultDoor door = Servers.fresh(home, Duration.ofMinutes(15));
    app = Servers.start(WebConfig.of(door).withPort(0).withClock(Story.WITH_PLAN.clock()));
    Path chat = Story.chat(downloads);
    try (Visit visit = chromium.visit(app, width).go("/")) {
      Page page = visit.page;
      page.locator("#passphrase").fill(Servers.PASSPHRASE);
      page.locator("#again").fill(Servers.PASSPHRASE);
      page.locator("main button[type=submit]").click();
      page.waitForURL("**/first-steps");
      page.locator("text=Begin with the first step").click();

      page.waitForURL("**/first-steps/name");
      visit.screenshot("golden-1-name");
      page.locator("#name").fill("Sam");
      page.locator("text=Keep this name").click();

      page.waitForURL("**/first-steps/readiness**");
      page.locator("#situation-situation-always-initiate").check();
      answer(page, "q-accept-loss", "yes");
      answer(page, "q-talked-first", "yes");
      answer(page, "q-own-part", "yes");
      answer(page, "q-motive", "no");
      answer(page, "q-harm", "no");
      answer(page, "q-control", "no");
      visit.screenshot("golden-2-readiness");
      page.locator("text=See what my answers say").click();
      page.waitForURL("**/first-steps/readiness#readiness");
      assertThat(page.locator("#verdict .answer").innerText())
          .isEqualTo("Stepping back looks like a fair choice for you now.");
      assertThat(page.locator("#verdict").innerText()).doesNotContain("{name}");
      visit.screenshot("golden-2-ready");
      page.locator("text=On to the next step").click();

      page.waitForURL("**/first-steps/plan");
      page.locator("#start").fill(Story.START.toString());
      page.locator("text=Save my plan").click();
      page.waitForURL("**/first-steps/plan#plan");
      assertThat(page.locator("#plan .tactics li").count()).isGreaterThan(3);
      assertThat(page.locator("#message").inputValue())
          .startsWith("I've noticed I'm usually the one who gets in touch");
      page.locator("#message").fill("I need some time for myself. Take care.");
      page.locator("text=Keep this message here").click();
      page.waitForURL("**/first-steps/plan#exit-message");
      assertThat(page.locator("#message").inputValue())
          .isEqualTo("I need some time for myself. Take care.");
      visit.screenshot("golden-3-plan");
      page.locator("text=On to the next step").click();

      page.waitForURL("**/first-steps/import");
      page.locator("#files").setInputFiles(chat);
      page.locator("text=Read these files").click();
      page.waitForURL("**/first-steps/import");
      assertThat(page.locator("#import-state").innerText()).contains("WhatsApp Chat with Sam.txt");
      page.locator("input[name=me][value=Maya]").check();
      page.locator("input[name=him][value=Sam]").check();
      visit.screenshot("golden-4-who");
      page.locator("text=Import into my vault").click();
      page.locator("#import-total").waitFor();
      assertThat(page.locator("#import-total").innerText())
          .endsWith("messages and events are now in your vault.");
      visit.screenshot("golden-4-imported");
      assertThat(Servers.uploadsLeft(home)).as("the uploaded file is deleted once stored").isZero();

      page.locator("text=On to Today").click();
      page.waitForURL("**/today");
      assertThat(page.locator("main h1").innerText())
          .isEqualTo("It has been 45 days since you stepped back.");
      assertThat(page.locator("#habit-line").innerText()).contains("clean");
      visit.screenshot("golden-5-today");

      page.locator("nav a:has-text('Read-out')").click();
      page.waitForURL("**/readout");
      assertThat(page.locator("#answer").innerText())
          .isEqualTo(
              "Sam is reaching for you more than before. Whether it lasts matters more than how"
                  + " strong it is.");
      assertThat(page.locator(".evidence li").count()).isPositive();
      assertThat(page.locator(".evidence .source").first().innerText())
          .startsWith("WhatsApp Chat with Sam.txt, line ");
      visit.screenshot("golden-6-readout");
      visit.assertNoSidewaysScroll();
      visit.assertClean();
    }
  }

  private static void answer(Page page, String question, String answer) {
    page.locator("#" + question + "-" + answer).check();
  }
}
