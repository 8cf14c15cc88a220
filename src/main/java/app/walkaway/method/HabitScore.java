package app.walkaway.method;

/**
 * A forgiving habit strength: exponential smoothing over days. Each clean day pulls the score
 * toward 1 and each slip day toward 0, with a half-life of {@value #HALF_LIFE_DAYS} days, so one
 * lapse after a long run costs a few points instead of everything (the idea behind habit trackers
 * that score strength rather than streaks).
 */
final class HabitScore {
  static final double HALF_LIFE_DAYS = 14;

  /** The weight of one day: after a half-life of days, the old score counts half. */
  static final double ALPHA = 1 - Math.pow(0.5, 1 / HALF_LIFE_DAYS);

  private double value;

  /** Adds one day, clean or not. */
  void add(boolean clean) {
    value = value * (1 - ALPHA) + (clean ? ALPHA : 0);
  }

  double value() {
    return Math.min(1, Math.max(0, value));
  }
}
