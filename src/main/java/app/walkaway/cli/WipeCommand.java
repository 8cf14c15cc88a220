package app.walkaway.cli;

import app.walkaway.service.VaultKeeping;
import app.walkaway.service.VaultPlace;
import java.io.Console;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code walkaway wipe}: overwrites and deletes the vault. Hard to do by accident: she types the
 * word "wipe" at the prompt, or a script passes {@code --confirm wipe}. No passphrase is needed, so
 * she can wipe it in a hurry, or when she has forgotten the passphrase.
 */
@Command(
    name = "wipe",
    mixinStandardHelpOptions = true,
    description = {
      "Erases your vault for good.",
      "%nOverwrites its bytes, then deletes it. This cannot be undone. You are asked to type the"
          + " word wipe; in a script pass --confirm wipe. Backups you made elsewhere are not"
          + " touched."
    })
public final class WipeCommand implements Runnable {
  static final String WORD = "wipe";

  @Spec CommandSpec spec;

  @Option(names = "--home", hidden = true, paramLabel = "DIR", description = "Data folder.")
  Path home;

  @Option(names = "--confirm", paramLabel = "WORD", description = "The word wipe, for scripts.")
  String confirm;

  @Override
  public void run() {
    VaultPlace place = VaultPlace.resolve(Optional.ofNullable(home));
    Path file = place.file();
    if (!Files.exists(file)) {
      throw new InputException(file + ": there is no vault here to wipe");
    }
    if (!WORD.equals(confirm != null ? confirm.strip() : askForTheWord(file))) {
      throw new InputException(
          "not wiped: the word typed was not \"" + WORD + "\". Your vault is untouched.");
    }
    VaultKeeping.wipe(place);
    spec.commandLine()
        .getOut()
        .println(
            "Wiped: "
                + file
                + " was overwritten and deleted. (On SSDs a copy of old blocks can linger on the"
                + " disk; it stays encrypted.)");
  }

  private static String askForTheWord(Path file) {
    Console console = System.console();
    if (console == null) {
      throw new InputException(
          "not wiped: no terminal to confirm on. In a script pass --confirm " + WORD + ".");
    }
    String typed =
        console.readLine(
            "This erases %s and everything in it for good.%nType %s to go ahead: ", file, WORD);
    return typed == null ? "" : typed.strip();
  }
}
