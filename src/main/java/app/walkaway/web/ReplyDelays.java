package app.walkaway.web;

import app.walkaway.text.Him;
import app.walkaway.text.InsightWords;
import app.walkaway.web.view.Chart;
import app.walkaway.web.view.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** How fast each of them typically answered, before and since the day she stepped back. */
final class ReplyDelays {
  private ReplyDelays() {}

  /**
   * Typical (median) reply delays in minutes; a period without a start day is "all", and an empty
   * value means no replies to measure.
   */
  record Period(String label, OptionalDouble her, OptionalDouble him) {}

  static Chart of(List<Period> periods, Him him) {
    List<Table.Row> rows = new ArrayList<>(periods.size());
    for (Period period : periods) {
      rows.add(
          new Table.Row(period.label(), List.of(cell(period.her()), cell(period.him())), false));
    }
    Table table =
        new Table(
            "Typical time to answer",
            List.of("", "You answered in", him.subject() + " answered in"),
            rows);
    return new Chart(
        "replies",
        reading(periods, him),
        "A bar chart of how long you and " + him.object() + " typically took to answer",
        table);
  }

  private static Table.Cell cell(OptionalDouble minutes) {
    return minutes.isPresent()
        ? new Table.Cell(InsightWords.about(minutes.getAsDouble()), minutes.getAsDouble())
        : new Table.Cell("no replies to measure", 0);
  }

  private static String reading(List<Period> periods, Him him) {
    if (periods.isEmpty()) {
      return InsightWords.replies(OptionalDouble.empty(), OptionalDouble.empty(), false, him);
    }
    boolean split = periods.size() == 2;
    return InsightWords.replies(
        periods.get(0).him(), split ? periods.get(1).him() : OptionalDouble.empty(), split, him);
  }
}
