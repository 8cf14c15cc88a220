package app.walkaway.web;

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
        ? new Table.Cell(Durations.words(minutes.getAsDouble()), minutes.getAsDouble())
        : new Table.Cell("no replies to measure", 0);
  }

  private static String reading(List<Period> periods, Him him) {
    if (periods.size() == 2
        && periods.get(1).him().isPresent()
        && periods.get(0).him().isPresent()) {
      return "Since you stepped back, "
          + him.inSentence()
          + " typically answers in "
          + Durations.words(periods.get(1).him().getAsDouble())
          + "; before, in "
          + Durations.words(periods.get(0).him().getAsDouble())
          + ".";
    }
    if (periods.size() == 2 && periods.get(0).him().isPresent()) {
      return "Before you stepped back, "
          + him.inSentence()
          + " typically answered in "
          + Durations.words(periods.get(0).him().getAsDouble())
          + "; since, there has been nothing to time.";
    }
    if (!periods.isEmpty() && periods.get(0).him().isPresent()) {
      return him.subject()
          + " typically answers in "
          + Durations.words(periods.get(0).him().getAsDouble())
          + ".";
    }
    return "There are no replies of " + him.possessive() + " to time yet.";
  }
}
