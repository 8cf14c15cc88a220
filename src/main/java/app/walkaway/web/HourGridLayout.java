package app.walkaway.web;

import app.walkaway.text.Him;
import app.walkaway.text.InsightWords;
import app.walkaway.web.view.Heatmap;
import app.walkaway.web.view.Table;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * When in the week his contact comes: a row per weekday (Monday first), a column per hour, shaded
 * by how often. The table behind it sums the hours into four parts of the day.
 */
final class HourGridLayout {
  private static final int LEFT = 40;
  private static final int TOP = 18;

  private HourGridLayout() {}

  /**
   * @param counts his contact by weekday (Monday = 0) and hour (0 to 23)
   */
  static Heatmap of(int[][] counts, Him him) {
    int[] flat = new int[7 * 24];
    for (int d = 0; d < 7; d++) {
      System.arraycopy(counts[d], 0, flat, d * 24, 24);
    }
    Levels levels = Levels.of(flat);
    List<Heatmap.Cell> cells = new ArrayList<>(7 * 24);
    List<Heatmap.Label> labels = new ArrayList<>();
    for (int d = 0; d < 7; d++) {
      String day = DayOfWeek.of(d + 1).getDisplayName(TextStyle.FULL, Locale.UK);
      for (int h = 0; h < 24; h++) {
        String title = InsightWords.hourCell(DayOfWeek.of(d + 1), h, counts[d][h]);
        cells.add(
            new Heatmap.Cell(
                LEFT + h * Heatmap.STEP,
                TOP + d * Heatmap.STEP,
                levels.of(counts[d][h]),
                title,
                false));
      }
      String shortName = DayOfWeek.of(d + 1).getDisplayName(TextStyle.SHORT, Locale.UK);
      labels.add(new Heatmap.Label(LEFT - 6, TOP + d * Heatmap.STEP + 10, shortName, true));
    }
    for (int h = 0; h < 24; h += 6) {
      labels.add(new Heatmap.Label(LEFT + h * Heatmap.STEP, TOP - 6, h + ":00", false));
    }
    return new Heatmap(
        reading(counts, him),
        "A grid of the week, one row a day and one column an hour, darker when "
            + him.inSentence()
            + " was in touch more often",
        LEFT + 24 * Heatmap.STEP,
        TOP + 7 * Heatmap.STEP,
        cells,
        labels,
        table(counts, him));
  }

  private static int part(int[] day, int part) {
    int sum = 0;
    for (int h = part * 6; h < part * 6 + 6; h++) {
      sum += day[h];
    }
    return sum;
  }

  private static String reading(int[][] counts, Him him) {
    int bestDay = -1;
    int bestPart = -1;
    int best = 0;
    for (int d = 0; d < 7; d++) {
      for (int p = 0; p < 4; p++) {
        int sum = part(counts[d], p);
        if (sum > best) {
          best = sum;
          bestDay = d;
          bestPart = p;
        }
      }
    }
    if (best == 0) {
      return InsightWords.noWeekContact(him);
    }
    return InsightWords.busiest(DayOfWeek.of(bestDay + 1), bestPart, him);
  }

  private static Table table(int[][] counts, Him him) {
    List<Table.Row> rows = new ArrayList<>(7);
    for (int d = 0; d < 7; d++) {
      List<Table.Cell> cells = new ArrayList<>(4);
      for (int p = 0; p < 4; p++) {
        cells.add(Table.Cell.count(part(counts[d], p)));
      }
      rows.add(
          new Table.Row(
              DayOfWeek.of(d + 1).getDisplayName(TextStyle.FULL, Locale.UK), cells, false));
    }
    List<String> columns = new ArrayList<>();
    columns.add("Day");
    for (int p = 0; p < 4; p++) {
      columns.add(InsightWords.partOfDay(p));
    }
    return new Table(
        "When " + him.inSentence() + " was in touch, by day and part of the day", columns, rows);
  }
}
