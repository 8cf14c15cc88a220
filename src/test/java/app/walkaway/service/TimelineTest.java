package app.walkaway.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.event.Actor;
import app.walkaway.event.Event;
import app.walkaway.event.Kind;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The paged timeline over a real vault: imported and logged events merged, filtered, newest first.
 */
class TimelineTest {
  private static final LocalDateTime NOW = LocalDateTime.parse("2026-04-15T20:00");

  @TempDir Path home;
  private VaultSession session;

  @BeforeEach
  void fill() {
    session = Vaults.create(home);
    // 30 messages, one a day at 09:00 from 1 March; Sam on even days (counting from 0).
    Path chat =
        Vaults.whatsApp(
            home, "march", LocalDateTime.parse("2026-03-01T09:00"), Duration.ofDays(1), 30);
    ImportFiles.run(
        session,
        new ImportRequest(List.of(chat), Optional.of("Maya"), Optional.empty()),
        ImportListener.NONE);
    log(Kind.VISIT, "2026-03-10T19:30", "waited outside");
    log(Kind.SLIP, "2026-03-12T22:00", "I texted him");
    log(Kind.MISSED_CALL, "2026-03-12T23:10", "");
  }

  @AfterEach
  void lock() {
    session.lock();
  }

  private void log(Kind kind, String at, String text) {
    LogEvent.log(session, LogRequest.of(kind).at(LocalDateTime.parse(at)).text(text), NOW);
  }

  @Test
  void everythingNewestFirstWithTextsAndSources() {
    TimelinePage page = Timeline.page(session, TimelineQuery.all().pageSize(5));

    assertThat(page.total()).isEqualTo(33);
    assertThat(page.pages()).isEqualTo(7);
    assertThat(page.hasOlder()).isTrue();
    assertThat(page.hasNewer()).isFalse();
    Event newest = page.items().get(0).event();
    assertThat(newest.at()).isEqualTo(LocalDateTime.parse("2026-03-30T09:00"));
    assertThat(newest.text()).isEqualTo("march message 29");
    assertThat(newest.source().origin()).endsWith("march.txt");
    assertThat(newest.source().line()).isEqualTo(30);
  }

  @Test
  void pagesFollowOnWithoutGapsOrRepeats() {
    TimelineQuery query = TimelineQuery.all().pageSize(4);
    List<Long> ids =
        java.util.stream.IntStream.range(0, 9)
            .mapToObj(p -> Timeline.page(session, query.page(p)))
            .flatMap(page -> page.items().stream())
            .map(TimelinePage.Item::id)
            .toList();

    assertThat(ids).hasSize(33).doesNotHaveDuplicates();
    assertThat(Timeline.page(session, query.page(9)).items()).isEmpty();
  }

  @Test
  void filtersByKindWhoAndPeriodTogether() {
    TimelinePage logged =
        Timeline.page(
            session,
            TimelineQuery.all().withKinds(Set.of(Kind.VISIT, Kind.SLIP, Kind.MISSED_CALL)));
    assertThat(logged.items())
        .extracting(i -> i.event().kind())
        .containsExactly(Kind.MISSED_CALL, Kind.SLIP, Kind.VISIT);

    TimelinePage hisInAWeek =
        Timeline.page(
            session,
            TimelineQuery.all()
                .withWho(Set.of(Actor.THEM))
                .between(
                    Optional.of(LocalDate.parse("2026-03-10")),
                    Optional.of(LocalDate.parse("2026-03-16"))));
    // Sam wrote on 11, 13 and 15 March (even offsets from 1 March); the visit and the call are his.
    assertThat(hisInAWeek.items())
        .extracting(i -> i.event().at().toLocalDate().getDayOfMonth())
        .containsExactly(15, 13, 12, 11, 10);
    assertThat(hisInAWeek.total()).isEqualTo(5);
  }

  @Test
  void redFlagsAreMarkedAndCanBeShownAlone() {
    log(Kind.MESSAGE, "2026-03-20T23:00", "answer me tonight or you'll be sorry");

    TimelinePage flagged = Timeline.page(session, TimelineQuery.all().withOnlyRedFlags(true));

    assertThat(flagged.total()).isEqualTo(1);
    assertThat(flagged.items().get(0).wordFlags()).isNotEmpty();
    assertThat(Timeline.page(session, TimelineQuery.all()).items().get(0).wordFlags()).isEmpty();
  }
}
