package app.walkaway.cli;

import app.walkaway.vault.Passphrase;
import app.walkaway.vault.Vault;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Opens a vault on a second thread while the command's own thread prepares what it needs anyway
 * (the playbook, the lexicons, Jackson). Unlocking derives the key with SQLCipher's deliberately
 * slow PBKDF2 in native code; overlapping it with that preparation shortens a short command's wall
 * time on a machine with two cores or more, and costs nothing on one. The key derivation itself is
 * unchanged. A failure to open surfaces exactly as from {@link Vault#open}.
 */
final class BackgroundOpen {
  private BackgroundOpen() {}

  /**
   * Opens {@code file} with {@code passphrase} (wiped afterwards) on another thread, runs {@code
   * meanwhile} here, then returns the open vault. If {@code meanwhile} fails, the vault is closed
   * and that failure is thrown.
   */
  static Vault open(Path file, Passphrase passphrase, Runnable meanwhile) {
    FutureTask<Vault> opening = new FutureTask<>(() -> openAndWipe(file, passphrase));
    Thread thread = new Thread(opening, "walkaway-vault-open");
    thread.setDaemon(true);
    thread.start();
    try {
      meanwhile.run();
    } catch (RuntimeException | Error e) {
      closeQuietly(opening);
      throw e;
    }
    return join(opening);
  }

  private static Vault openAndWipe(Path file, Passphrase passphrase) {
    try (passphrase) {
      return Vault.open(file, passphrase);
    }
  }

  private static Vault join(FutureTask<Vault> opening) {
    try {
      return opening.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("opening the vault failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while opening the vault", e);
    }
  }

  private static void closeQuietly(FutureTask<Vault> opening) {
    try {
      join(opening).close();
    } catch (RuntimeException | Error ignored) {
      // The preparation's failure is the one to report.
    }
  }
}
