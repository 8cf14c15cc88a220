package app.walkaway.cli;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The day she stepped back and the moment to count up to: {@code --start} and {@code --now}, the
 * same for every command that reads his response.
 */
final class PeriodOptions {
  @Option(
      names = "--start",
      paramLabel = "DATE",
      converter = TimeOptions.Day.class,
      description = "The day you stepped back (e.g. 2026-03-01): figures before and since.")
  LocalDate start;

  @Option(
      names = "--now",
      paramLabel = "DATE-TIME",
      converter = TimeOptions.Moment.class,
      description = "Count up to this moment (e.g. 2026-04-15T20:00); default: now.")
  LocalDateTime now;

  Optional<LocalDate> start() {
    return Optional.ofNullable(start);
  }

  /** The moment given, or this computer's clock read once, to the second. */
  LocalDateTime nowOrClock() {
    return now != null ? now : LocalNow.toTheSecond();
  }
}
