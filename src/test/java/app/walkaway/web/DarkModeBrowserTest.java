package app.walkaway.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.ColorScheme;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Light and dark follow the system: the same pages with the system set to dark. */
class DarkModeBrowserTest {
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

  @ParameterizedTest
  @ValueSource(strings = {"safety", "insights"})
  void pagesTurnDarkWithTheSystem(String page) {
    try (Visit visit = chromium.visit(app, Width.PHONE, ColorScheme.DARK).go("/" + page)) {
      Object background =
          visit.page.evaluate("() => getComputedStyle(document.body).backgroundColor");
      assertThat(background).isEqualTo("rgb(27, 26, 25)");
      visit.screenshot(page + "-dark");
      visit.assertClean();
    }
  }
}
