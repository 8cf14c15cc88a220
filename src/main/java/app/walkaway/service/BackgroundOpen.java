package app.walkaway.service;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Opens a vault on a second thread while the command's own thread prepares what it needs anyway
 * (the playbook, the lexicons, Jackson). Unlocking derives the key with SQLCipher's deliberately
 * slow PBKDF2 in native code; overlapping it with that preparation shortens a short command's wall
 * time on a machine with two cores or more, and costs nothing on one. The key derivation itself is
 * unchanged. A failure to open surfaces exactly as from {@link VaultSession#unlock}.
 */
public final class BackgroundOpen {
  private BackgroundOpen() {}

  /**
   * Unlocks the vault at {@code place} on another thread, runs {@code meanwhile} here, then returns
   * the session. {@code passphrase} is the caller's to clear, once this returns. If {@code
   * meanwhile} fails, the session is locked and that failure is thrown.
   */
  public static VaultSession unlock(
      VaultPlace place, char[] passphrase, SessionSettings settings, Runnable meanwhile) {
    place.requireExisting();
    FutureTask<VaultSession> opening =
        new FutureTask<>(() -> VaultSession.unlock(place, passphrase, settings));
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

  private static VaultSession join(FutureTask<VaultSession> opening) {
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

  private static void closeQuietly(FutureTask<VaultSession> opening) {
    try {
      join(opening).close();
    } catch (RuntimeException | Error ignored) {
      // The preparation's failure is the one to report.
    }
  }
}
