package app.walkaway.cli;

import app.walkaway.service.ReadOut;
import app.walkaway.service.ReadoutRequest;
import app.walkaway.service.ServiceException;
import app.walkaway.service.VaultReading;
import app.walkaway.service.VaultSession;
import java.time.LocalDateTime;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code walkaway readout}: the read-out of his response over everything in her vault. */
@Command(
    name = "readout",
    mixinStandardHelpOptions = true,
    description = {
      "Reads his response since the day you stepped back, from everything in your vault.",
      "One answer (UNSAFE, MOVING_ON, CHASING, INDIFFERENT or TOO_EARLY) with the messages and",
      "events it rests on, how sure it is, and what to do next. The start day comes from your",
      "plan, or from --start.",
      "%n\"Before\" is the 12 weeks before the start day: how he was just before you stepped back,"
          + " rather than an average over years of history."
    },
    footer = {"", "Example:", "  walkaway readout --start 2026-03-01"})
public final class ReadoutCommand implements Runnable {
  @Spec CommandSpec spec;
  @Mixin VaultOptions vault;

  @Mixin PeriodOptions period;

  @Option(names = "--name", paramLabel = "NAME", description = "What to call him (default: he).")
  String name;

  @Option(names = "--json", description = "Print the read-out as JSON.")
  boolean json;

  @Override
  public void run() {
    LocalDateTime moment = period.nowOrClock();
    VaultReading reading;
    // While the vault unlocks: what the rest needs anyway (his words' lexicons, the playbook).
    try (VaultSession opened = vault.openWhile(ReadOut::prepare)) {
      reading =
          ReadOut.run(
              opened, new ReadoutRequest(period.start(), moment, Optional.ofNullable(name)));
    } catch (ServiceException e) {
      throw asParameterProblem(e);
    }
    print(reading);
  }

  /** A missing or late start day is an option to give, said as picocli says such things. */
  private RuntimeException asParameterProblem(ServiceException e) {
    return switch (e.problem()) {
      case NO_START_DAY ->
          new ParameterException(
              spec.commandLine(),
              "no start day: give --start YYYY-MM-DD, or start a plan first (walkaway plan"
                  + " start)");
      case START_AFTER_NOW -> new ParameterException(spec.commandLine(), e.getMessage());
      default -> e;
    };
  }

  private void print(VaultReading reading) {
    var out = spec.commandLine().getOut();
    if (json) {
      var root = JsonDoc.mapper().createObjectNode();
      ReadingView.addTo(JsonDoc.mapper(), root, reading.reading());
      out.println(root.toPrettyString());
    } else {
      out.print(ReadingView.text(reading.reading()).stripLeading());
      out.println();
      out.println(baselineNote(reading));
    }
    out.flush();
  }

  /** Why "before" is not the whole history. */
  private static String baselineNote(VaultReading reading) {
    return "\"Before\" means the "
        + VaultReading.BASELINE_WEEKS
        + " weeks before "
        + reading.start()
        + " (from "
        + reading.baselineFrom()
        + "): how he was"
        + System.lineSeparator()
        + "just before you stepped back, not years-old history.";
  }
}
