package app.walkaway.vault;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One answering of the risk screen, as stored.
 *
 * @param at when she answered, her wall-clock time
 * @param answers her answers, a small JSON document written by the caller
 * @param outcome the result's name, e.g. {@code specialist-now}
 */
public record ScreenRecord(LocalDateTime at, String answers, String outcome) {
  public ScreenRecord {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(answers, "answers");
    Objects.requireNonNull(outcome, "outcome");
  }
}
