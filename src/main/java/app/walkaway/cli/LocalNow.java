package app.walkaway.cli;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.TimeZone;

/**
 * The computer's local time, to the second: what {@code
 * LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS)} gives, read through {@link TimeZone}
 * instead. Both use the JDK's same time-zone database, but java.time's zone rules first look for
 * rule providers in every jar on the class path, which costs a command about 10 ms at its start.
 */
final class LocalNow {
  private LocalNow() {}

  /** Now, in the default time zone. */
  static LocalDateTime toTheSecond() {
    return at(System.currentTimeMillis(), TimeZone.getDefault());
  }

  /** The local time in {@code zone} at {@code millis} after the epoch, to the second. */
  static LocalDateTime at(long millis, TimeZone zone) {
    int offsetSeconds = Math.floorDiv(zone.getOffset(millis), 1000);
    return LocalDateTime.ofEpochSecond(
        Math.floorDiv(millis, 1000), 0, ZoneOffset.ofTotalSeconds(offsetSeconds));
  }
}
