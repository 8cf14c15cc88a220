package app.walkaway.cli;

import app.walkaway.event.WalkawayException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns problems into plain messages. A user's mistake or file never shows a stack trace; only a
 * bug in Walkaway itself does, with a line asking to report it.
 */
final class UserErrorHandler implements IExecutionExceptionHandler {
  static final int USER_ERROR = 1;
  static final int INTERNAL_ERROR = 70;

  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
    return report(e, cli.getErr());
  }

  /** Tells {@code err} about a problem that stopped a command; returns the exit code. */
  static int report(Exception e, PrintWriter err) {
    if (e instanceof WalkawayException known) {
      err.println("walkaway: " + ProblemWords.of(known));
      return USER_ERROR;
    }
    if (e instanceof UncheckedIOException io) {
      err.println("walkaway: " + io.getCause().getMessage());
      return USER_ERROR;
    }
    err.println("walkaway: an internal error; this is a bug in Walkaway, not your data.");
    e.printStackTrace(err);
    return INTERNAL_ERROR;
  }

  /**
   * Tells {@code err} that the Java machine itself gave out (no memory left, a stack too deep):
   * plainly, without a trace, because it is neither her mistake nor, as a rule, a bug. Reading a
   * file says which file ({@link app.walkaway.importer.Importers#read}); this is for the rest.
   */
  static int report(VirtualMachineError e, PrintWriter err) {
    if (e instanceof OutOfMemoryError) {
      long most = Runtime.getRuntime().maxMemory();
      String limit =
          most == Long.MAX_VALUE
              ? ""
              : " (it may use up to "
                  + app.walkaway.importer.Sizes.bytes(most)
                  + " on this computer)";
      err.println(
          "walkaway: ran out of memory before finishing"
              + limit
              + ", so the command stopped. A very large or damaged file is the likely cause.");
    } else if (e instanceof StackOverflowError) {
      err.println(
          "walkaway: stopped: something it read is nested too deeply to follow (a damaged or"
              + " unsafe file).");
    } else {
      err.println("walkaway: the Java runtime failed before finishing, so the command stopped.");
    }
    return USER_ERROR;
  }
}
