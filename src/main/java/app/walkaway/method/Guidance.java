package app.walkaway.method;

import app.walkaway.event.Event;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Today's guidance: {@value #MIN} to {@value #MAX} playbook items, chosen by what just happened
 * (red flag, slip, his message, an urge, a long silence) and by the stage of the plan. A red flag
 * replaces everything else with safety steps: never a game plan next to a danger.
 */
public final class Guidance {
  static final int MIN = 2;
  static final int MAX = 4;

  /** How many of the slots what-just-happened may take before the stage gets one. */
  private static final int ENOUGH = 3;

  private Guidance() {}

  /**
   * Guidance for today, texts filled with the name she gave. {@code safetyFirst} is the one safety
   * rule's answer over the same events (the read-out's UNSAFE): then only safety is spoken of.
   */
  public static List<Item> today(
      Playbook playbook,
      Plan plan,
      Progress progress,
      List<Event> events,
      Instant now,
      ZoneId zone,
      boolean safetyFirst) {
    LocalDate today = LocalDate.ofInstant(now, zone);
    EnumSet<Trigger> triggers = Triggers.find(plan, progress, events, today, safetyFirst);
    List<Item> chosen = choose(playbook, triggers, progress.day());
    return chosen.stream().map(i -> i.fill(plan.name())).toList();
  }

  static List<Item> choose(Playbook playbook, EnumSet<Trigger> triggers, long day) {
    if (triggers.contains(Trigger.RED_FLAG)) {
      return playbook.triggerItems(Trigger.RED_FLAG).stream().limit(MAX).toList();
    }
    List<Item> chosen = new ArrayList<>();
    for (Trigger trigger : triggers) {
      addNew(chosen, playbook.triggerItems(trigger).get(0), ENOUGH);
    }
    List<Item> stage = playbook.stageItems(Stage.of(Math.max(0, day)));
    int before = chosen.size();
    for (int i = 0; i < stage.size() && chosen.size() < MAX; i++) {
      boolean stageHasOne = chosen.size() > before;
      if (chosen.size() >= ENOUGH && stageHasOne) {
        break;
      }
      addNew(chosen, stage.get((int) ((Math.max(0, day) + i) % stage.size())), MAX);
    }
    return chosen;
  }

  private static void addNew(List<Item> chosen, Item item, int limit) {
    if (chosen.size() < limit && !chosen.contains(item)) {
      chosen.add(item);
    }
  }
}
