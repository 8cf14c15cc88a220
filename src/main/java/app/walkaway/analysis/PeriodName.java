package app.walkaway.analysis;

import java.util.Locale;

/** The stretches of time figures are given for. */
public enum PeriodName {
  /** The whole history up to now. */
  ALL,
  /** Before her start day (only with a start day). */
  BEFORE,
  /** From her start day's 00:00 up to now (only with a start day). */
  AFTER;

  /** The key used in JSON. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
