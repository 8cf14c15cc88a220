package app.walkaway.service;

import app.walkaway.service.ServiceException.Problem;
import app.walkaway.vault.ExportFile;
import app.walkaway.vault.Passphrase;
import app.walkaway.vault.Vault;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Keeping her vault safe: an encrypted backup, a new passphrase, everything out as JSON, a wipe.
 */
public final class VaultKeeping {
  private VaultKeeping() {}

  /** Writes an encrypted copy to {@code target} (a new file), opened by the same passphrase. */
  public static void backup(VaultSession session, Path target) {
    Objects.requireNonNull(target, "target");
    session.read(
        vault -> {
          vault.backupTo(target);
          return null;
        });
  }

  /** Re-keys the vault; from then on only {@code newPassphrase} opens it. */
  public static void changePassphrase(VaultSession session, char[] newPassphrase) {
    if (newPassphrase.length < Passphrase.MIN_LENGTH) {
      throw VaultSession.weak();
    }
    try (Passphrase chosen = Passphrase.of(newPassphrase)) {
      session.write(
          vault -> {
            vault.changePassphrase(chosen);
            return null;
          });
    }
  }

  /**
   * Re-keys the vault after proving {@code current} is its passphrase (one more key derivation):
   * someone at her unlocked screen cannot change it.
   */
  public static void changePassphrase(VaultSession session, char[] current, char[] chosen) {
    if (chosen.length < Passphrase.MIN_LENGTH) {
      throw VaultSession.weak();
    }
    if (current.length == 0 || !opensWith(session, current)) {
      throw new ServiceException(
          Problem.WRONG_PASSPHRASE, session.file() + ": the current passphrase does not open it");
    }
    changePassphrase(session, chosen);
  }

  private static boolean opensWith(VaultSession session, char[] current) {
    try (Passphrase typed = Passphrase.of(current)) {
      return session.read(vault -> vault.opensWith(typed));
    }
  }

  /**
   * Writes everything in the vault to {@code out} as the documented JSON export (NOT encrypted);
   * returns how many events it holds. {@code now} is recorded as the export's time.
   */
  public static long export(VaultSession session, OutputStream out, LocalDateTime now) {
    return session.read(vault -> ExportFile.write(vault, out, now));
  }

  /**
   * Overwrites and deletes the vault at {@code place} and its side files; returns how many files.
   * Lock every session on it first: a wipe is for a closed vault.
   */
  public static int wipe(VaultPlace place) {
    if (!place.exists()) {
      throw new ServiceException(
          Problem.NO_VAULT, place.file() + ": there is no vault here to wipe");
    }
    int wiped = VaultFailures.translate(() -> Vault.wipe(place.file()));
    try {
      return wiped + (Files.deleteIfExists(AppSettings.nameFile(place.file())) ? 1 : 0);
    } catch (IOException e) {
      throw new ServiceException(
          Problem.VAULT_FAILED, place.file() + ": the vault is gone, its name file is not", e);
    }
  }
}
