package app.walkaway.readout;

import app.walkaway.analysis.Figures;
import app.walkaway.analysis.Period;
import app.walkaway.event.Event;
import java.util.List;
import java.util.Objects;

/**
 * Builds a read-out's input from the analysis, which owns conversations, initiations and reply
 * delays; the read-out only compares them.
 */
public final class FromAnalysis {
  private FromAnalysis() {}

  /** His figures for one analysed period. */
  public static HisFigures his(Period period) {
    return new HisFigures(
        period.them().initiations(),
        period.them().messages(),
        period.days(),
        period.them().replyDelays().median());
  }

  /**
   * The input for a read-out of an analysis made with a start day.
   *
   * @throws IllegalArgumentException when the analysis has no start day
   */
  public static ReadoutInput input(String name, Figures figures, List<Event> events) {
    Objects.requireNonNull(figures, "figures");
    if (figures.before().isEmpty() || figures.settings().start().isEmpty()) {
      throw new IllegalArgumentException("a read-out needs an analysis with a start day");
    }
    return new ReadoutInput(
        name,
        figures.settings().start().get(),
        figures.settings().now(),
        events,
        his(figures.before().get()),
        his(figures.after().orElseThrow()),
        figures.after().orElseThrow().me().initiations());
  }
}
