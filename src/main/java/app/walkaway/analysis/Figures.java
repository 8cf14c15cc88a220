package app.walkaway.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of one analysis.
 *
 * @param settings what it was computed with
 * @param all the whole history up to now
 * @param before before her start day, when one was given
 * @param after from her start day up to now, when one was given
 * @param afterNow contact items later than {@code now}, left out of every figure
 */
public record Figures(
    Settings settings, Period all, Optional<Period> before, Optional<Period> after, long afterNow) {
  public Figures {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(all, "all");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }

  /** The periods in the order they are shown: all, then before and after when present. */
  public List<Period> periods() {
    return before.isPresent() ? List.of(all, before.get(), after.orElseThrow()) : List.of(all);
  }
}
