package app.walkaway.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code walkaway plan}: start or show her plan. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    description = {
      "Starts or shows your walk-away plan.",
      "%nYour walk-away plan: from when, how strict, what you will do, and which contact never"
          + " counts as a slip (children, shared bills, safety, work)."
    },
    subcommands = {PlanStartCommand.class, PlanShowCommand.class})
public final class PlanCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(),
        "Name what to do with the plan: walkaway plan start or walkaway plan show");
  }
}
