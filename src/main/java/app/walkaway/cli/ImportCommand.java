package app.walkaway.cli;

import app.walkaway.service.ImportFiles;
import app.walkaway.service.ImportRequest;
import app.walkaway.service.ImportSummary;
import app.walkaway.service.VaultSession;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code walkaway import FILE... --me NAME}: stores chat exports in the vault, once each. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Stores chat exports in your vault.",
      "%nReads WhatsApp, Telegram, Messenger/Instagram and SMS exports. Importing the same or an"
          + " overlapping export again adds only what is new: a message counts as already present"
          + " when the same person sent the same words in the same minute. All files go in"
          + " together or, if one cannot be read, none of them do.",
      "%nA file written by walkaway export is read back too; it needs no --me."
    },
    footer = {"", "Example:", "  walkaway import chat.txt --me Maya"})
public final class ImportCommand implements Runnable {
  @Spec CommandSpec spec;
  @Mixin VaultOptions vault;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "Export file(s), zip(s) or folder(s).")
  List<Path> files;

  @Mixin WhoOptions who;

  @Option(names = "--json", description = "Print the counts as JSON.")
  boolean json;

  @Override
  public void run() {
    ImportSummary summary;
    // The vault first: a wrong passphrase or missing vault is told before minutes of reading.
    try (VaultSession opened = vault.open();
        ImportProgress progress = ImportProgress.of(json)) {
      summary = ImportFiles.run(opened, new ImportRequest(files, who.me(), who.them()), progress);
    }
    spec.commandLine()
        .getOut()
        .print(json ? ImportSummaryView.json(summary) : ImportSummaryView.text(summary));
    spec.commandLine().getOut().flush();
  }
}
