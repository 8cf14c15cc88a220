package app.walkaway.method;

import java.util.Locale;

/** Where she is in the plan, by whole days since the start; guidance changes with it. */
public enum Stage {
  /** Days 0 to 2: the hardest part, urges are strongest. */
  FIRST_DAYS,
  /** Days 3 to 6. */
  FIRST_WEEK,
  /** Days 7 to 27. */
  WEEKS_TWO_TO_FOUR,
  /** Day 28 onwards: time to look at the evidence. */
  AFTER_A_MONTH;

  /** The stage for a number of days since the start (0 on the start day). */
  public static Stage of(long day) {
    if (day < 3) {
      return FIRST_DAYS;
    }
    if (day < 7) {
      return FIRST_WEEK;
    }
    return day < 28 ? WEEKS_TWO_TO_FOUR : AFTER_A_MONTH;
  }

  /** The key used in the playbook data, e.g. {@code weeks-two-to-four}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
