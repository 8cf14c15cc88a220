package app.walkaway.importer.fuzz;

import app.walkaway.importer.ChatImporter;
import app.walkaway.importer.ImportException;
import app.walkaway.importer.ImportOptions;
import app.walkaway.importer.ImportReport;
import app.walkaway.importer.Peek;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Feeds fuzzer bytes to one importer through a real file, as a user's file would arrive. The
 * invariant: entries or an {@link ImportException}; anything else propagates and is a finding.
 */
final class FuzzRun {
  private static final ImportOptions OPTIONS =
      new ImportOptions(ZoneId.of("Europe/London"), Optional.of("Tomas Berg"), 1 << 20);
  private static final Path FILE;
  private static final long LIMIT_SECONDS = 10;
  private static final ExecutorService WORKER =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "fuzz-import");
            t.setDaemon(true);
            return t;
          });

  static {
    try {
      Path dir = Files.createTempDirectory("walkaway-fuzz");
      dir.toFile().deleteOnExit();
      FILE = dir.resolve("input");
      FILE.toFile().deleteOnExit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private FuzzRun() {}

  /**
   * Reads the bytes as a file; returns the report, or null when the importer rejected them. A read
   * that takes longer than {@link #LIMIT_SECONDS} is a hang and fails the run (JUnit's @Timeout
   * would instead cut the whole fuzzing session short).
   */
  static ImportReport read(ChatImporter importer, byte[] data) {
    try {
      Files.write(FILE, data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Future<ImportReport> run = WORKER.submit(() -> readFile(importer));
    try {
      return run.get(LIMIT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new IllegalStateException("no answer after " + LIMIT_SECONDS + "s: a hang", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static ImportReport readFile(ChatImporter importer) {
    try {
      long[] entries = {0};
      ImportReport report = importer.read(Peek.of(FILE), OPTIONS, entry -> entries[0]++);
      if (report.entries() != entries[0]) {
        throw new IllegalStateException(
            "report says " + report.entries() + " entries, " + entries[0] + " were handed on");
      }
      return report;
    } catch (ImportException expected) {
      if (expected.getMessage() == null || expected.getMessage().isBlank()) {
        throw new IllegalStateException("an ImportException must say what is wrong", expected);
      }
      return null;
    }
  }
}
