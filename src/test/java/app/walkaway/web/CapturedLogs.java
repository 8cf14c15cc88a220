package app.walkaway.web;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * Everything the app and its server write while a test runs: every log event (the app's own at
 * every level, the web server's from INFO up, whatever the configuration says) with its arguments
 * and exceptions, and all of standard output and error. Closing puts everything back.
 */
final class CapturedLogs implements AutoCloseable {
  private static final Map<String, Level> LEVELS =
      Map.of(
          "ROOT", Level.INFO,
          "app.walkaway", Level.ALL,
          "io.javalin", Level.INFO,
          "org.eclipse.jetty", Level.INFO);

  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final Map<String, Level> before = new java.util.HashMap<>();
  private final ByteArrayOutputStream console = new ByteArrayOutputStream();
  private final PrintStream out = System.out;
  private final PrintStream err = System.err;

  private CapturedLogs() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    appender.setContext(context);
    appender.start();
    LEVELS.forEach(
        (name, level) -> {
          Logger logger = context.getLogger(name);
          before.put(name, logger.getLevel());
          logger.setLevel(level);
        });
    context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(appender);
    System.setOut(new PrintStream(tee(out), true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(tee(err), true, StandardCharsets.UTF_8));
  }

  static CapturedLogs start() {
    return new CapturedLogs();
  }

  private OutputStream tee(PrintStream original) {
    return new OutputStream() {
      @Override
      public void write(int b) {
        synchronized (console) {
          console.write(b);
        }
        original.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) {
        synchronized (console) {
          console.write(b, off, len);
        }
        original.write(b, off, len);
      }
    };
  }

  /** Every line written: log events whole (message, arguments, exceptions) and the console. */
  List<String> lines() {
    List<String> lines = new ArrayList<>();
    for (ILoggingEvent event : List.copyOf(appender.list)) {
      lines.add(event.getLoggerName() + " " + event.getFormattedMessage());
      for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
        lines.add(t.getClassName() + ": " + t.getMessage());
      }
    }
    synchronized (console) {
      lines.addAll(List.of(console.toString(StandardCharsets.UTF_8).split("\n")));
    }
    return lines;
  }

  @Override
  public void close() {
    System.setOut(out);
    System.setErr(err);
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(appender);
    before.forEach((name, level) -> context.getLogger(name).setLevel(level));
    appender.stop();
  }
}
