package app.walkaway.method;

import java.util.List;

/**
 * Where she stands today, computed from events by {@link Streaks}.
 *
 * @param started whether the start date has come
 * @param day whole days since the start: 0 on the start day, negative before it
 * @param streakDays whole clean days since the last slip (or the start), not counting today
 * @param longestStreakDays the longest run of clean days so far
 * @param slipDays days with at least one slip (several on one day count once)
 * @param score habit strength in 0..1; one slip after a long run dents it, it does not reset it
 * @param slips every slip with its evidence, oldest first
 */
public record Progress(
    boolean started,
    long day,
    int streakDays,
    int longestStreakDays,
    int slipDays,
    double score,
    List<Slip> slips) {

  public Progress {
    slips = List.copyOf(slips);
    if (score < 0 || score > 1) {
      throw new IllegalArgumentException("score must be within 0..1: " + score);
    }
  }
}
