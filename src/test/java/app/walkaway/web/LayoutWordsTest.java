package app.walkaway.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.text.Him;
import app.walkaway.text.InsightWords;
import app.walkaway.web.view.Heatmap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The insight pictures' words and shades, from numbers made by hand. */
class LayoutWordsTest {
  private static final Him SAM = new Him(Optional.of("Sam"));
  private static final LocalDate TODAY = LocalDate.of(2026, 4, 15);

  @ParameterizedTest(name = "{0} minutes read as \"{1}\"")
  @CsvSource({
    "0.4, under a minute",
    "1, about a minute",
    "25, about 25 minutes",
    "59.4, about 59 minutes",
    "59.6, about an hour",
    "190, about 3 hours",
    "2849, about 47 hours",
    "2851, about 2 days"
  })
  void replyDelaysAreSaidInWords(double minutes, String words) {
    assertThat(InsightWords.about(minutes)).isEqualTo(words);
  }

  @Test
  void shadesFollowQuartersOfTheDaysWithContact() {
    Levels levels = Levels.of(new int[] {0, 0, 1, 2, 3, 4, 100});
    assertThat(levels.of(0)).isZero();
    // Quarters of 1, 2, 3, 4, 100 fall at 2, 3 and 4: a count up to a quarter takes its shade.
    assertThat(levels.of(1)).isEqualTo(1);
    assertThat(levels.of(2)).isEqualTo(1);
    assertThat(levels.of(3)).isEqualTo(2);
    assertThat(levels.of(4)).isEqualTo(3);
    assertThat(levels.of(100)).isEqualTo(4);
  }

  @Test
  void aCalendarWithoutContactSaysSoAndShadesNothing() {
    Heatmap map = CalendarLayout.of(Map.of(), TODAY, Optional.empty(), SAM);
    assertThat(map.reading()).isEqualTo("Sam has not been in touch in the last six months.");
    assertThat(map.cells()).allSatisfy(cell -> assertThat(cell.level()).isZero());
    assertThat(map.cells()).noneMatch(Heatmap.Cell::marked);
  }

  @Test
  void theCalendarComparesEqualSpansBeforeAndSinceTheStart() {
    LocalDate start = TODAY.minusDays(9); // 10 days since, counting today
    Map<LocalDate, Integer> his =
        Map.of(start, 1, start.plusDays(3), 4, start.minusDays(1), 2, start.minusDays(30), 5);
    Heatmap map = CalendarLayout.of(his, TODAY, Optional.of(start), SAM);
    assertThat(map.reading())
        .isEqualTo(
            "Since you stepped back, Sam was in touch on 2 of 10 days; in the 10 days before, on 1.");
    assertThat(map.cells().stream().filter(Heatmap.Cell::marked).map(Heatmap.Cell::title))
        .containsExactly("Monday 6 April 2026: Sam was in touch once");
  }

  @Test
  void theCalendarEndsToday() {
    Heatmap map = CalendarLayout.of(Map.of(TODAY, 2), TODAY, Optional.empty(), Him.UNNAMED);
    assertThat(map.cells().get(map.cells().size() - 1).title())
        .isEqualTo("Wednesday 15 April 2026: He was in touch twice");
    assertThat(map.reading()).isEqualTo("In the last six months he was in touch on 1 day.");
  }

  @Test
  void theWeekGridNamesTheBusiestPartOfTheWeek() {
    int[][] counts = new int[7][24];
    counts[2][7] = 3; // Wednesday, 7:00
    counts[5][22] = 2; // Saturday, 22:00
    assertThat(HourGridLayout.of(counts, SAM).reading())
        .isEqualTo("Sam is most often in touch on Wednesday mornings (6:00–12:00).");
    assertThat(HourGridLayout.of(new int[7][24], Him.UNNAMED).reading())
        .isEqualTo("There is no contact from him to place in the week yet.");
  }

  @Test
  void replyDelaysWithoutAStartDaySpeakOfTheWholeHistory() {
    var chart =
        ReplyDelays.of(
            List.of(new ReplyDelays.Period("All", OptionalDouble.of(3), OptionalDouble.of(125))),
            Him.UNNAMED);
    assertThat(chart.reading()).isEqualTo("He typically answers in about 2 hours.");
    assertThat(chart.table().rows().get(0).cells().get(1).valueText()).isEqualTo("125");
  }

  @Test
  void weeklyStartsWithoutAnyWeeksSayThereIsNothingYet() {
    assertThat(WeeklyStarts.of(List.of(), Optional.empty(), SAM).reading())
        .isEqualTo("There are no conversations to count yet.");
    assertThat(InsightWords.perWeek(3, 2)).isEqualTo("1.5 conversations");
    assertThat(InsightWords.perWeek(2, 2)).isEqualTo("1 conversation");
    assertThat(InsightWords.perWeek(0, 5)).isEqualTo("none");
  }
}
