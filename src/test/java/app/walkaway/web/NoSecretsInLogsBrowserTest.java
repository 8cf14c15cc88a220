package app.walkaway.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.service.VaultPlace;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Her passphrase (right and wrong), what he wrote, what she typed, her session and her token never
 * reach a log line, the console, or any address the browser asks for. The test goes through the
 * pages as she would, with every log level of the app on, then scans everything written and every
 * URL requested, as typed and as a form would encode it.
 */
final class NoSecretsInLogsBrowserTest {
  private static final String WRONG = "a wrong guess 4711 marmalade";

  /** What he writes every evening in the story. */
  private static final String HIS_WORDS = "Sleep well, talk tomorrow?";

  private static final String URGE = "I want to ask him about the lake house key";

  private static Chromium chromium;
  @TempDir Path home;

  @BeforeAll
  static void launch() {
    chromium = Chromium.launch();
  }

  @AfterAll
  static void quit() {
    chromium.close();
  }

  @Test
  void nothingSecretIsLoggedOrPutInAnAddress() {
    Story.WITH_PLAN.writeInto(VaultPlace.in(home), Servers.PASSPHRASE);
    VaultDoor door = Servers.fresh(home, Duration.ofMinutes(15));
    List<String> secrets = new ArrayList<>(List.of(Servers.PASSPHRASE, WRONG, URGE, HIS_WORDS));
    List<String> requested;
    List<String> written;
    try (CapturedLogs logs = CapturedLogs.start();
        WebApp app = Servers.start(Servers.config(door, Story.WITH_PLAN));
        Visit visit = chromium.visit(app, Width.DESKTOP).go("/")) {
      Page page = visit.page;
      page.waitForURL("**/unlock");
      page.locator("#passphrase").fill(WRONG);
      page.locator("main button[type=submit]").click();
      page.locator(".problem").waitFor();
      page.locator("#passphrase").fill(Servers.PASSPHRASE);
      page.locator("main button[type=submit]").click();
      page.waitForURL("**/today");
      secrets.add(page.locator("input[name=csrf]").first().inputValue());
      for (Cookie cookie : page.context().cookies()) {
        secrets.add(cookie.value);
      }
      page.locator("#urge").fill(URGE);
      page.locator("text=Keep this draft here").click();
      page.locator("#notice:has-text('not sent')").waitFor();
      visit.go("/timeline");
      assertThat(page.innerText("main")).as("his words went through the pages").contains(HIS_WORDS);
      visit.go("/readout").go("/safety").go("/settings");
      page.locator("header form.lock button").click();
      page.waitForURL("**/unlock");
      requested = visit.requests();
      written = logs.lines();
    }
    assertThat(written).as("something was logged").isNotEmpty();
    for (String secret : secrets) {
      assertThat(secret).hasSizeGreaterThan(8);
      for (String form : forms(secret)) {
        assertThat(written).as("log lines").noneMatch(line -> line.contains(form));
        assertThat(requested).as("requested URLs").noneMatch(url -> url.contains(form));
      }
    }
  }

  /** The secret as typed, as a form encodes it, and as a URL path would. */
  private static List<String> forms(String secret) {
    String encoded = URLEncoder.encode(secret, StandardCharsets.UTF_8);
    return List.of(secret, encoded, encoded.replace("+", "%20"));
  }
}
