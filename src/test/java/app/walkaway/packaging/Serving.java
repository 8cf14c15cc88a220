package app.walkaway.packaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The app started the way she opens it, still running: where it serves, and how it ends. */
final class Serving implements AutoCloseable {
  private static final Pattern OPEN = Pattern.compile(" is open at (http://127\\.0\\.0\\.1:\\d+/)");

  private final Process process;
  private final Path output;
  private final List<String> command;

  private Serving(Process process, Path output, List<String> command) {
    this.process = process;
    this.output = output;
    this.command = command;
  }

  /** Starts {@code command} in {@code dir} with exactly {@code env}, its output kept in a file. */
  static Serving start(Path dir, Map<String, String> env, List<String> command) {
    ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).directory(dir.toFile());
    builder.environment().clear();
    builder.environment().putAll(env);
    builder.redirectErrorStream(true);
    try {
      Path out = Files.createTempFile(dir, "serving", ".txt");
      builder.redirectOutput(out.toFile());
      Process process = builder.start();
      process.getOutputStream().close();
      return new Serving(process, out, command);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + command, e);
    }
  }

  /** The address it printed, waiting for it as long as {@code limit}; fails if it never comes. */
  URI address(Duration limit) throws InterruptedException {
    Instant end = Instant.now().plus(limit);
    while (Instant.now().isBefore(end)) {
      Matcher open = OPEN.matcher(output());
      if (open.find()) {
        return URI.create(open.group(1));
      }
      if (!process.isAlive()) {
        throw new AssertionError(command + " stopped before serving: " + output());
      }
      Thread.sleep(100);
    }
    throw new AssertionError(command + " printed no address within " + limit + ": " + output());
  }

  /** Everything printed so far. */
  String output() {
    try {
      return Files.readString(output, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Its exit status once it ends by itself within {@code limit}; fails the test otherwise. */
  int exitWithin(Duration limit) throws InterruptedException {
    if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError(command + " still running after " + limit + ": " + output());
    }
    return process.exitValue();
  }

  /** Asks it to stop as the system does at logout (SIGTERM). */
  void terminate() {
    process.destroy();
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
