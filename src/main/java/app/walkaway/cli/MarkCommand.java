package app.walkaway.cli;

import app.walkaway.event.Mark;
import app.walkaway.event.SourceRef;
import app.walkaway.service.Marks;
import app.walkaway.service.ServiceException;
import app.walkaway.service.TypedTime;
import app.walkaway.service.VaultSession;
import app.walkaway.text.MarkWords;
import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code walkaway mark FILE:LINE red-flag|warm|none|off}: her own reading of one of his messages,
 * which the read-out honours over the word rules. Without arguments it lists her marks.
 */
@Command(
    name = "mark",
    mixinStandardHelpOptions = true,
    description = {
      "Marks one of his messages as you read it: a red flag, warm, or not a signal.",
      "%nYour mark wins over Walkaway's rules: a message you mark as a red flag is a warning sign"
          + " whatever its words, and \"none\" sets aside what its words seemed to say. The"
          + " read-out lists your marks as \"marked by you\".",
      "%nFILE:LINE is where the read-out says the message is (e.g. chat.txt:212). MARK is one of:"
          + " red-flag, warm, none (not a signal), off (take your mark away).",
      "%nWithout FILE:LINE, lists the messages you marked."
    },
    footer = {
      "",
      "Examples:",
      "  walkaway mark chat.txt:212 red-flag",
      "  walkaway mark chat.txt:40 none",
      "  walkaway mark chat.txt:212 off",
      "  walkaway mark"
    })
public final class MarkCommand implements Runnable {
  @Spec CommandSpec spec;
  @Mixin VaultOptions vault;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE:LINE",
      description = "Where the message is, as the read-out shows it.")
  String where;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "MARK",
      description = "red-flag, warm, none or off.")
  String label;

  @Option(
      names = "--at",
      paramLabel = "DATE-TIME",
      description = "When it was sent, if one line holds more than one of his messages.")
  String at;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    if (where == null) {
      try (VaultSession opened = vault.open()) {
        list(out, Marks.all(opened));
      }
      out.flush();
      return;
    }
    SourceRef place = place(where);
    Optional<Mark> mark = mark(label);
    Optional<LocalDateTime> when = Optional.ofNullable(at).map(this::when);
    Marks.MarkedMessage done;
    try (VaultSession opened = vault.open()) {
      done = Marks.mark(opened, place, when, mark, LocalNow.toTheSecond());
    } catch (ServiceException e) {
      if (e.problem() == ServiceException.Problem.BAD_INPUT) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
      throw e;
    }
    out.println(MarkWords.done(done.event(), done.mark()));
    out.println(MarkWords.effect(done.mark()));
    out.flush();
  }

  private static void list(PrintWriter out, List<Marks.MarkedMessage> marks) {
    if (marks.isEmpty()) {
      out.println("You have not marked any of his messages yet.");
      return;
    }
    out.println("Marked by you:");
    for (Marks.MarkedMessage m : marks) {
      out.println("  " + MarkWords.what(m.mark().orElseThrow()) + ": " + MarkWords.line(m.event()));
    }
  }

  private SourceRef place(String typed) {
    int colon = typed.lastIndexOf(':');
    String line = colon < 0 ? "" : typed.substring(colon + 1).strip();
    if (colon <= 0 || !line.matches("[0-9]{1,12}") || Long.parseLong(line) == 0) {
      throw new ParameterException(
          spec.commandLine(),
          "'"
              + typed
              + "' is not a file and line: expected them as the read-out shows them, e.g."
              + " chat.txt:212");
    }
    return SourceRef.of(typed.substring(0, colon), Long.parseLong(line));
  }

  private Optional<Mark> mark(String typed) {
    if (typed == null) {
      throw new ParameterException(
          spec.commandLine(),
          "say how you read it after " + where + ": red-flag, warm, none or off");
    }
    if (typed.strip().toLowerCase(Locale.ROOT).equals("off")) {
      return Optional.empty();
    }
    return Optional.of(
        Mark.fromLabel(typed)
            .orElseThrow(
                () ->
                    new ParameterException(
                        spec.commandLine(),
                        "unknown MARK '" + typed + "'. Use one of: red-flag, warm, none, off")));
  }

  private LocalDateTime when(String typed) {
    try {
      return TypedTime.moment(typed);
    } catch (ServiceException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
