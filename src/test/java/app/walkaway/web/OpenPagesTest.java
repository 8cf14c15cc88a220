package app.walkaway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** When the app decides she has closed its pages: the rules, on a clock the test moves. */
class OpenPagesTest {
  private static final Instant START = Instant.parse("2026-12-08T01:00:00Z");
  private final OpenPages pages = new OpenPages(Clock.fixed(START, ZoneOffset.UTC));

  private static Instant at(long seconds) {
    return START.plusSeconds(seconds);
  }

  @Test
  void withNoPageAtAllItWaitsTheQuietTimeForHerBrowserToOpenOne() {
    assertThat(pages.allClosed(at(OpenPages.QUIET.toSeconds() - 1))).isFalse();
    assertThat(pages.allClosed(at(OpenPages.QUIET.toSeconds()))).isTrue();
  }

  @Test
  void aPageThatKeepsBeatingKeepsItOpenAndOneThatStopsEndsItAfterTheQuietTime() {
    for (long t = 0; t <= 600; t += OpenPages.BEAT.toSeconds()) {
      pages.alive("page-one-1234", at(t));
      assertThat(pages.allClosed(at(t + 1))).isFalse();
    }
    long last = 600;
    assertThat(pages.allClosed(at(last + OpenPages.QUIET.toSeconds() - 1))).isFalse();
    assertThat(pages.allClosed(at(last + OpenPages.QUIET.toSeconds()))).isTrue();
  }

  @Test
  void aBackgroundTabBeatingOnceAMinuteIsStillOpen() {
    for (long t = 0; t <= 900; t += 60) {
      pages.alive("hidden-tab-1", at(t));
      assertThat(pages.allClosed(at(t + 59))).isFalse();
    }
  }

  @Test
  void closingTheLastPageEndsItAfterTheGrace() {
    pages.alive("page-one-1234", at(5));
    pages.left("page-one-1234", at(30));

    assertThat(pages.allClosed(at(30 + OpenPages.GRACE.toSeconds() - 1))).isFalse();
    assertThat(pages.allClosed(at(30 + OpenPages.GRACE.toSeconds()))).isTrue();
  }

  @Test
  void goingToTheNextPageIsAGoodbyeAndANewPageInEitherOrder() {
    pages.alive("first-page-1", at(0));
    pages.alive("second-page-2", at(10)); // the new page's first beat overtook the goodbye
    pages.left("first-page-1", at(10));
    pages.left("never-seen-99", at(11)); // a goodbye from a page it never knew changes nothing

    assertThat(pages.allClosed(at(60))).isFalse();

    pages.left("second-page-2", at(70));
    pages.alive("third-page-33", at(71));
    assertThat(pages.allClosed(at(90))).isFalse();
  }

  @Test
  void aSecondTabKeepsItOpenWhenTheFirstCloses() {
    pages.alive("tab-one-1234", at(0));
    pages.alive("tab-two-5678", at(1));
    pages.left("tab-one-1234", at(2));

    assertThat(pages.allClosed(at(2 + OpenPages.GRACE.toSeconds() + 5))).isFalse();
  }

  @Test
  void rememberedPagesAreBoundedOldestForgottenFirst() {
    for (int i = 0; i < OpenPages.MOST + 10; i++) {
      pages.alive("page-number-" + i, at(i));
    }
    for (int i = 10; i < OpenPages.MOST + 10; i++) {
      pages.left("page-number-" + i, at(100));
    }
    // Had the first ten been kept, they would still be open until their quiet time ran out.
    assertThat(pages.allClosed(at(100 + OpenPages.GRACE.toSeconds()))).isTrue();
  }

  @Test
  void theScriptBeatsAsOftenAsTheServerExpects() throws Exception {
    Path script = Path.of("src/main/resources" + Wiring.ASSETS + "/alive.js").toAbsolutePath();
    assertThat(Files.readString(script))
        .contains("var BEAT_MS = " + OpenPages.BEAT.toMillis() + ";")
        .contains("'" + OpenPages.PATH + "'");
  }
}
