package app.walkaway.service.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The story itself, before anything is stored: deterministic, current, and believable in time. */
class StoriesTest {
  static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

  @Test
  void theSameSeedAndDayTellTheSameStoryAndAnotherSeedAnotherMonthsBefore() {
    Story once = Stories.write(DemoStory.CHASING, 17, TODAY);
    Story again = Stories.write(DemoStory.CHASING, 17, TODAY);
    Story other = Stories.write(DemoStory.CHASING, 18, TODAY);

    assertThat(again).isEqualTo(once);
    assertThat(before(other)).isNotEqualTo(before(once));
    assertThat(after(other)).isEqualTo(after(once));
  }

  @Test
  void itEndsBeforeTodayAndReachesBackFourMonthsBeforeTheStart() {
    for (DemoStory which : DemoStory.values()) {
      Story story = Stories.write(which, 17, TODAY);
      assertThat(story.start()).isEqualTo(TODAY.minusDays(36));
      assertThat(story.chat().get(0).at().toLocalDate())
          .isBetween(
              story.start().minusDays(Before.DAYS), story.start().minusDays(Before.DAYS - 3));
      assertThat(story.chat())
          .allSatisfy(line -> assertThat(line.at()).isBefore(TODAY.atStartOfDay()));
      assertThat(story.logged())
          .allSatisfy(l -> assertThat(l.at().orElseThrow()).isBefore(TODAY.atStartOfDay()));
    }
  }

  @Test
  void everyBlockOfTheMonthsBeforeIsToldOnceAndNobodyWritesInTheNight() {
    Exchanges exchanges = Exchanges.load();
    long lines =
        List.of("her", "his", "late").stream()
            .flatMap(s -> exchanges.section(s).stream())
            .mapToLong(b -> b.messages().size())
            .sum();
    Story story = Stories.write(DemoStory.SILENCE, 5, TODAY);
    assertThat(before(story)).hasSize((int) lines + 1); // and her exit message
    assertThat(before(story))
        .allSatisfy(
            line ->
                assertThat(line.at().toLocalTime())
                    .isBetween(LocalTime.of(7, 0), LocalTime.of(23, 40)));
  }

  @Test
  void herExitMessageIsTheLastThingSheWritesBeforeTheStart() {
    Story story = Stories.write(DemoStory.UNSAFE, 17, TODAY);
    ChatLine exit = before(story).stream().filter(ChatLine::mine).reduce((a, b) -> b).orElseThrow();
    assertThat(exit.text()).isEqualTo(Stories.EXIT_MESSAGE);
    assertThat(exit.at().toLocalDate()).isEqualTo(story.start().minusDays(1));
  }

  @Test
  void aBrokenLineInTheBlocksSaysWhereAndWhatWasExpected() {
    assertThatThrownBy(() -> parse("[her]\nme hello\nshe hi\n"))
        .hasMessage("before.txt:3: 'she hi' (expected 'me ...' or 'him ...')");
    assertThatThrownBy(() -> parse("[her]\n@ 9-10\nme hello\n"))
        .hasMessage("before.txt:2: '@ 9-10' (expected a window such as '@ 07:30-09:00')");
    assertThatThrownBy(() -> parse("me hello\n"))
        .hasMessage("before.txt:1: a message before the first [section]");
  }

  @Test
  void aWindowTimesTheBlocksFirstMessage() throws Exception {
    Exchanges parsed = parse("[her]\n@ 07:15-09:00\nme Morning\nhim hi\n\nme Later\n");
    assertThat(parsed.section("her")).hasSize(2);
    assertThat(parsed.section("her").get(0).window())
        .contains(new Exchanges.Window(LocalTime.of(7, 15), LocalTime.of(9, 0)));
    assertThat(parsed.section("her").get(1).window()).isEmpty();
  }

  private static Exchanges parse(String text) throws Exception {
    return Exchanges.parse(new BufferedReader(new StringReader(text)));
  }

  private static List<ChatLine> before(Story story) {
    return story.chat().stream().filter(l -> l.at().toLocalDate().isBefore(story.start())).toList();
  }

  private static List<ChatLine> after(Story story) {
    return story.chat().stream()
        .filter(l -> !l.at().toLocalDate().isBefore(story.start()))
        .toList();
  }
}
