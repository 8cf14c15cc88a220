package app.walkaway.service;

import app.walkaway.event.Event;
import app.walkaway.importer.Cast;
import app.walkaway.importer.ImportOptions;
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
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Stores exports in her vault, all in one transaction: all are stored or, if one cannot be, none.
 * Importing the same or an overlapping export again adds only what is new.
 *
 * <p>Memory grows with what is kept, not with the files: each chat export is read twice. The first
 * reading (before the vault is locked for writing, so others still read it meanwhile) finds every
 * problem the file has, counts who wrote and samples his words for the chat's language, and keeps
 * nothing else ({@link ChatSurvey}); the second hands the events to the vault as they are read
 * ({@link StreamedEvents}), a few thousand at a time. Reading a chat costs a fraction of storing
 * it, so the second reading adds little time and saves holding a whole history.
 */
public final class ImportFiles {
  private ImportFiles() {}

  public static ImportSummary run(
      VaultSession session, ImportRequest request, ImportListener listener) {
    session.touch(); // a locked session is told before minutes of reading
    List<Surveyed> surveyed = new ArrayList<>();
    for (int i = 0; i < request.files().size(); i++) {
      Path file = request.files().get(i);
      listener.reading(file, i, request.files().size());
      surveyed.add(survey(file, request));
    }
    long total = surveyed.stream().mapToLong(Surveyed::events).sum();
    List<ImportSummary.File> files =
        session.write(vault -> vault.inTransaction(() -> store(vault, surveyed, listener, total)));
    return new ImportSummary(files);
  }

  /**
   * Everyone who wrote in each file, most messages first, before anything is stored: for choosing
   * who is who. A Walkaway export lists nobody (it already says who is who).
   */
  public static List<Participant> participants(Path file, Optional<String> them) {
    if (isWalkawayExport(file)) {
      return List.of();
    }
    return ChatSurvey.peopleIn(file, options(them)).list();
  }

  private static boolean isWalkawayExport(Path file) {
    Peek peek = Peek.of(file);
    return peek.kind() == Peek.Shape.FILE && ExportReader.recognizes(peek.head());
  }

  private static ImportOptions options(Optional<String> them) {
    return ImportOptions.defaults().withThem(them);
  }

  /** One file after its first reading, ready to be stored. */
  private sealed interface Surveyed {
    Path file();

    long events();
  }

  /** A Walkaway export, read whole (see {@link ExportReader}). */
  private record Restoring(Path file, ExportContents contents) implements Surveyed {
    @Override
    public long events() {
      return contents.events().size();
    }
  }

  /** A chat export: what its first reading found, who is who, and his sampled words. */
  private record Chat(
      Path file, ImportOptions options, ChatSurvey survey, Cast cast, List<Event> hisSample)
      implements Surveyed {
    @Override
    public long events() {
      return survey.entries();
    }
  }

  private static Surveyed survey(Path file, ImportRequest request) {
    if (isWalkawayExport(file)) {
      return new Restoring(file, ExportReader.read(file));
    }
    ImportOptions options = options(request.them());
    ChatSurvey survey = ChatSurvey.of(file, options);
    Cast cast = cast(survey.people(), request, file);
    List<Event> his =
        survey.hisSample(cast.them().map(Participant::key), file, options).stream()
            .map(cast::toEvent)
            .toList();
    return new Chat(file, options, survey.withoutSamples(), cast, his);
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
      Vault vault, List<Surveyed> surveyed, ImportListener listener, long total) {
    List<ImportSummary.File> files = new ArrayList<>();
    long done = 0;
    for (Surveyed file : surveyed) {
      long before = done;
      LongConsumer progress = n -> listener.storing(before + n, total);
      files.add(
          file instanceof Chat chat
              ? store(vault, chat, progress)
              : restore(vault, (Restoring) file));
      done += file.events();
      listener.storing(done, total);
    }
    return files;
  }

  private static ImportSummary.File restore(Vault vault, Restoring file) {
    ExportContents.Restored restored = file.contents().restoreInto(vault);
    return new ImportSummary.File(
        file.file(),
        "Walkaway export",
        restored.events().added(),
        restored.events().duplicates(),
        0,
        List.of(),
        List.of(),
        Optional.of(
            new ImportSummary.Restored(restored.plan(), restored.journal(), restored.evidence())));
  }

  private static ImportSummary.File store(Vault vault, Chat file, LongConsumer progress) {
    AddResult result;
    Set<String> origins = new HashSet<>();
    try (StreamedEvents events =
        new StreamedEvents(file.file(), file.options(), file.cast(), file.events())) {
      result =
          vault
              .events()
              .add(noting(events, origins), progress, ImportWordFlags.forChat(file.hisSample()));
    }
    // The SHA-256 of the exact bytes each message came from (a zip member by its own uncompressed
    // bytes): what lets an evidence entry or the report tie a quote to the file she was given.
    SourceDigests.of(file.file(), origins, file.options()).forEach(vault.sources()::recordDigest);
    return new ImportSummary.File(
        file.file(),
        file.survey().report().format(),
        result.added(),
        result.duplicates(),
        file.survey().report().systemLines(),
        file.survey().report().notes(),
        file.survey().people().list(),
        Optional.empty());
  }

  /** The events as they pass, noting the name of each file they came from (a handful). */
  private static Iterator<Event> noting(Iterator<Event> events, Set<String> origins) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return events.hasNext();
      }

      @Override
      public Event next() {
        Event next = events.next();
        origins.add(next.source().origin());
        return next;
      }
    };
  }
}
