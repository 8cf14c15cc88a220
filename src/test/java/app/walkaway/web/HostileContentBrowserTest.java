package app.walkaway.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.method.Mode;
import app.walkaway.service.ImportFiles;
import app.walkaway.service.ImportListener;
import app.walkaway.service.ImportRequest;
import app.walkaway.service.PlanRequest;
import app.walkaway.service.Plans;
import app.walkaway.service.SessionSettings;
import app.walkaway.service.VaultPlace;
import app.walkaway.service.VaultSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Everything he wrote, his name, the name she gave him and the file names are hostile here
 * (src/test/resources/security/hostile-chat.txt: script tags, attribute breakers, SVG onload,
 * javascript: links, CSS that would call out, htmx attributes, jte syntax, text already escaped).
 * In real Chromium, on every page that shows them (read-out, timeline, Today, safety, plan, the
 * import's choice and summary): no dialog opens, no script runs, no element of his appears, nothing
 * is asked of any host but the app, the policy refuses nothing (a refusal is a console error), the
 * vault stays open (his htmx "lock on load" never fires), and the text is shown as he wrote it. An
 * uploaded file's name is kept with its angle brackets made plain (the upload's own rule, as on the
 * command line); the name it had on disk is shown whole, as text, on the timeline.
 */
final class HostileContentBrowserTest {
  static final String HIM =
      "Sam \"><img src=x onerror=alert('xss-name')> & ${him} @if(true)x@endif";
  static final String CALLED = "\"><svg onload=alert('xss-plan')> ${him} @if(true)x@endif";
  static final String FILE_NAME = "Chat <img src=x onerror=alert('xss-file')> ${f} @if(x).txt";

  /** Elements or attributes that could only have come from his text. */
  private static final String INJECTED =
      "script:not([src]), img[src='x'], svg[onload], iframe, link[href*='evil'], meta[http-equiv],"
          + " [onerror], [onload], [onmouseover], a[href^='javascript'], [style], style,"
          + " div[hx-trigger='load'], textarea script";

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
    if (app != null) {
      app.close();
    }
  }

  @Test
  void hisWordsAndNamesAreShownAsTextAndNeverRun() throws IOException {
    byte[] chat = hostileChat();
    writeVault(chat);
    VaultDoor door = Servers.fresh(home, Duration.ofMinutes(15));
    assertThat(door.unlock(Servers.PASSPHRASE.toCharArray())).isInstanceOf(VaultDoor.Opened.class);
    app = Servers.start(Servers.config(door, Story.WITH_PLAN));
    List<String> dialogs = new CopyOnWriteArrayList<>();
    List<String> shown = new ArrayList<>();
    try (Visit visit = chromium.visit(app, Width.DESKTOP)) {
      Page page = visit.page;
      page.onDialog(
          dialog -> {
            dialogs.add(dialog.message());
            dialog.dismiss();
          });
      for (String path : List.of("/timeline", "/readout", "/today", "/safety", "/plan")) {
        visit.go(path);
        page.waitForTimeout(300); // an onload or an htmx trigger would have fired by now
        assertThat(visit.path()).as("still on " + path).startsWith(path);
        assertNothingOfHis(page, path);
        shown.add(page.innerText("body"));
      }
      String timeline = shown.get(0);
      assertThat(timeline)
          .contains("sorry <script>alert('xss-script')</script> I miss you")
          .contains("<svg onload=alert('xss-svg')> sorry about the other night")
          .contains("${1+1} @if(true)boom@endif {{7*7}} !{var x = 1;}")
          .contains("<a href=\"javascript:alert('xss-link')\">tap here</a>")
          .contains("&lt;b&gt;already escaped&lt;/b&gt; &amp; sorry")
          .contains("<div hx-post=\"/lock\" hx-trigger=\"load\">htmx</div>")
          .contains(FILE_NAME);
      assertThat(String.join("\n", shown)).as("the name she gave him, somewhere").contains(CALLED);

      importAgain(visit, chat);
      assertThat(dialogs).as("dialogs opened").isEmpty();
      assertThat(door.state()).isEqualTo(VaultDoor.State.OPEN);
      visit.assertClean();
    }
  }

  /** The same chat through the import page: his name in the choice, the file's in the summary. */
  private void importAgain(Visit visit, byte[] chat) {
    Page page = visit.page;
    visit.go("/import");
    page.locator("#files").setInputFiles(new FilePayload(FILE_NAME, "text/plain", chat));
    page.locator("text=Read these files").click();
    page.waitForURL("**/import");
    assertNothingOfHis(page, "the import's choice");
    assertThat(page.innerText("main")).contains(HIM);
    page.locator("input[name=me][value=Maya]").check();
    page.locator("input[name=him]:not([value=Maya])").check();
    page.locator("text=Import into my vault").click();
    page.locator("#import-total").waitFor();
    assertNothingOfHis(page, "the import's summary");
    assertThat(page.locator(".files li").allInnerTexts())
        .singleElement()
        .asString()
        .startsWith("“" + FILE_NAME.replace('<', '_').replace('>', '_') + "”");
  }

  private static void assertNothingOfHis(Page page, String where) {
    Object found =
        page.evaluate(
            "s => Array.from(document.querySelectorAll(s)).map(e => e.outerHTML.slice(0, 90))"
                + ".join('\\n')",
            INJECTED);
    assertThat(found).as("elements of his on " + where).isEqualTo("");
  }

  private static byte[] hostileChat() throws IOException {
    try (InputStream in =
        HostileContentBrowserTest.class.getResourceAsStream("/security/hostile-chat.txt")) {
      assertThat(in).as("the hostile chat fixture").isNotNull();
      return in.readAllBytes();
    }
  }

  /** Her vault, made through the service: the chat under its hostile file name, and her plan. */
  private void writeVault(byte[] chat) {
    VaultPlace place = VaultPlace.in(home);
    try (VaultSession session =
        VaultSession.create(
            place, Servers.PASSPHRASE.toCharArray(), SessionSettings.oneCommand())) {
      Path export = Files.write(files.resolve(FILE_NAME), chat);
      ImportFiles.run(
          session,
          new ImportRequest(List.of(export), Optional.of("Maya"), Optional.of(HIM)),
          ImportListener.NONE);
      Plans.start(
          session,
          new PlanRequest(
              LocalDate.of(2026, 2, 1), Mode.SOFT, List.of(), List.of(), Optional.empty(), CALLED));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
