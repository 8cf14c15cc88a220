package app.walkaway.cli;

import app.walkaway.analysis.Analysis;
import app.walkaway.analysis.Figures;
import app.walkaway.analysis.Settings;
import app.walkaway.event.Event;
import app.walkaway.method.Plan;
import app.walkaway.method.Playbook;
import app.walkaway.signals.SignalDetector;
import app.walkaway.vault.Vault;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
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

  @Option(
      names = "--start",
      paramLabel = "DATE",
      converter = TimeOptions.Day.class,
      description = "The day you stepped back (default: your plan's start day).")
  LocalDate start;

  @Option(
      names = "--now",
      paramLabel = "DATE-TIME",
      converter = TimeOptions.Moment.class,
      description = "Read up to this moment (e.g. 2026-04-15T20:00); default: now.")
  LocalDateTime now;

  @Option(names = "--name", paramLabel = "NAME", description = "What to call him (default: he).")
  String name;

  @Option(names = "--json", description = "Print the read-out as JSON.")
  boolean json;

  @Override
  public void run() {
    LocalDateTime moment = now != null ? now : LocalNow.toTheSecond();
    List<Event> events;
    List<Event> older;
    Optional<Plan> plan;
    LocalDate day;
    // While the vault unlocks: what the rest needs anyway (his words' lexicons, the playbook).
    try (Vault opened = vault.openWhile(ReadoutCommand::prepare)) {
      plan = MethodRecords.findPlan(opened);
      day = start != null ? start : plan.map(Plan::start).orElseThrow(this::noStart);
      events = HistoryWindow.recent(opened, day);
      older = HistoryWindow.stillCounted(opened, day);
    }
    if (day.atStartOfDay().isAfter(moment)) {
      throw new ParameterException(
          spec.commandLine(),
          "the start day " + day + " is after " + moment + "; nothing to read yet");
    }
    Figures figures = Analysis.analyze(events, Settings.of(moment).withStart(day));
    String who = name != null ? name : plan.map(Plan::name).orElse("");
    // The figures compare the baseline with the time since; the rules also see what counts from
    // any time (old threats, her "please stop", his last contact).
    Reading reading = Reading.of(who, figures, HistoryWindow.timeline(older, events));
    print(reading, day);
  }

  private static void prepare() {
    SignalDetector.standard();
    Playbook.load();
  }

  private void print(Reading reading, LocalDate day) {
    var out = spec.commandLine().getOut();
    if (json) {
      var root = JsonDoc.mapper().createObjectNode();
      reading.addTo(JsonDoc.mapper(), root);
      out.println(root.toPrettyString());
    } else {
      out.print(reading.text().stripLeading());
      out.println();
      out.println(HistoryWindow.note(day));
    }
    out.flush();
  }

  private ParameterException noStart() {
    return new ParameterException(
        spec.commandLine(),
        "no start day: give --start YYYY-MM-DD, or start a plan first (walkaway plan start)");
  }
}
