package app.walkaway.vault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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

  /**
   * Creates the folder (and parents) if needed, private to her: 0700. A folder that already exists
   * keeps its mode: it may be one she chose and shares on purpose, and the vault file in it is 0600
   * anyway.
   */
  static void privateFolder(Path dir) {
    Path absolute = dir.toAbsolutePath();
    Path firstMissing = null;
    for (Path p = absolute; p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS); ) {
      firstMissing = p;
      p = p.getParent();
    }
    if (firstMissing == null) {
      return;
    }
    try {
      if (!posix()) {
        Files.createDirectories(absolute);
        return;
      }
      Files.createDirectories(absolute, PosixFilePermissions.asFileAttribute(FOLDER));
      // The umask may have narrowed the attribute; set exactly 0700 on what was created here.
      for (Path p = absolute; p.startsWith(firstMissing); p = p.getParent()) {
        Files.setPosixFilePermissions(p, FOLDER);
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

  /**
   * Sets 0600 on the file and any side files that exist (the umask may have widened them). A link
   * is never followed: it would change the mode of whatever it points to.
   */
  static void restrict(Path file) {
    if (!posix()) {
      return;
    }
    try {
      for (Path path : withSideFiles(file)) {
        if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
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
   *
   * <p>Links are never followed: SQLite makes its side files as plain files, so a link in a side
   * file's place is removed without touching what it points to; a vault file that is itself a link
   * is refused, since wiping it would overwrite a file elsewhere.
   */
  static int wipe(Path file) {
    if (Files.isSymbolicLink(file)) {
      throw new VaultException(
          file
              + ": is a link to another file, so nothing was wiped. Wipe the file it points to, or"
              + " remove the link if the vault is not there.");
    }
    int removed = 0;
    for (Path path : withSideFiles(file)) {
      if (Files.isSymbolicLink(path)) {
        delete(path, "");
      } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
        overwrite(path);
        delete(path, "overwritten but ");
        removed++;
      }
    }
    return removed;
  }

  /** Removes the vault's (empty) lock file, held by the caller, once the vault is gone. */
  static void removeLock(Path lock) {
    if (Files.exists(lock, LinkOption.NOFOLLOW_LINKS)) {
      delete(lock, "");
    }
  }

  private static void delete(Path path, String done) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new VaultException(path + ": " + done + "not deleted (" + e.getMessage() + ")", e);
    }
  }

  private static void overwrite(Path path) {
    SecureRandom random = new SecureRandom();
    byte[] noise = new byte[64 * 1024];
    try (FileChannel channel =
        FileChannel.open(path, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
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
