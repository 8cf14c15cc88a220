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
}
