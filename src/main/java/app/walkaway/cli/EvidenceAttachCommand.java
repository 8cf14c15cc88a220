package app.walkaway.cli;

import app.walkaway.service.EvidenceJournal;
import app.walkaway.service.KeptFile;
import app.walkaway.service.VaultSession;
import app.walkaway.text.EvidenceWords;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code walkaway evidence attach --to N FILE...}: keeps files with an earlier entry. */
@Command(
    name = "attach",
    mixinStandardHelpOptions = true,
    description = {
      "Keeps photos or screenshots with an earlier entry.",
      "%nThey are added as a new entry that points to it; the earlier entry is kept as it was."
    })
public final class EvidenceAttachCommand implements Runnable {
  @Spec CommandSpec spec;
  @Mixin VaultOptions vault;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "N",
      description = "The entry they belong to.")
  long to;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "The files to keep.")
  List<Path> files;

  @Override
  public void run() {
    List<KeptFile> kept = files.stream().map(KeptFile::read).toList();
    PrintWriter out = spec.commandLine().getOut();
    try (VaultSession opened = vault.open()) {
      EvidenceJournal.Added added =
          new EvidenceJournal(opened).attach(to, kept, LocalNow.toTheSecond());
      if (added.sealedFirst() > 0) {
        out.println(EvidenceWords.sealedFirst(added.sealedFirst()));
      }
      Wrap.print(out, "", "", EvidenceWords.added(added.entry()));
    }
  }
}
