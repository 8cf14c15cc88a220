package app.walkaway.cli;

import app.walkaway.method.Mode;
import app.walkaway.method.Playbook;
import app.walkaway.service.PlanRequest;
import app.walkaway.service.PlanStarted;
import app.walkaway.service.Plans;
import app.walkaway.service.VaultSession;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code walkaway plan start}: saves her plan in the vault and shows it. */
@Command(
    name = "start",
    mixinStandardHelpOptions = true,
    description = {
      "Starts (or replaces) your plan. Soft: you don't reach out first, and you may answer slowly",
      "and briefly. Strict: no contact at all, replies included, apart from your exceptions."
    },
    footer = {
      "",
      "Examples:",
      "  walkaway plan start --date 2026-03-01",
      "  walkaway plan start --date 2026-03-01 --mode strict --exception children --exception bills",
      "  walkaway plan start --date 2026-03-01 --tactic no-first-contact --tactic post-less"
    })
final class PlanStartCommand implements Runnable {
  @Spec CommandSpec spec;
  @Mixin VaultOptions vault;

  @Option(
      names = "--date",
      required = true,
      paramLabel = "DATE",
      converter = TimeOptions.Day.class,
      description = "First day, e.g. 2026-03-01.")
  LocalDate date;

  @Option(names = "--mode", paramLabel = "soft|strict", description = "How strict (default: soft).")
  Mode mode = Mode.SOFT;

  @Option(
      names = "--tactic",
      paramLabel = "ID",
      description = "A tactic to follow (repeat for more; default: the core ones).")
  List<String> tactics = new ArrayList<>();

  @Option(
      names = "--exception",
      paramLabel = "TAG",
      description =
          "Contact that never counts as a slip: children, bills, safety, work, or your own word.")
  List<String> exceptions = new ArrayList<>();

  @Option(
      names = "--situation",
      paramLabel = "ID",
      description =
          "What brings you here, e.g. after-breakup, distant, always-initiate; picks exit-message drafts.")
  String situation;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      description = "The name or alias Walkaway uses for him (default: them).")
  String name = "";

  @Override
  public void run() {
    Playbook playbook = Playbook.load();
    PrintWriter out = spec.commandLine().getOut();
    PlanStarted started;
    try (VaultSession opened = vault.open()) {
      started =
          Plans.start(
              opened,
              new PlanRequest(
                  date, mode, tactics, exceptions, Optional.ofNullable(situation), name));
    }
    if (!started.readinessDone()) {
      out.println(
          "(You have not done the readiness check; it takes two minutes: walkaway readiness)");
    }
    out.println("Your plan is saved.");
    out.println();
    PlanView.print(out, started.plan(), playbook);
    out.println();
    out.println("Log a slip with: walkaway log slip   An urge: walkaway log urge --text \"...\"");
    out.println("See where you stand each day with: walkaway today");
  }
}
