package app.walkaway.web;

import app.walkaway.text.Him;
import app.walkaway.text.InsightWords;
import app.walkaway.web.view.Heatmap;
import app.walkaway.web.view.Table;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The calendar of his contact: six months of days as a grid, a column per week (Monday at the top),
 * shaded by how often he was in touch, the day she stepped back outlined. Drawn here as SVG, so it
 * needs no script.
 */
final class CalendarLayout {
  /** Six months: enough to see before and since, and cells big enough to read on a phone. */
  static final int WEEKS = 26;

  private static final int LEFT = 34;
  private static final int TOP = 18;
  private static final Locale WORDS = Locale.UK;

  private CalendarLayout() {}

  /**
   * @param his how often he was in touch, by day; days not given count as none
   * @param today the last day shown
   * @param start the day she stepped back, if any
   */
  static Heatmap of(
      Map<LocalDate, Integer> his, LocalDate today, Optional<LocalDate> start, Him him) {
    LocalDate first =
        today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WEEKS - 1);
    int span = (int) ChronoUnit.DAYS.between(first, today) + 1;
    int[] counts = new int[span];
    for (int i = 0; i < span; i++) {
      counts[i] = his.getOrDefault(first.plusDays(i), 0);
    }
    Levels levels = Levels.of(counts);
    List<Heatmap.Cell> cells = new ArrayList<>(span);
    List<Heatmap.Label> labels = new ArrayList<>();
    for (int i = 0; i < span; i++) {
      LocalDate day = first.plusDays(i);
      int x = LEFT + (i / 7) * Heatmap.STEP;
      int y = TOP + (i % 7) * Heatmap.STEP;
      boolean marked = start.filter(day::equals).isPresent();
      cells.add(new Heatmap.Cell(x, y, levels.of(counts[i]), title(day, counts[i], him), marked));
      if (day.getDayOfMonth() <= 7 && i % 7 == 0) {
        labels.add(new Heatmap.Label(x, TOP - 6, month(day), false));
      }
    }
    for (int row : new int[] {0, 2, 4}) {
      String name = DayOfWeek.of(row + 1).getDisplayName(TextStyle.SHORT, WORDS);
      labels.add(new Heatmap.Label(LEFT - 6, TOP + row * Heatmap.STEP + 10, name, true));
    }
    int width = LEFT + WEEKS * Heatmap.STEP;
    int height = TOP + 7 * Heatmap.STEP;
    return new Heatmap(
        reading(counts, first, start, him),
        "A calendar of the last six months, one square a day, darker when "
            + him.inSentence()
            + " was in touch more often",
        width,
        height,
        cells,
        labels,
        table(counts, first, him));
  }

  private static String title(LocalDate day, int count, Him him) {
    return InsightWords.calendarDay(day, count, him);
  }

  private static String month(LocalDate day) {
    return day.getMonth().getDisplayName(TextStyle.SHORT, WORDS);
  }

  private static String reading(int[] counts, LocalDate first, Optional<LocalDate> start, Him him) {
    int span = counts.length;
    if (start.isPresent()) {
      int split = (int) ChronoUnit.DAYS.between(first, start.get());
      if (split > 0 && split < span) {
        int since = span - split;
        int before = Math.min(since, split);
        return InsightWords.calendarSince(
            daysWith(counts, split, span),
            since,
            daysWith(counts, split - before, split),
            before,
            him);
      }
    }
    return InsightWords.calendarAll(daysWith(counts, 0, span), him);
  }

  private static int daysWith(int[] counts, int from, int to) {
    int days = 0;
    for (int i = from; i < to; i++) {
      if (counts[i] > 0) {
        days++;
      }
    }
    return days;
  }

  private static Table table(int[] counts, LocalDate first, Him him) {
    Map<YearMonth, int[]> months = new LinkedHashMap<>();
    for (int i = 0; i < counts.length; i++) {
      int[] month = months.computeIfAbsent(YearMonth.from(first.plusDays(i)), m -> new int[2]);
      month[0] += counts[i] > 0 ? 1 : 0;
      month[1] += counts[i];
    }
    List<Table.Row> rows = new ArrayList<>();
    months.forEach(
        (month, sums) ->
            rows.add(
                new Table.Row(
                    month.getMonth().getDisplayName(TextStyle.FULL, WORDS) + " " + month.getYear(),
                    List.of(Table.Cell.count(sums[0]), Table.Cell.count(sums[1])),
                    false)));
    return new Table(
        "How often " + him.inSentence() + " was in touch, month by month",
        List.of("Month", "Days " + him.inSentence() + " was in touch", "Times in all"),
        rows);
  }
}
