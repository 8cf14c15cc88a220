package app.walkaway.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code walkaway safety}: the risk screen, whom to call, and her country. */
@Command(
    name = "safety",
    mixinStandardHelpOptions = true,
    description = {
      "Your safety first: a few questions about him, and whom to call in your country.",
      "%nIf you are in danger right now, call your local emergency number."
    },
    subcommands = {SafetyScreenCommand.class, SafetyHelpCommand.class, SafetyCountryCommand.class},
    footer = {
      "",
      "Examples:",
      "  walkaway safety screen",
      "  walkaway safety help --country GB",
      "  walkaway safety country IE"
    })
public final class SafetyCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "Name what you want: screen, help or country (see walkaway safety -h)");
  }
}
