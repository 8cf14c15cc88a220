package app.walkaway.vault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import java.util.Set;

/** File-system care for the vault: private permissions, side files, and overwriting on wipe. */
final class VaultFiles {
  static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
  static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
  // SQLite's side files: the rollback journal we use, and WAL's two should a tool ever switch.
  private static final List<String> SIDE_SUFFIXES = List.of("-journal", "-wal", "-shm");

  private VaultFiles() {}

  static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }

  /** Creates the folder (and parents) if needed and makes it private to her: 0700. */
  static void privateFolder(Path dir) {
    try {
      if (posix()) {
        Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(FOLDER));
        Files.setPosixFilePermissions(dir, FOLDER);
      } else {
        Files.createDirectories(dir);
      }
    } catch (IOException e) {
      throw new VaultException(
          dir + ": cannot create a private folder (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Creates an empty file readable only by her (0600) before SQLite opens it, so there is no moment
   * when it has wider permissions. SQLite gives its journal the permissions of the database file.
   */
  static void createPrivateFile(Path file) {
    try {
      FileAttribute<?>[] attrs =
          posix()
              ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)}
              : new FileAttribute<?>[0];
      Files.createFile(file, attrs);
      restrict(file);
    } catch (FileAlreadyExistsException e) {
      throw new VaultException(file + ": already exists; it was left untouched", e);
    } catch (IOException e) {
      throw new VaultException(file + ": cannot create the file (" + e.getMessage() + ")", e);
    }
  }

  /** Sets 0600 on the file and any side files that exist (the umask may have widened them). */
  static void restrict(Path file) {
    if (!posix()) {
      return;
    }
    try {
      for (Path path : withSideFiles(file)) {
        if (Files.exists(path)) {
          Files.setPosixFilePermissions(path, FILE);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Path> withSideFiles(Path file) {
    return SIDE_SUFFIXES.stream()
        .map(suffix -> file.resolveSibling(file.getFileName() + suffix))
        .collect(
            java.util.stream.Collectors.toCollection(
                () -> new java.util.ArrayList<>(List.of(file))));
  }

  /**
   * Overwrites every byte of the file and its side files with random data, forces it to the disk,
   * then deletes them. On SSDs and copy-on-write file systems old blocks may survive an overwrite;
   * the encryption is what protects those, which is why the vault is never stored in the clear.
   */
  static int wipe(Path file) {
    int removed = 0;
    for (Path path : withSideFiles(file)) {
      if (Files.isRegularFile(path)) {
        overwrite(path);
        try {
          Files.delete(path);
        } catch (IOException e) {
          throw new VaultException(
              path + ": overwritten but not deleted (" + e.getMessage() + ")", e);
        }
        removed++;
      }
    }
    return removed;
  }

  private static void overwrite(Path path) {
    SecureRandom random = new SecureRandom();
    byte[] noise = new byte[64 * 1024];
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE)) {
      long size = channel.size();
      for (long done = 0; done < size; ) {
        random.nextBytes(noise);
        int n = (int) Math.min(noise.length, size - done);
        done += channel.write(ByteBuffer.wrap(noise, 0, n), done);
      }
      channel.force(true);
    } catch (IOException e) {
      throw new VaultException(path + ": cannot overwrite the file (" + e.getMessage() + ")", e);
    }
  }
}
