package app.walkaway.cli;

import app.walkaway.event.Event;
import app.walkaway.importer.Cast;
import app.walkaway.importer.ImportException;
import app.walkaway.importer.ImportOptions;
import app.walkaway.importer.ImportedFile;
import app.walkaway.importer.Importers;
import app.walkaway.importer.Participants;
import app.walkaway.importer.Peek;
import app.walkaway.importer.SourceDigests;
import app.walkaway.vault.AddResult;
import app.walkaway.vault.ExportContents;
import app.walkaway.vault.ExportReader;
import app.walkaway.vault.Vault;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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

  @Option(names = "--me", paramLabel = "NAME", description = "Your name as the chat shows it.")
  String me;

  @Option(names = "--them", paramLabel = "NAME", description = "His name, needed for group chats.")
  String them;

  @Option(names = "--json", description = "Print the counts as JSON.")
  boolean json;

  @Override
  public void run() {
    List<ImportSummary.FileLine> lines;
    // The vault first: a wrong passphrase or missing vault is told before minutes of reading.
    try (Vault opened = vault.open()) {
      List<Loaded> loaded = new ArrayList<>();
      for (Path file : files) {
        loaded.add(load(file));
      }
      try (ImportProgress progress = ImportProgress.of(total(loaded), json)) {
        lines = opened.inTransaction(() -> store(opened, loaded, progress));
      }
    }
    spec.commandLine().getOut().print(json ? ImportSummary.json(lines) : ImportSummary.text(lines));
    spec.commandLine().getOut().flush();
  }

  /** One file read completely, before anything is written. */
  private record Loaded(
      Path file,
      String format,
      List<Event> events,
      ExportContents export,
      long skipped,
      Map<String, String> digests) {}

  private Loaded load(Path file) {
    Peek peek = Peek.of(file);
    if (peek.kind() == Peek.Shape.FILE && ExportReader.recognizes(peek.head())) {
      ExportContents contents = ExportReader.read(file);
      return new Loaded(file, "Walkaway export", contents.events(), contents, 0, Map.of());
    }
    if (me == null) {
      throw new ParameterException(
          spec.commandLine(),
          "--me NAME is needed for " + file + ": your name as the chat shows it");
    }
    ImportOptions options = ImportOptions.defaults().withThem(Optional.ofNullable(them));
    ImportedFile read = Importers.read(file, options);
    List<Event> events = cast(read, file).toEvents(read.entries());
    // The exact bytes each quoted message came from, for the evidence journal and its report.
    Set<String> origins = new HashSet<>();
    events.forEach(e -> origins.add(e.source().origin()));
    Map<String, String> digests = SourceDigests.of(file, origins, options);
    return new Loaded(
        file, read.report().format(), events, null, read.report().systemLines(), digests);
  }

  /** Who is who in this file, by the shared participants resolver (the same as analyze). */
  private Cast cast(ImportedFile read, Path file) {
    Participants people = Participants.of(read.entries());
    Participants.Choice choice = people.choose(Optional.ofNullable(me), Optional.ofNullable(them));
    if (choice instanceof Participants.Problem problem) {
      throw new ImportException(file + ": " + ChoiceMessages.of(problem, people));
    }
    return (Cast) choice;
  }

  private static long total(List<Loaded> loaded) {
    return loaded.stream().mapToLong(l -> l.events().size()).sum();
  }

  private static List<ImportSummary.FileLine> store(
      Vault opened, List<Loaded> loaded, ImportProgress progress) {
    List<ImportSummary.FileLine> lines = new ArrayList<>();
    long done = 0;
    for (Loaded file : loaded) {
      progress.nextFile(done);
      Optional<ExportContents.Restored> restored =
          Optional.ofNullable(file.export()).map(export -> export.restoreInto(opened));
      AddResult result =
          restored.isPresent()
              ? restored.get().events()
              : opened.events().add(file.events(), progress);
      file.digests().forEach(opened.sources()::recordDigest);
      done += file.events().size();
      lines.add(
          new ImportSummary.FileLine(
              file.file().toString(), file.format(), result, file.skipped(), restored));
    }
    return lines;
  }
}
