package app.walkaway.cli;

import app.walkaway.safety.help.CountryHelp;
import app.walkaway.safety.screen.Question;
import app.walkaway.safety.screen.ScreenAnswers;
import app.walkaway.service.HelpLines;
import app.walkaway.service.RedFlagMessages;
import app.walkaway.service.SafetyScreening;
import app.walkaway.service.VaultSession;
import app.walkaway.text.SafetyWords;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code walkaway safety screen}: the risk screen. Asks on the terminal (or reads one answer per
 * line from standard input), says what the answers mean and whom to call, and keeps the answers and
 * the result, dated, in the vault when there is one.
 */
@Command(
    name = "screen",
    mixinStandardHelpOptions = true,
    description = {
      "Asks a few questions about him and your safety, and tells you whom to call.",
      "%nThere is no score. One answer can be enough to say: talk to a specialist now."
    })
public final class SafetyScreenCommand implements Runnable {
  @Spec CommandSpec spec;
  @Mixin VaultOptions vault;

  @Option(
      names = "--country",
      paramLabel = "CODE",
      description = "Your country for the numbers, e.g. GB (default: the one you saved).")
  String country;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    boolean hasVault = Files.isRegularFile(vault.file());
    try (VaultSession opened = hasVault ? vault.open() : null) {
      Optional<String> saved = hasVault ? HelpLines.savedCountry(opened) : Optional.empty();
      Optional<CountryHelp> help = HelpLines.find(Optional.ofNullable(country), saved);
      // His red-flag messages suggest answers; each is asked all the same, and she confirms it.
      Map<Question, Set<String>> suggested =
          hasVault
              ? SafetyScreening.prefill(
                  RedFlagMessages.kinds(RedFlagMessages.find(opened, LocalNow.toTheSecond())))
              : Map.of();
      ScreenAnswers answers = new ScreenInterview(new BoundedLines(System.in), out).ask(suggested);
      SafetyWords.Message message =
          SafetyWords.result(
              hasVault
                  ? SafetyScreening.screen(opened, answers, LocalNow.toTheSecond()).result()
                  : SafetyScreening.assess(answers),
              help);
      print(out, message);
      out.println();
      out.println(
          hasVault
              ? "Your answers are kept in your vault with today's date."
              : "(Not kept: there is no vault yet. Create one with: walkaway init)");
    }
  }

  static void print(PrintWriter out, SafetyWords.Message message) {
    out.println();
    Wrap.print(out, "", "", message.headline());
    message.lead().forEach(line -> Wrap.print(out, "", "", line));
    section(out, "Because you said:", message.because());
    section(
        out,
        "You were not sure whether (an advocate can help you think these through):",
        message.unsure());
    section(out, "Whom to call:", message.help());
    section(out, "Keeping safe:", message.plan());
    out.println();
    message.cautions().forEach(line -> Wrap.print(out, "", "", line));
  }

  private static void section(PrintWriter out, String title, List<String> lines) {
    if (lines.isEmpty()) {
      return;
    }
    out.println();
    out.println(title);
    lines.forEach(line -> Wrap.print(out, "  - ", "    ", line));
  }
}
