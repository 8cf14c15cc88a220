package app.walkaway.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Her mark buttons on the read-out in real Chromium: a plain form with the hidden {@code csrf}
 * input, posted to the service; the read-out is read again with her mark, says what it did, and
 * lists it as "Marked by you".
 */
class ReadoutMarkBrowserTest {
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

  @Test
  void markingAWarmMessageAsARedFlagPutsSafetyFirstAndTakingItOffUndoesIt() {
    VaultDoor door = Servers.open(home, Duration.ofMinutes(15), Story.WITH_PLAN);
    app = Servers.start(Servers.config(door, Story.WITH_PLAN));
    try (Visit visit = chromium.visit(app, Width.PHONE).go("/readout")) {
      Page page = visit.page;
      assertThat(page.locator("#answer").innerText()).startsWith("Sam is reaching for you");
      Locator first = page.locator(".evidence li").first();
      String quote = first.locator("blockquote").innerText();
      assertThat(first.locator("form.mark input[name=csrf]").getAttribute("value")).isNotBlank();

      first.locator("button:has-text('Red flag')").click();

      page.locator("#notice").waitFor();
      assertThat(page.locator("#notice").innerText())
          .startsWith("Marked as a red flag:")
          .contains(quote);
      assertThat(page.locator("#answer").innerText())
          .startsWith("Some of what Sam has said or done is a warning sign.");
      assertThat(page.locator("main").innerText())
          .contains("Marked by you")
          .doesNotContain("What to do now");
      Locator marked = page.locator(".evidence li.red-flag").first();
      assertThat(marked.locator(".why").innerText()).isEqualTo("Marked by you as a red flag.");
      assertThat(marked.locator("button[aria-pressed=true]").innerText()).isEqualTo("Red flag");
      visit.screenshot("readout-marked-red-flag");

      marked.locator("button:has-text('Take my mark off')").click();

      page.locator("#notice:has-text('Your mark is off')").waitFor();
      assertThat(page.locator("#answer").innerText()).startsWith("Sam is reaching for you");
      assertThat(page.locator("#marked").count()).isZero();
      visit.assertClean();
    }
  }
}
