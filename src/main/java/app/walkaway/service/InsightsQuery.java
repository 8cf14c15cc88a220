package app.walkaway.service;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * What the insight series are computed over.
 *
 * @param start the day she stepped back, if any: splits the reply delays into before and since
 * @param from the first day the series cover; empty for the whole history
 * @param now the moment they are computed at (nothing later counts)
 * @param gap the silence that ends a conversation, as for the figures
 */
public record InsightsQuery(
    Optional<LocalDate> start, Optional<LocalDate> from, LocalDateTime now, Duration gap) {
  public InsightsQuery {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(gap, "gap");
  }
}
