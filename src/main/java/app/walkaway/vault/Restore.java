package app.walkaway.vault;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * Brings back a backup in place of the vault, in an order that never leaves her with neither:
 *
 * <ol>
 *   <li>the backup is copied beside the vault (under a hidden partial name; the backup itself is
 *       never written, not even by an update of its layout) and opened there with her passphrase: a
 *       wrong passphrase or a damaged backup stops everything before the vault is touched;
 *   <li>the current vault (and a journal, should one be left from a crash) is renamed aside;
 *   <li>the checked copy is renamed into the vault's place;
 *   <li>only then is the set-aside vault wiped. If a step fails, the set-aside vault is put back.
 * </ol>
 *
 * The vault's lock is held throughout, so no other Walkaway uses it meanwhile.
 */
final class Restore {
  static final String ASIDE = "-before-restore";

  private Restore() {}

  static long from(Path backup, Path vault, Passphrase passphrase) {
    Objects.requireNonNull(backup, "backup");
    Objects.requireNonNull(passphrase, "passphrase");
    Path target = vault.toAbsolutePath();
    requireBackup(backup, target);
    VaultFiles.privateFolder(target.getParent()); // a new computer has no folder yet
    try (VaultLock lock = VaultLock.acquire(target)) {
      Path checked = SafeFiles.createPartial(target);
      long events;
      try {
        events = copyAndCheck(backup, checked, passphrase);
      } catch (RuntimeException | Error e) {
        VaultFiles.wipe(checked);
        throw e;
      }
      replace(target, checked);
      return events;
    }
  }

  private static void requireBackup(Path backup, Path vault) {
    if (!Files.isRegularFile(backup)) {
      throw new VaultException(backup + ": there is no backup file here");
    }
    if (backup.toAbsolutePath().normalize().equals(vault.normalize())) {
      throw new VaultException(backup + ": that is the vault itself, not a backup of it");
    }
    if (Files.exists(aside(vault), LinkOption.NOFOLLOW_LINKS)) {
      throw new VaultException(
          aside(vault)
              + ": a vault set aside by an earlier restore is still here. Nothing was changed."
              + " Move it somewhere safe (or delete it if you do not need it), then try again.");
    }
  }

  /** Copies the backup and opens the copy: the passphrase and the backup are proven here. */
  private static long copyAndCheck(Path backup, Path copy, Passphrase passphrase) {
    try (InputStream in = Files.newInputStream(backup);
        OutputStream out = Files.newOutputStream(copy)) {
      in.transferTo(out); // into the private file as created, keeping its 0600
    } catch (IOException e) {
      throw new VaultException(backup + ": cannot read the backup (" + e.getMessage() + ")", e);
    }
    try (Vault opened = Vault.open(copy, passphrase)) {
      return opened.events().count();
    } catch (WrongPassphraseException e) {
      throw new WrongPassphraseException(
          backup
              + ": that passphrase does not open this backup; your vault was left as it was. A"
              + " backup keeps the passphrase the vault had when it was made.");
    } catch (DamagedVaultException e) {
      throw new DamagedVaultException(
          backup + ": this backup is damaged; your vault was left as it was.", e);
    } finally {
      VaultFiles.removeLock(VaultLock.pathOf(copy));
    }
  }

  private static void replace(Path vault, Path checked) {
    if (!Files.exists(vault, LinkOption.NOFOLLOW_LINKS)) {
      commit(checked, vault);
      return;
    }
    Path aside = aside(vault);
    Path journal = RollbackJournal.pathOf(vault);
    boolean hadJournal = Files.exists(journal, LinkOption.NOFOLLOW_LINKS);
    try {
      Files.move(vault, aside, StandardCopyOption.ATOMIC_MOVE);
      if (hadJournal) {
        Files.move(journal, RollbackJournal.pathOf(aside), StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (IOException e) {
      VaultFiles.wipe(checked);
      throw new VaultException(
          vault + ": cannot set the vault aside (" + e.getMessage() + "); nothing was changed", e);
    }
    try {
      SafeFiles.commit(checked, vault);
    } catch (IOException | RuntimeException e) {
      putBack(aside, vault, hadJournal);
      VaultFiles.wipe(checked);
      throw new VaultException(
          vault
              + ": the backup could not be put in place ("
              + e.getMessage()
              + ");"
              + " your vault is back as it was",
          e);
    }
    VaultFiles.wipe(aside);
  }

  private static void commit(Path checked, Path vault) {
    try {
      SafeFiles.commit(checked, vault);
    } catch (IOException e) {
      VaultFiles.wipe(checked);
      throw new VaultException(
          vault + ": the backup could not be put in place (" + e.getMessage() + ")", e);
    }
  }

  private static void putBack(Path aside, Path vault, boolean hadJournal) {
    try {
      Files.move(aside, vault, StandardCopyOption.ATOMIC_MOVE);
      if (hadJournal) {
        Files.move(
            RollbackJournal.pathOf(aside),
            RollbackJournal.pathOf(vault),
            StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (IOException e) {
      throw new VaultException(
          vault
              + ": restoring failed and your vault is still at "
              + aside
              + "; rename it back to "
              + vault.getFileName()
              + " ("
              + e.getMessage()
              + ")",
          e);
    }
  }

  static Path aside(Path vault) {
    return vault.resolveSibling(vault.getFileName() + ASIDE);
  }
}
