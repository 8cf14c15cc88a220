package app.walkaway.service;

import app.walkaway.analysis.Analysis;
import app.walkaway.analysis.Figures;
import app.walkaway.analysis.Settings;
import app.walkaway.event.Event;
import app.walkaway.method.Plan;
import app.walkaway.service.ServiceException.Problem;
import app.walkaway.signals.SignalDetector;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The read-out of his response over her vault: the figures compare the {@link
 * HistoryWindow#BASELINE} before her start day with the time since; the rules also see what counts
 * from any time (old threats, her "please stop", his last contact).
 */
public final class ReadOut {
  private ReadOut() {}

  public static VaultReading run(VaultSession session, ReadoutRequest request) {
    Optional<Plan> plan = session.read(MethodRecords::findPlan);
    LocalDate day =
        request
            .start()
            .or(() -> plan.map(Plan::start))
            .orElseThrow(() -> new ServiceException(Problem.NO_START_DAY, "no start day"));
    if (day.atStartOfDay().isAfter(request.now())) {
      throw new ServiceException(
          Problem.START_AFTER_NOW,
          "the start day " + day + " is after " + request.now() + "; nothing to read yet");
    }
    List<Event> recent = session.read(vault -> HistoryWindow.recent(vault, day));
    List<Event> older = session.read(vault -> HistoryWindow.stillCounted(vault, day));
    String who = request.name().orElseGet(() -> plan.map(Plan::name).orElse(""));
    Reading reading = over(older, recent, day, request.now(), who);
    return new VaultReading(reading, day, HistoryWindow.from(day).toLocalDate());
  }

  /**
   * The reading over events already read: {@code recent} from the baseline before {@code start} on,
   * {@code older} what counts from any time (both time-sorted). The figures compare the baseline
   * with the time since; the rules see both. What the benchmarks time.
   */
  public static Reading over(
      List<Event> older, List<Event> recent, LocalDate start, LocalDateTime now, String name) {
    Figures figures = Analysis.analyze(recent, Settings.of(now).withStart(start));
    return Reading.of(name, figures, HistoryWindow.timeline(older, recent));
  }

  /** What a read-out needs anyway, loaded while the vault unlocks (see {@link BackgroundOpen}). */
  public static void prepare() {
    SignalDetector.standard();
    app.walkaway.method.Playbook.load();
  }
}
