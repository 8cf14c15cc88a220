package app.walkaway.cli;

import app.walkaway.service.VaultKeeping;
import app.walkaway.service.VaultSession;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code walkaway passphrase}: re-keys the vault in place. */
@Command(
    name = "passphrase",
    mixinStandardHelpOptions = true,
    description = {
      "Changes your vault's passphrase.",
      "%nAsks for the current one, then the new one twice. In a script: $WALKAWAY_PASSPHRASE (or"
          + " --passphrase-file) for the current one and $WALKAWAY_NEW_PASSPHRASE (or"
          + " --new-passphrase-file) for the new one. Backups made earlier keep the passphrase they"
          + " were made with."
    })
public final class PassphraseCommand implements Runnable {
  @Spec CommandSpec spec;
  @Mixin VaultOptions vault;

  @Option(
      names = "--new-passphrase-file",
      paramLabel = "FILE",
      description = "Read the new passphrase from this file.")
  Path newPassphraseFile;

  @Override
  public void run() {
    try (VaultSession opened = vault.open();
        Secret chosen =
            PassphraseInput.chosen(
                Optional.ofNullable(newPassphraseFile),
                PassphraseInput.NEW_ENV,
                "--new-passphrase-file")) {
      VaultKeeping.changePassphrase(opened, chosen.chars());
    }
    spec.commandLine()
        .getOut()
        .println("Passphrase changed. From now on only the new one opens the vault.");
  }
}
