package app.walkaway.cli;

import app.walkaway.method.Plan;
import app.walkaway.method.Playbook;
import app.walkaway.service.Plans;
import app.walkaway.service.VaultSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code walkaway plan show}: the saved plan with its tactics, exceptions and exit drafts. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "Shows your plan, what each tactic means in your mode, and exit-message drafts.")
final class PlanShowCommand implements Runnable {
  @Spec CommandSpec spec;
  @Mixin VaultOptions vault;

  @Override
  public void run() {
    Plan plan;
    try (VaultSession opened = vault.open()) {
      plan = Plans.require(opened);
    }
    PlanView.print(spec.commandLine().getOut(), plan, Playbook.load());
  }
}
