package app.walkaway.cli;

import app.walkaway.safety.help.CountryHelp;
import app.walkaway.safety.help.HelpLine;
import app.walkaway.safety.help.Source;
import app.walkaway.service.HelpLines;
import app.walkaway.service.VaultSession;
import app.walkaway.text.SafetyWords;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code walkaway safety help}: her country's emergency number and helplines. */
@Command(
    name = "help",
    mixinStandardHelpOptions = true,
    description = {
      "Shows the emergency number and the helplines in your country.",
      "%nEach number was confirmed on an official page; --sources shows which, and when."
    })
public final class SafetyHelpCommand implements Runnable {
  @Spec CommandSpec spec;
  @Mixin VaultOptions vault;

  @Option(
      names = "--country",
      paramLabel = "CODE",
      description = "Your country, e.g. GB, US, IE (default: the one you saved).")
  String country;

  @Option(names = "--sources", description = "Show the official page behind each number.")
  boolean sources;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    Optional<CountryHelp> help = HelpLines.find(Optional.ofNullable(country), saved());
    out.println(SafetyWords.emergencyNow(help));
    out.println();
    if (help.isEmpty()) {
      Wrap.print(out, "", "", SafetyWords.helpLines(help).get(0));
      out.println(
          "Choose one with: walkaway safety help --country GB (or save it: walkaway safety"
              + " country GB)");
      return;
    }
    print(out, help.get());
  }

  private void print(PrintWriter out, CountryHelp help) {
    for (HelpLine line : help.emergency()) {
      printLine(out, line);
    }
    for (HelpLine line : help.support()) {
      printLine(out, line);
    }
  }

  private void printLine(PrintWriter out, HelpLine line) {
    Wrap.print(out, "  ", "    ", SafetyWords.line(line));
    if (sources) {
      for (Source source : line.sources()) {
        Wrap.print(
            out, "    from ", "      ", source.url() + " (checked " + source.checked() + ")");
      }
    }
  }

  /** The saved country, when there is a vault; never asks for a passphrase otherwise. */
  private Optional<String> saved() {
    if (country != null || !Files.isRegularFile(vault.file())) {
      return Optional.empty();
    }
    try (VaultSession opened = vault.open()) {
      return HelpLines.savedCountry(opened);
    }
  }
}
