package app.walkaway.cli;

import app.walkaway.vault.Passphrase;
import app.walkaway.vault.Vault;
import app.walkaway.vault.VaultException;
import app.walkaway.vault.VaultLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * Options every vault command shares: where the vault is, and where a script's passphrase comes
 * from. There is deliberately no option that takes the passphrase itself: command lines end up in
 * shell history and process lists.
 */
final class VaultOptions {
  @Option(
      names = "--home",
      hidden = true,
      paramLabel = "DIR",
      description = "Data folder (default: $WALKAWAY_HOME, else ~/.walkaway).")
  Path home;

  @Option(
      names = "--passphrase-file",
      paramLabel = "FILE",
      description =
          "Read the passphrase from this file (for scripts; else $WALKAWAY_PASSPHRASE,"
              + " else you are asked).")
  Path passphraseFile;

  VaultLocation location() {
    return VaultLocation.resolve(Optional.ofNullable(home));
  }

  Path file() {
    return location().file();
  }

  Passphrase passphrase() {
    return PassphraseInput.existing(Optional.ofNullable(passphraseFile));
  }

  Vault open() {
    Path file = existingFile();
    try (Passphrase passphrase = passphrase()) {
      return Vault.open(file, passphrase);
    }
  }

  /**
   * Opens the vault while {@code meanwhile} runs on this thread (see {@link BackgroundOpen}); the
   * passphrase is still asked for first, here.
   */
  Vault openWhile(Runnable meanwhile) {
    Path file = existingFile();
    return BackgroundOpen.open(file, passphrase(), meanwhile);
  }

  private Path existingFile() {
    Path file = file();
    if (!Files.isRegularFile(file)) {
      // Before asking for a passphrase that could not open anything.
      throw new VaultException(file + ": no vault here yet; create one with: walkaway init");
    }
    return file;
  }
}
