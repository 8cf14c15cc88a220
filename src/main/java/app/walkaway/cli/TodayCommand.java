package app.walkaway.cli;

import app.walkaway.service.Today;
import app.walkaway.service.TodayResult;
import app.walkaway.service.VaultSession;
import java.time.Instant;
import java.time.ZoneId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

  @Mixin ClockOptions clock;

  @Option(names = "--json", description = "Print JSON instead of text.")
  boolean json;

  @Override
  public void run() {
    ZoneId zoneId = clock.zone(spec);
    Instant at = clock.at(spec);
    TodayResult today;
    // While the vault unlocks: what the rest needs anyway (the playbook, his words' lexicons).
    try (VaultSession opened = vault.openWhile(Today::prepare)) {
      today = Today.run(opened, at, zoneId);
    }
    if (json) {
      TodayView.json(spec.commandLine().getOut(), today);
    } else {
      TodayView.text(spec.commandLine().getOut(), today);
    }
  }
}
