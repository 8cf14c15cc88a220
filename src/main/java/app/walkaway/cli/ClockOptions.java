package app.walkaway.cli;

import app.walkaway.service.ServiceException;
import app.walkaway.service.TypedTime;
import java.time.Instant;
import java.time.ZoneId;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Her clock for a day-by-day command: {@code --now} (a moment on her clock, or an exact one with
 * its offset) and {@code --zone} (where her days begin and end).
 */
final class ClockOptions {
  @Option(
      names = "--now",
      paramLabel = "DATE-TIME",
      description = "Pretend it is this moment, e.g. 2026-03-04 19:30 (default: now).")
  String now;

  @Option(
      names = "--zone",
      paramLabel = "ZONE",
      description =
          "Your time zone for day boundaries, e.g. Europe/London (default: this computer's).")
  String zone;

  ZoneId zone(CommandSpec spec) {
    return zone == null ? ZoneId.systemDefault() : read(spec, () -> TypedTime.zone(zone));
  }

  Instant at(CommandSpec spec) {
    ZoneId where = zone(spec);
    return now == null ? Instant.now() : read(spec, () -> TypedTime.instant(now, where));
  }

  private static <T> T read(CommandSpec spec, java.util.function.Supplier<T> reading) {
    try {
      return reading.get();
    } catch (ServiceException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
