package app.walkaway.analysis;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Figures for one stretch of time.
 *
 * @param name which period
 * @param from its first moment (for the whole history: the first item between the two of them)
 * @param to its end (her start day's 00:00 for the period before, {@code now} otherwise)
 * @param me her figures
 * @param them his figures
 */
public record Period(
    PeriodName name, LocalDateTime from, LocalDateTime to, PersonFigures me, PersonFigures them) {

  /** Length in days (fractional); zero for an empty period. */
  public double days() {
    return Math.max(0, Duration.between(from, to).toSeconds()) / 86_400.0;
  }

  /** Conversations opened in the period, by either of them. */
  public long conversations() {
    return me.initiations() + them.initiations();
  }

  public PersonFigures of(Person person) {
    return person == Person.ME ? me : them;
  }
}
