package app.walkaway.cli;

import app.walkaway.service.VaultKeeping;
import app.walkaway.service.VaultPlace;
import java.io.Console;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code walkaway restore FILE}: brings back a backup made with {@code walkaway backup}. The backup
 * is opened with the passphrase first, so a wrong passphrase or a damaged backup leaves her vault
 * as it was. Replacing a vault loses what was added since the backup, so, as for a wipe, she types
 * the word "restore" (or a script passes {@code --confirm restore}); on a computer with no vault
 * yet there is nothing to lose and nothing is asked.
 */
@Command(
    name = "restore",
    mixinStandardHelpOptions = true,
    description = {
      "Brings back a backup of your vault.",
      "%nThe backup opens with the passphrase it was made with, and from then on so does your"
          + " vault. Your current vault is replaced, so anything added since that backup is"
          + " gone; you are asked to type the word restore (in a script pass --confirm restore)."
          + " If the passphrase does not open the backup, nothing is changed."
    })
public final class RestoreCommand implements Runnable {
  static final String WORD = "restore";

  @Spec CommandSpec spec;
  @Mixin VaultOptions vault;

  @Parameters(paramLabel = "FILE", description = "The backup to bring back.")
  Path backup;

  @Option(names = "--confirm", paramLabel = "WORD", description = "The word restore, for scripts.")
  String confirm;

  @Override
  public void run() {
    if (!Files.isRegularFile(backup)) {
      throw new InputException(backup + ": there is no backup file here");
    }
    VaultPlace place = vault.place();
    if (place.exists() && !WORD.equals(confirm != null ? confirm.strip() : askForTheWord(place))) {
      throw new InputException(
          "not restored: the word typed was not \"" + WORD + "\". Your vault is untouched.");
    }
    long events;
    try (Secret passphrase = vault.passphrase()) {
      events = VaultKeeping.restore(place, backup, passphrase.chars());
    }
    spec.commandLine()
        .getOut()
        .println(
            "Restored: your vault now holds the backup "
                + backup
                + " ("
                + events
                + (events == 1 ? " event" : " events")
                + "). It opens with the passphrase you just gave.");
  }

  private static String askForTheWord(VaultPlace place) {
    Console console = System.console();
    if (console == null) {
      throw new InputException(
          "not restored: no terminal to confirm on. In a script pass --confirm " + WORD + ".");
    }
    String typed =
        console.readLine(
            "This replaces everything in %s with the backup; what was added since the backup"
                + " is lost.%nType %s to go ahead: ",
            place.file(), WORD);
    return typed == null ? "" : typed.strip();
  }
}
