package app.walkaway.cli;

import app.walkaway.analysis.Settings;
import app.walkaway.service.AnalyzeFiles;
import app.walkaway.service.AnalyzeRequest;
import app.walkaway.service.AnalyzeVault;
import app.walkaway.service.ChatAnalysis;
import app.walkaway.service.Reading;
import app.walkaway.service.VaultFigures;
import app.walkaway.service.VaultSession;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code walkaway analyze}: reads exports, stores nothing, prints the figures. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Shows who starts conversations and how fast each of you answers, from chat exports.",
      "%nReads the export(s) of one chat and shows who starts conversations, how",
      "fast each of you answers, and what changed since the day you stepped back.",
      "Nothing is stored. Several exports of the same chat (say one with media,",
      "one without) are merged; messages they share are counted once.",
      "",
      "How it counts (only messages, media and calls between the two of you):",
      "- Conversation: starts after --gap hours of silence (default 6: about a",
      "  night's sleep or a working day apart, the next message opens a new",
      "  exchange instead of continuing one). A slow answer to a message that",
      "  opened a conversation or asked a question continues it instead.",
      "- Reply delay: from the other's first unanswered message to your next",
      "  message. Later than 48 hours counts as no reply.",
      "- Unanswered: a message with no reply within 48 hours. A message from the",
      "  last 48 hours is too recent to tell. The last word of a conversation",
      "  that asks nothing (\"ok\", \"night x\") waits for no answer.",
      "- Double-text: writing again while your previous message still waits for",
      "  an answer, at least an hour after it.",
      "- --start splits the figures into before (until that day's 00:00) and",
      "  since; --now closes the period, so silence up to now counts.",
      "- With --start, two more sections: the signals in his messages and",
      "  patterns in what he does (each citing file:line), and a read-out:",
      "  UNSAFE, MOVING_ON, CHASING, INDIFFERENT or TOO_EARLY, with its evidence.",
      ""
    },
    footer = {
      "",
      "Example:",
      "  walkaway analyze chat.txt --me Maya --start 2026-03-01",
      "  walkaway analyze --start 2026-03-01      (everything imported into your vault)",
    })
public final class AnalyzeCommand implements Runnable {
  static final String DEFAULT_GAP_HOURS = "6";
  private static final double MAX_GAP_HOURS = 24 * 30;

  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..*",
      paramLabel = "FILE",
      description = "Chat export(s) of one chat; without any, everything in your vault.")
  List<Path> files;

  @Mixin VaultOptions vault;
  @Mixin WhoOptions who;
  @Mixin PeriodOptions period;

  @Option(
      names = "--gap",
      paramLabel = "HOURS",
      defaultValue = DEFAULT_GAP_HOURS,
      description = "Hours of silence that end a conversation (default: ${DEFAULT-VALUE}).")
  double gapHours;

  @Option(names = "--json", description = "Print the figures as JSON (a stable format).")
  boolean json;

  @Override
  public void run() {
    LocalDateTime moment = period.nowOrClock();
    Optional<String> problem = problem(moment);
    if (problem.isPresent()) {
      throw new ParameterException(spec.commandLine(), problem.get());
    }
    Settings settings = settings(moment);
    PrintWriter out = spec.commandLine().getOut();
    if (files == null || files.isEmpty()) {
      VaultFigures figures;
      try (VaultSession opened = vault.open()) {
        figures = AnalyzeVault.run(opened, settings);
      }
      out.print(VaultAnalysis.render(figures, json));
      out.flush();
      return;
    }
    analyzeFiles(settings, out);
  }

  /**
   * Runs with arguments {@link QuickAnalyze} has read and found sound (files given, nothing for
   * picocli to say); problems with her files or names are told as picocli's run would tell them.
   * Empty when the options do not fit together (picocli's run then says why).
   */
  Optional<Integer> runQuickly(PrintWriter out, PrintWriter err) {
    LocalDateTime moment = period.nowOrClock();
    if (problem(moment).isPresent()) {
      return Optional.empty();
    }
    try {
      analyzeFiles(settings(moment), out);
      return Optional.of(0);
    } catch (Exception e) { // what picocli's run hands to the same handler
      return Optional.of(UserErrorHandler.report(e, err));
    }
  }

  private void analyzeFiles(Settings settings, PrintWriter printer) {
    ChatAnalysis found =
        AnalyzeFiles.run(new AnalyzeRequest(files, who.me(), who.them(), settings));
    Optional<Reading> reading = found.reading();
    String out =
        json
            ? AnalysisJson.render(
                    found.chat(),
                    found.people(),
                    found.cast(),
                    found.figures(),
                    root -> reading.ifPresent(r -> ReadingView.addTo(JsonDoc.mapper(), root, r)))
                + System.lineSeparator()
            : AnalysisText.render(found.chat(), found.cast(), found.figures())
                + reading.map(ReadingView::text).orElse("");
    printer.print(out);
    printer.flush();
  }

  /** What is wrong with the options taken together, if anything. */
  private Optional<String> problem(LocalDateTime moment) {
    if (!(gapHours > 0 && gapHours <= MAX_GAP_HOURS)) {
      return Optional.of(
          "--gap must be more than 0 and at most "
              + (int) MAX_GAP_HOURS
              + " hours (got "
              + gapHours
              + ")");
    }
    LocalDate start = period.start;
    if (start != null && start.atStartOfDay().isAfter(moment)) {
      return Optional.of(
          "--start "
              + start
              + " is after --now "
              + moment
              + "; there would be nothing since then to count");
    }
    return Optional.empty();
  }

  private Settings settings(LocalDateTime moment) {
    Duration gap = Duration.ofSeconds(Math.round(gapHours * 3600));
    return new Settings(gap, period.start(), moment);
  }
}
