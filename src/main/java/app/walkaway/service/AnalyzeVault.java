package app.walkaway.service;

import app.walkaway.analysis.Analysis;
import app.walkaway.analysis.Figures;
import app.walkaway.analysis.Settings;
import app.walkaway.event.Event;
import app.walkaway.service.ServiceException.Problem;
import java.util.List;
import java.util.Optional;

/**
 * The figures over everything in her vault (imports and hand-logged events; the analysis itself
 * keeps only contact between the two of them), and with a start day the signals and the read-out
 * over the whole history.
 */
public final class AnalyzeVault {
  private AnalyzeVault() {}

  public static VaultFigures run(VaultSession session, Settings settings) {
    List<Event> events = session.read(vault -> vault.events().all());
    if (events.stream().noneMatch(e -> e.kind().isContact())) {
      throw new ServiceException(Problem.EMPTY_VAULT, "your vault holds no messages yet");
    }
    Figures figures = Analysis.analyze(events, settings);
    Optional<Reading> reading = settings.start().map(day -> Reading.of("", figures, events));
    return new VaultFigures(
        events.size(), events.get(0).at(), events.get(events.size() - 1).at(), figures, reading);
  }
}
