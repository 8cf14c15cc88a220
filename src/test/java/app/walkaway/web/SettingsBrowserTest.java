package app.walkaway.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settings in real Chromium, over a real vault: a discreet name everywhere (the lock screen too), a
 * new passphrase, an encrypted backup and a plain export, and a wipe that asks once more.
 */
class SettingsBrowserTest {
  private static Chromium chromium;
  @TempDir Path home;
  @TempDir Path elsewhere;
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
    door = Servers.open(home, Duration.ofMinutes(15), Story.WITH_PLAN);
    app = Servers.start(Servers.config(door, Story.WITH_PLAN));
  }

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void aDiscreetNameIsShownEverywhereEvenLockedAndAfterARestart() {
    try (Visit visit = chromium.visit(app, Width.PHONE).go("/settings")) {
      Page page = visit.page;
      page.locator("#app-name").fill("Notes");
      page.locator("#idle").selectOption("5");
      page.locator("#country").selectOption("GB");
      page.locator("text=Save these settings").click();
      page.waitForURL("**/settings");
      assertThat(page.locator("#notice").innerText()).isEqualTo("Your settings are saved.");
      assertThat(page.title()).isEqualTo("Notes");
      assertThat(page.locator(".app-name").innerText()).isEqualTo("Notes");
      assertThat(page.locator("#idle").inputValue()).isEqualTo("5");
      assertThat(page.locator("#country").inputValue()).isEqualTo("GB");
      assertThat(page.locator("body").getAttribute("data-idle-seconds")).isEqualTo("300");
      visit.screenshot("settings-saved");
      visit.go("/today");
      assertThat(page.title()).as("the window title never names the page").isEqualTo("Notes");
      page.locator("form.lock button").click();
      page.waitForURL("**/unlock");
      assertThat(page.locator("main h1").innerText()).isEqualTo("Notes");
      assertThat(page.content()).doesNotContain("Walkaway");
      visit.screenshot("unlock-discreet");
    }
    app.close();
    app =
        Servers.start(Servers.config(Servers.fresh(home, Duration.ofMinutes(15)), Story.WITH_PLAN));
    try (Visit visit = chromium.visit(app, Width.DESKTOP).go("/")) {
      assertThat(visit.path()).isEqualTo("/unlock");
      assertThat(visit.page.title()).isEqualTo("Notes");
    }
  }

  @Test
  void theCurrentPassphraseIsAskedBeforeANewOneOpensTheVault() {
    try (Visit visit = chromium.visit(app, Width.DESKTOP).go("/settings")) {
      Page page = visit.page;
      page.locator("#current").fill("not my passphrase");
      page.locator("#new").fill("a brand new passphrase");
      page.locator("#again").fill("a brand new passphrase");
      page.locator("text=Change my passphrase").click();
      assertThat(page.locator("#current-problem").innerText())
          .isEqualTo("That is not your current passphrase. Nothing was changed.");
      assertThat(page.locator("#new").inputValue()).as("passphrases are never sent back").isEmpty();

      page.locator("#current").fill(Servers.PASSPHRASE);
      page.locator("#new").fill("a brand new passphrase");
      page.locator("#again").fill("a brand new passphrase");
      page.locator("text=Change my passphrase").click();
      page.waitForURL("**/settings#passphrase");
      assertThat(page.locator("#notice").innerText()).startsWith("Your passphrase is changed.");

      page.locator("form.lock button").click();
      page.waitForURL("**/unlock");
      page.locator("#passphrase").fill(Servers.PASSPHRASE);
      page.locator("main button[type=submit]").click();
      assertThat(page.locator(".problem").innerText()).startsWith("That passphrase does not open");
      page.locator("#passphrase").fill("a brand new passphrase");
      page.locator("main button[type=submit]").click();
      page.waitForURL("**/today");
    }
  }

  @Test
  void aBackupIsEncryptedAndAnExportIsPlainAndSaysSo() throws Exception {
    try (Visit visit = chromium.visit(app, Width.DESKTOP).go("/settings")) {
      Page page = visit.page;
      Download backup =
          page.waitForDownload(() -> page.locator("text=Download an encrypted backup").click());
      assertThat(backup.suggestedFilename()).isEqualTo("walkaway-backup-2026-04-15.db");
      byte[] copy = Files.readAllBytes(backup.path());
      assertThat(copy.length).isGreaterThan(4096);
      assertThat(new String(copy, 0, 15, StandardCharsets.ISO_8859_1))
          .as("an encrypted file does not start with SQLite's plain header")
          .isNotEqualTo("SQLite format 3");
      assertThat(new String(copy, StandardCharsets.ISO_8859_1)).doesNotContain("I miss you");
      assertThat(Servers.uploadsLeft(home)).as("nothing is left beside the vault").isZero();

      page.locator("#folder").fill(elsewhere.toString());
      page.locator("text=Save the backup there").click();
      page.waitForURL("**/settings#backup");
      assertThat(elsewhere.resolve("walkaway-backup-2026-04-15.db")).isRegularFile();

      assertThat(page.locator("#export .notice").innerText()).contains("not encrypted");
      Download export =
          page.waitForDownload(
              () -> page.locator("text=Download everything, not encrypted").click());
      assertThat(export.suggestedFilename()).isEqualTo("walkaway-export-2026-04-15.json");
      assertThat(Files.readString(export.path())).contains("I miss you");
      visit.assertClean();
    }
  }

  @Test
  void wipingSaysWhatIsLostAndAsksOnceMore() {
    try (Visit visit = chromium.visit(app, Width.PHONE).go("/settings")) {
      Page page = visit.page;
      page.locator("text=Delete my vault…").click();
      assertThat(page.locator("#lost + ul").innerText()).contains("messages and events");
      visit.screenshot("wipe-confirm");
      page.locator("text=Keep my vault").click();
      page.waitForURL("**/settings");
      assertThat(door.place().exists()).isTrue();

      page.locator("text=Delete my vault…").click();
      page.locator("text=Yes, delete everything for good").click();
      page.waitForURL("**/welcome");
      assertThat(page.locator("#notice").innerText())
          .isEqualTo("Your vault and everything in it are deleted from this computer.");
      assertThat(door.place().exists()).isFalse();
      assertThat(door.state()).isEqualTo(VaultDoor.State.NONE);
    }
  }
}
