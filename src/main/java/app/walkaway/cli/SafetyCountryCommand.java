package app.walkaway.cli;

import app.walkaway.safety.help.CountryHelp;
import app.walkaway.service.HelpLines;
import app.walkaway.service.VaultSession;
import app.walkaway.text.SafetyWords;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code walkaway safety country CODE}: saves her country for the help numbers. */
@Command(
    name = "country",
    mixinStandardHelpOptions = true,
    description = "Saves your country, so Walkaway shows its emergency number and helplines.")
public final class SafetyCountryCommand implements Runnable {
  @Spec CommandSpec spec;
  @Mixin VaultOptions vault;

  @Parameters(index = "0", paramLabel = "CODE", description = "e.g. GB, US, CA, AU, IE, DE, FR.")
  String country;

  @Override
  public void run() {
    CountryHelp help;
    try (VaultSession opened = vault.open()) {
      help = HelpLines.saveCountry(opened, country);
    }
    spec.commandLine().getOut().println("Saved. " + SafetyWords.emergencyNow(Optional.of(help)));
  }
}
