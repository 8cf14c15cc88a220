package app.walkaway.readout;

import app.walkaway.event.Event;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Everything a read-out needs. Pure data: the caller reads the clock and the store.
 *
 * @param name what to call him in sentences ("He", or the name or alias she gave)
 * @param start the day she began stepping back (from its 00:00)
 * @param now the moment of the read-out
 * @param events the whole timeline (hers, his, logged by hand)
 * @param before his figures before the start
 * @param after his figures from the start up to now
 * @param herStartsSince conversations she started since the start (each one a slip, as the analysis
 *     counts them); logged SLIP events count too
 */
public record ReadoutInput(
    String name,
    LocalDate start,
    LocalDateTime now,
    List<Event> events,
    HisFigures before,
    HisFigures after,
    long herStartsSince) {
  public ReadoutInput {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    events = List.copyOf(events);
    if (herStartsSince < 0) {
      throw new IllegalArgumentException("herStartsSince must not be negative");
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
  }

  /** Without her own conversation count (hand-logged slips still count). */
  public ReadoutInput(
      String name,
      LocalDate start,
      LocalDateTime now,
      List<Event> events,
      HisFigures before,
      HisFigures after) {
    this(name, start, now, events, before, after, 0);
  }

  public LocalDateTime startAt() {
    return start.atStartOfDay();
  }
}
