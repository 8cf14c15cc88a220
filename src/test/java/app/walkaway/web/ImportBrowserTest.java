package app.walkaway.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Import in real Chromium: several files at once, who is who chosen from the people found, a live
 * progress bar while a large export is stored, the summary, and the size limit said plainly.
 */
class ImportBrowserTest {
  private static final DateTimeFormatter WHATSAPP =
      DateTimeFormatter.ofPattern("dd/MM/yyyy, HH:mm");
  private static Chromium chromium;
  @TempDir Path home;
  @TempDir Path files;
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
  void aLargeExportShowsItsProgressThenWhatItDid() throws IOException {
    app =
        Servers.start(Servers.config(Servers.open(home, Duration.ofMinutes(15)), Story.WITH_PLAN));
    Path big = export(files.resolve("WhatsApp Chat with Sam.txt"), 120_000, 0);
    Path again = export(files.resolve("older copy.txt"), 1_000, 0);
    try (Visit visit = chromium.visit(app, Width.DESKTOP).go("/import")) {
      Page page = visit.page;
      page.locator("#files").setInputFiles(new Path[] {big, again});
      page.locator("text=Read these files").click();
      page.waitForURL("**/import");
      assertThat(page.locator("input[name=me]").count()).isEqualTo(2);
      page.locator("input[name=me][value=Maya]").check();
      page.locator("input[name=him][value=Sam]").check();
      page.locator("text=Import into my vault").click();
      page.locator("progress").waitFor();
      List<String> seen = new ArrayList<>();
      while (page.locator("#import-total").count() == 0) {
        if (page.locator(".progress-label").count() > 0) {
          seen.add(page.locator(".progress-label").innerText());
        }
        page.waitForTimeout(200);
      }
      visit.screenshot("import-done");
      assertThat(seen).as("the bar moved on its own").anyMatch(s -> s.startsWith("Storing "));
      assertThat(page.locator("#import-total").innerText())
          .isEqualTo(
              "120,000 messages and events are now in your vault; 1,000 were already there and"
                  + " were not added twice.");
      assertThat(page.locator(".files li").allInnerTexts())
          .containsExactly(
              "“WhatsApp Chat with Sam.txt”, read as WhatsApp (Android): 120,000 added.",
              "“older copy.txt”, read as WhatsApp (Android): nothing new, 1,000 already here.");
      visit.assertClean();
    }
  }

  @Test
  void choosingTheSamePersonTwiceIsAskedAgain() throws IOException {
    app =
        Servers.start(Servers.config(Servers.open(home, Duration.ofMinutes(15)), Story.WITH_PLAN));
    Path chat = export(files.resolve("chat.txt"), 10, 0);
    try (Visit visit = chromium.visit(app, Width.PHONE).go("/import")) {
      Page page = visit.page;
      visit.screenshot("import");
      page.locator("#files").setInputFiles(chat);
      page.locator("text=Read these files").click();
      page.locator("input[name=me][value=Sam]").check();
      page.locator("input[name=him][value=Sam]").check();
      page.locator("text=Import into my vault").click();
      assertThat(page.locator("#import-problem").innerText())
          .isEqualTo("You and he cannot be the same person. Choose again.");
      visit.screenshot("import-who");
      page.locator("text=Choose other files").click();
      assertThat(page.locator("#files").count()).isEqualTo(1);
      assertThat(Servers.uploadsLeft(home)).isZero();
      visit.assertClean();
    }
  }

  @Test
  void tooLargeAnUploadIsRefusedWithWhatToDoWithOrWithoutScripts() throws IOException {
    app =
        Servers.start(
            Servers.config(Servers.open(home, Duration.ofMinutes(15)), Story.WITH_PLAN)
                .withUploadLimit(20_000));
    Path chat = export(files.resolve("chat.txt"), 2_000, 0);
    try (Visit visit = chromium.visit(app, Width.PHONE).go("/import")) {
      visit.page.locator("#files").setInputFiles(chat);
      visit.page.locator("text=Read these files").click();
      assertThat(visit.page.locator("#files-problem").innerText())
          .startsWith("These files are larger than Walkaway takes at once.");
      assertThat(visit.path()).isEqualTo("/import");
    }
    Browser browser = chromium.browser();
    try (BrowserContext context =
        browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false))) {
      Page page = context.newPage();
      page.navigate(app.address().resolve("/import").toString());
      page.locator("#files").setInputFiles(chat);
      page.locator("text=Read these files").click();
      assertThat(page.locator("#import-problem").innerText())
          .startsWith("These files are larger than 20 kB together");
      assertThat(Servers.uploadsLeft(home)).isZero();
    }
  }

  /** A WhatsApp export of {@code n} messages, Maya and Sam in turn, from 1 January 2025. */
  private static Path export(Path file, int n, int offset) throws IOException {
    LocalDateTime first = LocalDateTime.of(2025, 1, 1, 8, 0);
    try (Writer out = Files.newBufferedWriter(file)) {
      for (int i = offset; i < offset + n; i++) {
        out.write(WHATSAPP.format(first.plusMinutes(7L * i)));
        out.write(i % 2 == 0 ? " - Maya: " : " - Sam: ");
        out.write("message number " + i + "\n");
      }
    }
    return file;
  }
}
