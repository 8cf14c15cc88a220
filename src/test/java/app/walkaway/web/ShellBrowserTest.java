package app.walkaway.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The frame every page shares, in real Chromium: navigation, Quick exit, lock, widths. */
class ShellBrowserTest {
  private static final String PASSPHRASE = Servers.PASSPHRASE;
  private static Chromium chromium;
  @TempDir Path home;
  private VaultDoor door;
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
    door = Servers.open(home, Duration.ofMinutes(15));
    app = Servers.start(WebConfig.of(door).withPort(0));
  }

  @AfterEach
  void stop() {
    app.close();
  }

  @ParameterizedTest
  @EnumSource(Width.class)
  void theNavigationListsEveryPageInOrderAndMarksTheOpenOne(Width width) {
    try (Visit visit = chromium.visit(app, width).go("/safety")) {
      Locator links = visit.page.locator("nav a");
      assertThat(links.allInnerTexts())
          .containsExactly(
              "Today", "Read-out", "Insights", "Timeline", "Plan", "Import", "Safety", "Settings");
      assertThat(visit.page.locator("nav a[aria-current=page]").innerText()).isEqualTo("Safety");
      assertThat(visit.page.title()).isEqualTo("Safety · Walkaway");
      visit.assertNoSidewaysScroll();
      visit.screenshot("safety");
      visit.assertClean();
    }
  }

  @Test
  void quickExitIsTheFirstThingTabReaches() {
    try (Visit visit = chromium.visit(app, Width.DESKTOP).go("/safety")) {
      visit.page.keyboard().press("Tab");
      assertThat(visit.page.evaluate("() => document.activeElement.id")).isEqualTo("quick-exit");
    }
  }

  @ParameterizedTest
  @EnumSource(Width.class)
  void quickExitLeavesANeutralPageLocksAndBackFindsOnlyTheLockScreen(Width width) {
    try (Visit visit = chromium.visit(app, width).go("/first-steps").go("/safety")) {
      visit.page.locator("#quick-exit").click();
      visit.page.waitForURL("**/notes");
      assertThat(visit.page.title()).isEqualTo("Notes");
      assertThat(visit.page.content()).doesNotContainIgnoringCase("walkaway");
      waitUntilLocked();
      visit.screenshot("notes");

      visit.page.goBack(); // Quick exit replaced the Safety page: Back skips it
      assertThat(visit.path()).isEqualTo("/unlock");
      assertThat(visit.page.locator("main").innerText()).doesNotContain("Your safety comes first");
      visit.assertClean();
    }
  }

  @Test
  void theKeyboardShortcutLeavesEvenWhileTyping() {
    door.lock();
    try (Visit visit = chromium.visit(app, Width.DESKTOP).go("/unlock")) {
      visit.page.locator("#passphrase").click();
      visit.page.keyboard().type("half a pass");
      visit.page.keyboard().press("Control+Shift+X");
      visit.page.waitForURL("**/notes");
      assertThat(visit.page.title()).isEqualTo("Notes");
    }
  }

  @Test
  void theLockButtonLocksAndShowsOnlyTheName() {
    try (Visit visit = chromium.visit(app, Width.DESKTOP).go("/safety")) {
      visit.page.locator("form.lock button").click();
      visit.page.waitForURL("**/unlock");
      assertThat(door.state()).isEqualTo(VaultDoor.State.LOCKED);
      assertThat(visit.page.locator("nav").count()).isZero();
      assertThat(visit.page.locator("main h1").innerText()).isEqualTo("Walkaway");
      visit.screenshot("unlock");

      visit.page.locator("#passphrase").fill("not the one");
      visit.page.locator("main button[type=submit]").click();
      assertThat(visit.page.locator(".problem").innerText())
          .isEqualTo("That passphrase does not open this vault. Check Caps Lock and try again.");
      assertThat(visit.page.locator("#passphrase").inputValue()).isEmpty();
      visit.screenshot("unlock-wrong");

      visit.page.locator("#passphrase").fill(PASSPHRASE);
      visit.page.locator("main button[type=submit]").click();
      visit.page.waitForURL("**/today");
      assertThat(door.state()).isEqualTo(VaultDoor.State.OPEN);
    }
  }

  private void waitUntilLocked() {
    long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (door.state() != VaultDoor.State.LOCKED && System.nanoTime() < until) {
      Thread.onSpinWait();
    }
    assertThat(door.state()).as("Quick exit locks the vault").isEqualTo(VaultDoor.State.LOCKED);
  }

  static List<Width> widths() {
    return List.of(Width.values());
  }
}
