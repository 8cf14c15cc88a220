package app.walkaway.packaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Folders as wholes: delete one, copy one, measure one. */
final class Trees {
  private Trees() {}

  static void delete(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(root + ": cannot delete", e);
    }
  }

  /** Bytes in the regular files under {@code root} (the figure "du --apparent-size" gives). */
  static long size(Path root) {
    try (Stream<Path> all = Files.walk(root)) {
      return all.filter(Files::isRegularFile).mapToLong(Trees::sizeOf).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(root + ": cannot measure", e);
    }
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot measure", e);
    }
  }

  /** "61.2 MB", in megabytes of 10^6 bytes as file managers show them. */
  static String megabytes(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6);
  }
}
