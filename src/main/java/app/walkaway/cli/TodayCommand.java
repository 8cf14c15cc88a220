package app.walkaway.cli;

import app.walkaway.service.Today;
import app.walkaway.service.TodayResult;
import app.walkaway.service.VaultSession;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code walkaway today}: where she stands and what to do today. */
@Command(
    name = "today",
    mixinStandardHelpOptions = true,
    description = {
      "Shows where you stand today and what to do.",
      "%nShows the days since you started, your clean days in a row, your slips, a habit strength"
          + " that forgives a single slip, and two to four things to do today."
    })
public final class TodayCommand implements Runnable {
  @Spec CommandSpec spec;
  @Mixin VaultOptions vault;

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

  @Option(names = "--json", description = "Print JSON instead of text.")
  boolean json;

  @Override
  public void run() {
    ZoneId zoneId = zone();
    Instant at = moment(zoneId);
    TodayResult today;
    // While the vault unlocks: what the rest needs anyway (the playbook, his words' lexicons).
    try (VaultSession opened = vault.openWhile(Today::prepare)) {
      today = Today.run(opened, at, zoneId);
    }
    if (json) {
      TodayView.json(spec.commandLine().getOut(), today.plan(), today.progress(), today.guidance());
    } else {
      TodayView.text(spec.commandLine().getOut(), today.plan(), today.progress(), today.guidance());
    }
  }

  private ZoneId zone() {
    try {
      return zone == null ? ZoneId.systemDefault() : ZoneId.of(zone.strip());
    } catch (DateTimeException e) {
      throw new ParameterException(
          spec.commandLine(), "unknown time zone '" + zone + "' (expected e.g. Europe/London)");
    }
  }

  /** Accepts a local date-time in her zone, or one with an offset such as 2026-03-04T19:30Z. */
  private Instant moment(ZoneId zoneId) {
    if (now == null) {
      return Instant.now();
    }
    String text = now.strip().replace(' ', 'T');
    try {
      return LocalDateTime.parse(text).atZone(zoneId).toInstant();
    } catch (DateTimeException local) {
      try {
        return OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeException e) {
        throw new ParameterException(
            spec.commandLine(),
            "cannot read the time '" + now + "' (expected e.g. 2026-03-04 19:30)");
      }
    }
  }
}
