package app.walkaway.bench;

import app.walkaway.service.ImportFiles;
import app.walkaway.service.ImportListener;
import app.walkaway.service.ImportRequest;
import app.walkaway.service.ImportSummary;
import app.walkaway.service.SessionSettings;
import app.walkaway.service.VaultPlace;
import app.walkaway.service.VaultSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Times an import into a fresh encrypted vault through the service's import use case, the one the
 * Import page runs, with the progress it reports: {@code ImportTimer EXPORT ME}. Prints each tenth
 * of the progress as it comes (seconds since the start), then the whole. The vault is made in a
 * temporary folder (its key derivation is not timed) and deleted afterwards.
 */
public final class ImportTimer {
  private ImportTimer() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: ImportTimer EXPORT ME");
      System.exit(2);
    }
    Path export = Path.of(args[0]);
    Path home = Files.createTempDirectory("walkaway-bench-import-");
    try (VaultSession session =
        VaultSession.create(
            VaultPlace.in(home),
            "bench-only passphrase, not a secret".toCharArray(),
            SessionSettings.oneCommand())) {
      Progress progress = new Progress(System.nanoTime());
      ImportSummary summary =
          ImportFiles.run(
              session,
              new ImportRequest(List.of(export), Optional.of(args[1]), Optional.empty()),
              progress);
      System.out.printf(
          "import: %,d added in %.2f s (reading the file %.2f s, storing %.2f s)%n",
          summary.added(),
          progress.seconds(),
          progress.readSeconds,
          progress.seconds() - progress.readSeconds);
    } finally {
      try (Stream<Path> files = Files.walk(home)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  /** Prints the storing progress each tenth of the way, as a progress bar would move. */
  private static final class Progress implements ImportListener {
    private final long start;
    private int tenths = -1;
    double readSeconds;

    Progress(long start) {
      this.start = start;
    }

    double seconds() {
      return (System.nanoTime() - start) / 1e9;
    }

    @Override
    public void reading(Path file, int index, int count) {
      System.out.printf("  %6.2f s  reading %s (%d of %d)%n", seconds(), file, index + 1, count);
    }

    @Override
    public void storing(long done, long total) {
      if (tenths < 0) {
        readSeconds = seconds();
      }
      int now = total == 0 ? 10 : (int) (done * 10 / total);
      if (now > tenths) {
        tenths = now;
        System.out.printf("  %6.2f s  stored %,d of %,d%n", seconds(), done, total);
      }
    }
  }
}
