package app.walkaway.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code walkaway evidence}: her evidence journal. */
@Command(
    name = "evidence",
    mixinStandardHelpOptions = true,
    description = {
      "Your evidence journal: what happened, when, in your words, with photos and screenshots.",
      "%nEntries are sealed when they are written and never change: a correction is a new entry"
          + " that points to the old one. walkaway evidence verify shows that nothing was changed,"
          + " and walkaway report --out FILE.pdf makes a report to give the police or a lawyer."
    },
    subcommands = {
      EvidenceAddCommand.class,
      EvidenceAttachCommand.class,
      EvidenceListCommand.class,
      EvidenceVerifyCommand.class
    },
    footer = {
      "",
      "Examples:",
      "  walkaway evidence add --at \"2026-12-05 23:40\" --kind violence --place \"my flat\"",
      "  walkaway evidence attach --to 3 door.jpg",
      "  walkaway evidence list",
      "  walkaway evidence verify"
    })
public final class EvidenceCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(),
        "Name what you want: add, attach, list or verify (see walkaway evidence -h)");
  }
}
