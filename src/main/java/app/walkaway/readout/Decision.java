package app.walkaway.readout;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** What one rule decided: an outcome, its reasons, what it still needs, and its citations. */
record Decision(
    Outcome outcome,
    List<Reason> reasons,
    Optional<Needed> needed,
    List<Citation> citations,
    Confidence.Level level,
    Confidence.Basis basis) {
  /** The most a read-out cites; beyond it the list stops helping her. */
  static final int MAX_CITATIONS = 30;

  Decision {
    reasons = List.copyOf(reasons);
    citations =
        citations.stream()
            .distinct()
            .sorted(Comparator.comparing(Citation::at))
            .limit(MAX_CITATIONS)
            .toList();
  }
}
