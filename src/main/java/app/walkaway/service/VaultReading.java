package app.walkaway.service;

import java.time.LocalDate;

/**
 * A read-out over her vault.
 *
 * @param reading the signals and the answer
 * @param start the day she stepped back it was read from
 * @param baselineFrom the first day of "before": {@link #BASELINE_WEEKS} weeks before the start
 */
public record VaultReading(Reading reading, LocalDate start, LocalDate baselineFrom) {
  /** How far back "before" reaches: how he was just before she stepped back, not years ago. */
  public static final int BASELINE_WEEKS = 12;
}
