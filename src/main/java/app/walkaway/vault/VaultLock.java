package app.walkaway.vault;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * One Walkaway at a time per vault, across processes: an exclusive lock on an empty file beside the
 * vault ({@code vault.db-lock}), taken before anything reads the vault and held until it is closed.
 * Why not SQLite's own locks: two writers would each wait five seconds and then fail with "database
 * file is locked", and a reader arriving in the middle of a long import would wait or fail the same
 * way. Here the second one is told at once, plainly.
 *
 * <p>The file is left in place when the lock is released (deleting a lock file lets two processes
 * lock two different files); wiping the vault removes it. The lock is the operating system's, so a
 * killed process never leaves the vault locked.
 */
final class VaultLock implements AutoCloseable {
  static final String SUFFIX = "-lock";
  private final FileChannel channel;
  private final FileLock lock;

  private VaultLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  static Path pathOf(Path vault) {
    return vault.resolveSibling(vault.getFileName() + SUFFIX);
  }

  /** Takes the lock or says at once that another Walkaway holds it. */
  static VaultLock acquire(Path vault) {
    Path path = pathOf(vault);
    FileChannel channel = open(path);
    try {
      FileLock lock = channel.tryLock();
      if (lock != null) {
        return new VaultLock(channel, lock);
      }
    } catch (OverlappingFileLockException e) {
      // Held by this same program (another open of the same vault): just as busy.
    } catch (IOException e) {
      closeQuietly(channel);
      throw new VaultException(path + ": cannot lock the vault (" + e.getMessage() + ")", e);
    }
    closeQuietly(channel);
    throw new VaultBusyException(
        vault
            + ": another Walkaway is using this vault right now (an import, the web page or"
            + " another command). Nothing was changed. Try again when it has finished, or close"
            + " it first.");
  }

  private static FileChannel open(Path path) {
    if (Files.isSymbolicLink(path)) {
      throw new VaultException(path + ": is a link, where Walkaway keeps its lock; move it away");
    }
    try {
      FileAttribute<?>[] attrs =
          VaultFiles.posix()
              ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(VaultFiles.FILE)}
              : new FileAttribute<?>[0];
      return FileChannel.open(
          path,
          java.util.Set.of(
              StandardOpenOption.CREATE, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS),
          attrs);
    } catch (IOException e) {
      throw new VaultException(
          path + ": cannot create the vault's lock (" + e.getMessage() + ")", e);
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException e) {
      // Closing the channel below releases it too.
    }
    closeQuietly(channel);
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      // Nothing was written through it.
    }
  }
}
