package app.walkaway.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code walkaway analyze FILE... [options]} read without picocli, when its arguments are plainly
 * well-formed. Picocli reads a command's annotations by reflection and makes a proxy class for each
 * annotation type before it parses anything: about 50 ms of every analyze run, measured (JDK 17,
 * class-data archive on), a tenth of a whole run on a million messages. This reader takes only what
 * it is sure picocli would read the same way: the command's own options as {@code --name value} or
 * a bare {@code --json}, each at most once, and files that look like neither an option nor an
 * {@code @argument-file}. Anything else (help, a typo, {@code --me=Maya}, a date that does not
 * parse, a value that looks like an option, no file at all) goes to picocli as before, so every
 * message about a mistake is picocli's and the help stays where it was.
 */
final class QuickAnalyze {
  /** The options read here: each is also one of picocli's for analyze (a test holds to that). */
  static final Set<String> OPTIONS =
      Set.of("--me", "--them", "--start", "--now", "--gap", "--json");

  private QuickAnalyze() {}

  /** Runs analyze if these arguments are plain enough; empty when picocli should take them. */
  static Optional<Integer> run(String[] args, PrintWriter out, PrintWriter err) {
    return read(args).flatMap(command -> command.runQuickly(out, err));
  }

  /** The command these arguments give, or empty when picocli should read them. */
  static Optional<AnalyzeCommand> read(String[] args) {
    if (args.length < 2 || !args[0].equals("analyze")) {
      return Optional.empty();
    }
    AnalyzeCommand command = new AnalyzeCommand();
    command.files = new ArrayList<>();
    command.vault = new VaultOptions();
    command.who = new WhoOptions();
    command.period = new PeriodOptions();
    command.gapHours = Double.parseDouble(AnalyzeCommand.DEFAULT_GAP_HOURS);
    Set<String> seen = new HashSet<>();
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("-")) {
        if (!file(arg, command.files)) {
          return Optional.empty();
        }
      } else if (!OPTIONS.contains(arg) || !seen.add(arg)) {
        return Optional.empty(); // not one of these, or given twice: picocli says what it is
      } else if (arg.equals("--json")) {
        command.json = true;
      } else if (i + 1 < args.length && plain(args[i + 1]) && option(command, arg, args[i + 1])) {
        i++;
      } else {
        return Optional.empty();
      }
    }
    return command.files.isEmpty() ? Optional.empty() : Optional.of(command);
  }

  /** Sets option {@code name} to {@code value}; false when it is not one of these or is unread. */
  private static boolean option(AnalyzeCommand command, String name, String value) {
    try {
      switch (name) {
        case "--me" -> command.who.me = value;
        case "--them" -> command.who.them = value;
        case "--start" -> command.period.start = new TimeOptions.Day().convert(value);
        case "--now" -> command.period.now = new TimeOptions.Moment().convert(value);
        case "--gap" -> command.gapHours = Double.parseDouble(value);
        default -> {
          return false;
        }
      }
      return true;
    } catch (RuntimeException e) { // picocli says what did not read, in its own words
      return false;
    }
  }

  private static boolean file(String arg, List<Path> files) {
    if (!plain(arg)) {
      return false;
    }
    try {
      files.add(Path.of(arg));
      return true;
    } catch (InvalidPathException e) {
      return false;
    }
  }

  /** Not empty, not option-like, not an argument file picocli would expand. */
  private static boolean plain(String arg) {
    return !arg.isEmpty() && !arg.startsWith("-") && !arg.startsWith("@");
  }
}
