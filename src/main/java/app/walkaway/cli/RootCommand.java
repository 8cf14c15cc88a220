package app.walkaway.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code walkaway}: lists the commands. */
@Command(
    name = "walkaway",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "A private companion for stepping back from someone and reading his response honestly.",
      "Everything stays on this computer."
    },
    subcommands = {
      HelpCommand.class,
      AnalyzeCommand.class,
      InitCommand.class,
      ImportCommand.class,
      LogCommand.class,
      MarkCommand.class,
      ExportCommand.class,
      BackupCommand.class,
      RestoreCommand.class,
      PassphraseCommand.class,
      WipeCommand.class,
      SignalsCommand.class,
      ReadoutCommand.class,
      ReadinessCommand.class,
      PlanCommand.class,
      TodayCommand.class,
      SafetyCommand.class,
      EvidenceCommand.class,
      ReportCommand.class,
      ServeCommand.class
    })
public final class RootCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Name a command, for example: walkaway help");
  }
}
