package app.walkaway.web;

import app.walkaway.web.view.InsightsView;
import java.time.LocalDate;
import java.util.Optional;

/** Where the Insights page gets its pictures: empty while there is nothing to draw. */
public interface InsightsSource {
  /** Nothing imported or logged yet. */
  InsightsSource NOTHING = today -> Optional.empty();

  Optional<InsightsView> view(LocalDate today);
}
