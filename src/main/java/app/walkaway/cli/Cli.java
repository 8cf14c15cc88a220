package app.walkaway.cli;

import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine;

/** Builds the command line and runs it with Walkaway's error handling. */
public final class Cli {
  private Cli() {}

  /** Runs with the process's standard streams; returns the exit code. */
  public static int run(String... args) {
    PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
    return run(out, err, args);
  }

  /**
   * Runs with the given streams (tests capture them); returns the exit code. Everything printed
   * passes a {@link TerminalFilter}: names and messages come from files anyone can write.
   */
  public static int run(PrintWriter rawOut, PrintWriter rawErr, String... args) {
    PrintWriter out = TerminalFilter.wrap(rawOut);
    PrintWriter err = TerminalFilter.wrap(rawErr);
    try {
      Optional<Integer> quick = QuickAnalyze.run(args, out, err);
      if (quick.isPresent()) {
        out.flush();
        err.flush();
        return quick.get();
      }
      return runWithPicocli(out, err, args);
    } catch (VirtualMachineError e) { // picocli lets Errors through
      out.flush();
      int code = UserErrorHandler.report(e, err);
      err.flush();
      return code;
    }
  }

  /** Runs through picocli whatever the arguments (tests compare it with the quick path). */
  static int runWithPicocli(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = configured(LeanRoot.forArgs(args));
    cli.setOut(out);
    cli.setErr(err);
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** The command tree, configured the same way for the process and for tests. */
  public static CommandLine commandLine() {
    return configured(new CommandLine(new RootCommand()));
  }

  private static CommandLine configured(CommandLine cli) {
    cli.setExecutionExceptionHandler(new UserErrorHandler());
    cli.setParameterExceptionHandler(new ShortParameterErrors());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setUsageHelpAutoWidth(true);
    // Help in plain text: its bold and colours are escape sequences, which TerminalFilter would
    // show as text rather than let through.
    cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    return cli;
  }
}
