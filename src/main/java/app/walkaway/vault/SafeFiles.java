package app.walkaway.vault;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files that appear whole or not at all: written under a hidden temporary name in the target's own
 * folder (0600 from the start), forced to the disk, then renamed onto the name she chose. A write
 * cut short by a full disk or a kill leaves at most the hidden partial file, never a truncated file
 * under her name; a failure the program sees removes the partial file too.
 */
final class SafeFiles {
  private SafeFiles() {}

  /**
   * Creates the empty, private temporary file that will become {@code target}, first overwriting
   * and removing any left by an earlier write to the same name that was killed (an export's holds
   * her words in the clear).
   */
  static Path createPartial(Path target) {
    Path folder = target.toAbsolutePath().getParent();
    removeLeftovers(folder, "." + target.getFileName() + ".");
    try {
      FileAttribute<?>[] attrs =
          VaultFiles.posix()
              ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(VaultFiles.FILE)}
              : new FileAttribute<?>[0];
      return Files.createTempFile(folder, "." + target.getFileName() + ".", ".partial", attrs);
    } catch (IOException e) {
      throw new VaultException(
          folder + ": cannot create a file in this folder (" + e.getMessage() + ")", e);
    }
  }

  private static void removeLeftovers(Path folder, String prefix) {
    // A filter, not a glob: her file name may hold *, ? or brackets.
    DirectoryStream.Filter<Path> ours =
        p -> {
          String name = p.getFileName().toString();
          // The partial file, and the lock or journal of one that was being opened (a restore).
          return name.startsWith(prefix)
              && (name.endsWith(".partial") || name.matches(".*\\.partial-(lock|journal)"));
        };
    try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, ours)) {
      for (Path leftover : leftovers) {
        if (Files.isRegularFile(leftover, LinkOption.NOFOLLOW_LINKS)) {
          VaultFiles.wipe(leftover);
        }
      }
    } catch (IOException e) {
      // Unreadable folder: creating the new partial file will say so.
    }
  }

  /**
   * Forces {@code partial} to the disk and renames it to {@code target}, which must not exist. The
   * folder is forced too, so the new name survives a power cut.
   */
  static void commit(Path partial, Path target) throws IOException {
    try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
    if (Files.exists(target)) {
      throw new FileAlreadyExistsException(target.toString(), null, "appeared meanwhile");
    }
    try {
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(partial, target);
    }
    forceFolder(target.toAbsolutePath().getParent());
  }

  private static void forceFolder(Path folder) {
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Not every system lets a folder be opened or forced (Windows); the rename itself is done.
    }
  }
}
