package app.walkaway.service;

import app.walkaway.method.Item;
import app.walkaway.method.Plan;
import app.walkaway.method.Progress;
import app.walkaway.method.Section;
import app.walkaway.safety.RedFlags;
import java.util.List;

/**
 * Where she stands today and what to do.
 *
 * @param plan her plan
 * @param progress days, clean days in a row, slips, habit strength
 * @param guidance two to four things for today, safety first when anything points to danger
 * @param redFlags the warning signs over the same events the read-out reads, and whether safety
 *     comes first
 */
public record TodayResult(Plan plan, Progress progress, List<Item> guidance, RedFlags redFlags) {
  public TodayResult {
    guidance = List.copyOf(guidance);
  }

  /**
   * True when something points to danger: today's guidance is then the safety steps alone, and a
   * page shows nothing else beside them (no streak, no habit strength).
   */
  public boolean safetyFirst() {
    return guidance.stream().anyMatch(item -> item.section() == Section.SAFETY);
  }
}
