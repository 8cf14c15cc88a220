package app.walkaway.service;

import app.walkaway.event.Event;
import app.walkaway.importer.Cast;
import app.walkaway.importer.ImportOptions;
import app.walkaway.importer.ImportedFile;
import app.walkaway.importer.Importers;
import app.walkaway.importer.Participant;
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

/**
 * Stores exports in her vault. Every file is read completely first (the slow part, while others
 * still read the vault), then all of them go in one transaction: all are stored or, if one cannot
 * be, none. Importing the same or an overlapping export again adds only what is new.
 */
public final class ImportFiles {
  private ImportFiles() {}

  public static ImportSummary run(
      VaultSession session, ImportRequest request, ImportListener listener) {
    session.touch(); // a locked session is told before minutes of reading
    List<Loaded> loaded = new ArrayList<>();
    for (int i = 0; i < request.files().size(); i++) {
      Path file = request.files().get(i);
      listener.reading(file, i, request.files().size());
      loaded.add(load(file, request));
    }
    long total = loaded.stream().mapToLong(l -> l.events().size()).sum();
    List<ImportSummary.File> files =
        session.write(vault -> vault.inTransaction(() -> store(vault, loaded, listener, total)));
    return new ImportSummary(files);
  }

  /**
   * Everyone who wrote in each file, most messages first, before anything is stored: for choosing
   * who is who. A Walkaway export lists nobody (it already says who is who).
   */
  public static List<Participant> participants(Path file, Optional<String> them) {
    Peek peek = Peek.of(file);
    if (peek.kind() == Peek.Shape.FILE && ExportReader.recognizes(peek.head())) {
      return List.of();
    }
    ImportedFile read = Importers.read(file, ImportOptions.defaults().withThem(them));
    return Participants.of(read.entries()).list();
  }

  /** One file read completely, before anything is written. */
  private record Loaded(
      Path file,
      String format,
      List<Event> events,
      ExportContents export,
      long skipped,
      List<String> notes,
      List<Participant> participants,
      Map<String, String> digests) {}

  private static Loaded load(Path file, ImportRequest request) {
    Peek peek = Peek.of(file);
    if (peek.kind() == Peek.Shape.FILE && ExportReader.recognizes(peek.head())) {
      ExportContents contents = ExportReader.read(file);
      return new Loaded(
          file, "Walkaway export", contents.events(), contents, 0, List.of(), List.of(), Map.of());
    }
    ImportOptions options = ImportOptions.defaults().withThem(request.them());
    ImportedFile read = Importers.read(file, options);
    Participants people = Participants.of(read.entries());
    List<Event> events = cast(people, request, file).toEvents(read.entries());
    return new Loaded(
        file,
        read.report().format(),
        events,
        null,
        read.report().systemLines(),
        read.report().notes(),
        people.list(),
        digests(file, events, options));
  }

  /**
   * The SHA-256 of the exact bytes each message came from (a zip member by its own uncompressed
   * bytes): what lets an evidence entry or the report tie a quote to the file she was given.
   */
  private static Map<String, String> digests(Path file, List<Event> events, ImportOptions options) {
    Set<String> origins = new HashSet<>();
    events.forEach(e -> origins.add(e.source().origin()));
    return SourceDigests.of(file, origins, options);
  }

  /** Who is who in this file, by the shared participants resolver (the same as for figures). */
  static Cast cast(Participants people, ImportRequest request, Path file) {
    Participants.Choice choice = people.choose(request.me(), request.them());
    if (choice instanceof Participants.Problem problem) {
      throw new WhoIsWhoException(problem, people, Optional.of(file));
    }
    return (Cast) choice;
  }

  private static List<ImportSummary.File> store(
      Vault vault, List<Loaded> loaded, ImportListener listener, long total) {
    List<ImportSummary.File> files = new ArrayList<>();
    long done = 0;
    for (Loaded file : loaded) {
      long before = done;
      Optional<ExportContents.Restored> restored =
          Optional.ofNullable(file.export()).map(export -> export.restoreInto(vault));
      AddResult result =
          restored.isPresent()
              ? restored.get().events()
              : vault
                  .events()
                  .add(
                      file.events().iterator(),
                      n -> listener.storing(before + n, total),
                      ImportWordFlags.forChat(file.events()));
      file.digests().forEach(vault.sources()::recordDigest);
      done += file.events().size();
      listener.storing(done, total);
      files.add(
          new ImportSummary.File(
              file.file(),
              file.format(),
              result.added(),
              result.duplicates(),
              file.skipped(),
              file.notes(),
              file.participants(),
              restored.map(r -> new ImportSummary.Restored(r.plan(), r.journal(), r.evidence()))));
    }
    return files;
  }
}
