package app.walkaway.service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A read-out over her vault.
 *
 * @param start the day she stepped back; empty for her plan's
 * @param now the moment to read up to
 * @param name what to call him; empty for the name in her plan, else "he"
 */
public record ReadoutRequest(Optional<LocalDate> start, LocalDateTime now, Optional<String> name) {
  public ReadoutRequest {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(name, "name");
  }
}
