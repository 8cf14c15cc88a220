package app.walkaway.cli;

import app.walkaway.service.SessionSettings;
import app.walkaway.service.VaultSession;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code walkaway init}: creates her encrypted vault; never overwrites one. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = {
      "Creates your encrypted vault.",
      "%nIt keeps your imports, logged events, plan and journal. You choose a passphrase of at least"
          + " 8 characters. Nobody can open the vault without it, not even you: keep it somewhere"
          + " safe. An existing vault is never overwritten."
    })
public final class InitCommand implements Runnable {
  @Spec CommandSpec spec;
  @Mixin VaultOptions vault;

  @Override
  public void run() {
    try (Secret passphrase =
            PassphraseInput.chosen(
                Optional.ofNullable(vault.passphraseFile),
                PassphraseInput.ENV,
                "--passphrase-file");
        VaultSession created =
            VaultSession.create(vault.place(), passphrase.chars(), SessionSettings.oneCommand())) {
      PrintWriter out = spec.commandLine().getOut();
      out.println("Your vault is ready: " + created.file());
      out.println("It is encrypted with your passphrase. Without it nobody can open the vault,");
      out.println("not even you, so keep it somewhere safe. Next: walkaway import FILE --me NAME");
    }
  }
}
