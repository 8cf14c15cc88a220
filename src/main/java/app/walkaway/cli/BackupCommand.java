package app.walkaway.cli;

import app.walkaway.service.VaultKeeping;
import app.walkaway.service.VaultSession;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code walkaway backup --out FILE}: an encrypted copy, safe to take while Walkaway runs. */
@Command(
    name = "backup",
    mixinStandardHelpOptions = true,
    description = {
      "Writes an encrypted copy of your vault.",
      "%nThe copy opens with the same passphrase, and it is consistent even while an import is"
          + " running. Keep it somewhere only you can reach."
    })
public final class BackupCommand implements Runnable {
  @Spec CommandSpec spec;
  @Mixin VaultOptions vault;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "The new copy (must not exist yet).")
  Path out;

  @Override
  public void run() {
    try (VaultSession opened = vault.open()) {
      VaultKeeping.backup(opened, out);
    }
    spec.commandLine()
        .getOut()
        .println("Backup written: " + out + " (encrypted; it opens with your current passphrase).");
  }
}
