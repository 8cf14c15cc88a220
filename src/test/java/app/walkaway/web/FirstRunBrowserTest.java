package app.walkaway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** First run and the idle lock, in real Chromium. */
class FirstRunBrowserTest {
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

  @ParameterizedTest
  @EnumSource(Width.class)
  void firstRunAsksForThePassphraseTwiceAndSaysWhatToFixBesideTheField(Width width) {
    VaultDoor door = Servers.fresh(home, Duration.ofMinutes(15));
    app = Servers.start(WebConfig.of(door).withPort(0));
    try (Visit visit = chromium.visit(app, width).go("/")) {
      assertThat(visit.path()).isEqualTo("/welcome");
      assertThat(visit.page.locator(".notice").innerText())
          .startsWith("Nobody can recover this passphrase");
      visit.screenshot("welcome");

      visit.page.locator("#passphrase").fill("a long passphrase");
      visit.page.locator("#again").fill("a long passphrase.");
      visit.page.locator("main button[type=submit]").click();
      assertThat(visit.page.locator("#again-problem").innerText())
          .isEqualTo("The two passphrases are not the same. Type them again.");
      assertThat(visit.page.locator("#again").getAttribute("aria-describedby"))
          .isEqualTo("again-problem");
      visit.screenshot("welcome-mismatch");

      visit.page.locator("#passphrase").fill("short");
      visit.page.locator("#again").fill("short");
      visit.page.locator("main button[type=submit]").click();
      assertThat(visit.page.locator("#passphrase-problem").innerText())
          .startsWith("Choose a passphrase of at least 8 characters.");
      assertThat(door.state()).isEqualTo(VaultDoor.State.NONE);

      visit.page.locator("#passphrase").fill("a long passphrase");
      visit.page.locator("#again").fill("a long passphrase");
      visit.page.locator("main button[type=submit]").click();
      visit.page.waitForURL("**/first-steps");
      assertThat(door.state()).isEqualTo(VaultDoor.State.OPEN);
      visit.screenshot("first-steps");
      visit.assertNoSidewaysScroll();
      visit.assertClean();
    }
  }

  @Test
  void anIdlePageHidesItselfBehindTheLockScreen() {
    Duration idle = Duration.ofSeconds(5);
    VaultDoor door = Servers.open(home, idle);
    app = Servers.start(WebConfig.of(door).withPort(0));
    try (Visit visit = chromium.visit(app, Width.DESKTOP)) {
      door.touch(); // the idle time starts now, not while the browser opened
      visit.go("/safety");
      assertThat(visit.path()).isEqualTo("/safety");
      assertThat(visit.page.locator("body").getAttribute("data-idle-seconds")).isEqualTo("5");
      // Nothing more is asked of the server: its own timer locks the vault, the page's hides it.
      long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
      while (door.state() == VaultDoor.State.OPEN && System.nanoTime() < until) {
        Thread.onSpinWait();
      }
      assertThat(door.state()).isEqualTo(VaultDoor.State.LOCKED);
      visit.page.waitForURL(
          "**/unlock", new com.microsoft.playwright.Page.WaitForURLOptions().setTimeout(15_000));
      assertThat(visit.page.locator("nav").count()).isZero();
      visit.assertClean();
    }
  }
}
