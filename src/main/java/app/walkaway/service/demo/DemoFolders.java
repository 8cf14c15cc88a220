package app.walkaway.service.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The demo's temporary folders: {@code walkaway-demo-*} in the system's temporary folder, each with
 * a note of the process that owns it. A run deletes its own folder when it stops; a run that was
 * killed cannot, so every start deletes the folders whose owner is gone.
 */
final class DemoFolders {
  static final String PREFIX = "walkaway-demo-";
  static final String OWNER = "owner";

  /** A folder without its owner note is one being made right now, unless it is older than this. */
  private static final Duration BEING_MADE = Duration.ofMinutes(1);

  private DemoFolders() {}

  /** A new folder in {@code root}, readable by this user only, noting this process as its owner. */
  static Path create(Path root) {
    try {
      Path folder = Files.createTempDirectory(root, PREFIX, ownerOnly());
      Files.writeString(
          folder.resolve(OWNER), owner(ProcessHandle.current()), StandardCharsets.UTF_8);
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(
          root + ": cannot make a temporary folder for the demo: " + e.getMessage(), e);
    }
  }

  /** Deletes the demo folders in {@code root} whose process is gone; returns how many. */
  static int sweep(Path root, Instant now) {
    int deleted = 0;
    try (DirectoryStream<Path> folders = Files.newDirectoryStream(root, PREFIX + "*")) {
      for (Path folder : folders) {
        if (Files.isDirectory(folder) && abandoned(folder, now)) {
          delete(folder);
          deleted++;
        }
      }
    } catch (IOException | UncheckedIOException e) {
      // A folder that cannot be listed or deleted now is tried again at the next start; the demo
      // about to start does not depend on it.
    }
    return deleted;
  }

  /** Deletes {@code folder} and everything in it; nothing happens if it is already gone. */
  static void delete(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(folder + ": cannot delete the demo: " + e.getMessage(), e);
    }
  }

  /** "pid start-instant", or "pid -" where the system does not say when a process started. */
  static String owner(ProcessHandle process) {
    return process.pid() + " " + process.info().startInstant().map(Instant::toString).orElse("-");
  }

  private static boolean abandoned(Path folder, Instant now) throws IOException {
    Path note = folder.resolve(OWNER);
    if (!Files.exists(note)) {
      FileTime modified = Files.getLastModifiedTime(folder);
      return modified.toInstant().plus(BEING_MADE).isBefore(now);
    }
    List<String> parts = List.of(Files.readString(note, StandardCharsets.UTF_8).strip().split(" "));
    return !alive(parts);
  }

  /** The process named by the note still runs, and is the same one (not a reused pid). */
  private static boolean alive(List<String> note) {
    Optional<ProcessHandle> process;
    try {
      process = ProcessHandle.of(Long.parseLong(note.get(0)));
    } catch (NumberFormatException e) {
      return false;
    }
    return process
        .filter(ProcessHandle::isAlive)
        .map(DemoFolders::owner)
        .map(o -> sameOwner(o, note))
        .orElse(false);
  }

  private static boolean sameOwner(String running, List<String> note) {
    return String.join(" ", note).equals(running) || note.size() < 2 || note.get(1).equals("-");
  }

  private static FileAttribute<?>[] ownerOnly() {
    if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return new FileAttribute<?>[0];
    }
    return new FileAttribute<?>[] {
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))
    };
  }
}
