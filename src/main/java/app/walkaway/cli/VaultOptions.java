package app.walkaway.cli;

import app.walkaway.service.BackgroundOpen;
import app.walkaway.service.SessionSettings;
import app.walkaway.service.VaultPlace;
import app.walkaway.service.VaultSession;
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

  VaultPlace place() {
    return VaultPlace.resolve(Optional.ofNullable(home));
  }

  Path file() {
    return place().file();
  }

  /** Unlocks her vault for one command; a missing vault is told before a passphrase is asked. */
  VaultSession open() {
    VaultPlace place = place().requireExisting();
    try (Secret passphrase = passphrase()) {
      return VaultSession.unlock(place, passphrase.chars(), SessionSettings.oneCommand());
    }
  }

  /**
   * Unlocks the vault while {@code meanwhile} runs on this thread (see {@link BackgroundOpen}); the
   * passphrase is still asked for first, here.
   */
  VaultSession openWhile(Runnable meanwhile) {
    VaultPlace place = place().requireExisting();
    try (Secret passphrase = passphrase()) {
      return BackgroundOpen.unlock(
          place, passphrase.chars(), SessionSettings.oneCommand(), meanwhile);
    }
  }

  private Secret passphrase() {
    return PassphraseInput.existing(Optional.ofNullable(passphraseFile));
  }
}
