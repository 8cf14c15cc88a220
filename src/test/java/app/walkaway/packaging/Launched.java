package app.walkaway.packaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A program the tests started and waited for: its exit status and everything it printed. */
record Launched(int exit, String output) {
  static final Duration LIMIT = Duration.ofSeconds(90);

  /** Runs {@code command} in {@code dir} with {@code env}; fails the test if it hangs. */
  static Launched run(Path dir, Map<String, String> env, List<String> command) {
    ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).directory(dir.toFile());
    builder.environment().clear();
    builder.environment().putAll(env);
    builder.redirectErrorStream(true);
    builder.redirectInput(ProcessBuilder.Redirect.PIPE);
    try {
      Path out = Files.createTempFile("launched", ".txt");
      builder.redirectOutput(out.toFile());
      Process process = builder.start();
      process.getOutputStream().close(); // nothing to read: never waits for her to type
      if (!process.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(command + " did not finish within " + LIMIT);
      }
      String output = Files.readString(out, StandardCharsets.UTF_8);
      Files.delete(out);
      return new Launched(process.exitValue(), output);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while running " + command, e);
    }
  }
}
