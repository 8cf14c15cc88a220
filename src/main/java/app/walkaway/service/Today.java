package app.walkaway.service;

import app.walkaway.event.Event;
import app.walkaway.method.Guidance;
import app.walkaway.method.Item;
import app.walkaway.method.Plan;
import app.walkaway.method.Playbook;
import app.walkaway.method.Progress;
import app.walkaway.method.Streaks;
import app.walkaway.safety.RedFlagDetector;
import app.walkaway.safety.RedFlags;
import app.walkaway.signals.SignalDetector;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/** Where she stands today and what to do, from her plan and the events since shortly before it. */
public final class Today {
  private Today() {}

  /**
   * @param at the moment it is (her clock, or a moment she asks about)
   * @param zone her time zone, for where days begin and end
   */
  public static TodayResult run(VaultSession session, Instant at, ZoneId zone) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(zone, "zone");
    Plan plan = session.read(MethodRecords::requirePlan);
    List<Event> events =
        session.read(
            vault ->
                HistoryWindow.timeline(
                    HistoryWindow.stillCounted(vault, plan.start()),
                    HistoryWindow.recent(vault, plan.start())));
    return over(plan, events, at, zone);
  }

  /**
   * Today over events already read (time-sorted: the plan's window and what counts from any time);
   * what {@link #run} does once it has read them, and what the benchmarks time.
   */
  public static TodayResult over(Plan plan, List<Event> events, Instant at, ZoneId zone) {
    Playbook playbook = Playbook.load();
    Progress progress = Streaks.compute(events, plan, playbook, at, zone);
    LocalDateTime now = LocalDateTime.ofInstant(at, zone);
    RedFlags flags = RedFlagDetector.standard().find(events, plan.start(), now);
    List<Item> guidance =
        Guidance.today(playbook, plan, progress, events, at, zone, flags.safetyFirst());
    return new TodayResult(plan, progress, guidance, flags);
  }

  /** What today needs anyway, loaded while the vault unlocks (see {@link BackgroundOpen}). */
  public static void prepare() {
    Playbook.load();
    SignalDetector.standard();
  }
}
