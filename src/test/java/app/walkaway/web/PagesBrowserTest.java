package app.walkaway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page of the navigation over a vault with a story in it, at phone and desktop width: it
 * opens with its answer, nothing scrolls sideways, no script fails, nothing is asked of any host
 * but this app, and a screenshot is kept to be looked at.
 */
class PagesBrowserTest {
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
    VaultDoor door = Servers.open(home, Duration.ofMinutes(15), Story.WITH_PLAN);
    app = Servers.start(Servers.config(door, Story.WITH_PLAN));
  }

  @AfterEach
  void stop() {
    app.close();
  }

  /** Each page with the first words of its heading. */
  static List<Arguments> pages() {
    List<String[]> pages =
        List.of(
            new String[] {"today", "It has been 45 days since you stepped back."},
            new String[] {"readout", "Sam is reaching for you more than before."},
            new String[] {"insights", "Insights"},
            new String[] {"timeline", "Timeline"},
            new String[] {"plan", "Your plan"},
            new String[] {"import", "Import"},
            new String[] {"safety", "Your safety comes first"},
            new String[] {"settings", "Settings"});
    List<Arguments> all = new ArrayList<>();
    for (Width width : Width.values()) {
      for (String[] page : pages) {
        all.add(Arguments.of(page[0], page[1], width));
      }
    }
    return all;
  }

  @ParameterizedTest(name = "{0} at {2}")
  @MethodSource("pages")
  void opensWithItsAnswerAtEveryWidth(String page, String heading, Width width) {
    try (Visit visit = chromium.visit(app, width).go("/" + page)) {
      assertThat(visit.path()).isEqualTo("/" + page);
      assertThat(visit.page.locator("main h1").first().innerText()).startsWith(heading);
      assertThat(visit.page.locator("nav a[aria-current=page]").count()).isEqualTo(1);
      assertThat(visit.page.content()).doesNotContain("{name}").doesNotContain("Exception");
      String token = visit.page.locator("input[name=csrf]").first().inputValue();
      assertThat(token).hasSizeGreaterThan(30);
      assertThat(visit.page.locator("form[method=post]").count())
          .isEqualTo(visit.page.locator("form[method=post]:has(input[name=csrf])").count());
      assertThat(visit.page.locator("body").getAttribute("hx-headers"))
          .isEqualTo("{\"X-CSRF-Token\": \"" + token + "\"}");
      visit.assertNoSidewaysScroll();
      visit.screenshot("page-" + page);
      visit.assertClean();
    }
  }
}
