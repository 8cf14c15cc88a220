package app.walkaway.signals.readout;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** What the rules decided, before the read-out adds its wording and next steps. */
record Decision(
    Outcome outcome,
    List<String> reasons,
    Optional<String> needed,
    List<Evidence> evidence,
    Confidence confidence) {
  /** The most a read-out cites; beyond it the list stops helping her. */
  static final int MAX_EVIDENCE = 30;

  Decision {
    reasons = List.copyOf(reasons);
    evidence =
        evidence.stream()
            .distinct()
            .sorted(Comparator.comparing(Evidence::at))
            .limit(MAX_EVIDENCE)
            .toList();
  }
}
