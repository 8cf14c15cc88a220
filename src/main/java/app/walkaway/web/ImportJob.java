package app.walkaway.web;

import app.walkaway.event.WalkawayException;
import app.walkaway.importer.Participant;
import app.walkaway.service.ImportFiles;
import app.walkaway.service.ImportListener;
import app.walkaway.service.ImportRequest;
import app.walkaway.service.ImportSummary;
import app.walkaway.service.ServiceException;
import app.walkaway.service.VaultSession;
import app.walkaway.service.WhoIsWhoException;
import app.walkaway.text.ImportWords;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The one import of this server, from upload to summary: the files she sent wait (in a folder of
 * their own beside the vault) while she says who is who, are read and stored on a thread of their
 * own while the page shows how far it has got, and are deleted as soon as they are stored, fail, or
 * she locks or leaves. One import at a time: the vault has one writer.
 */
final class ImportJob {
  /** Where the state is: nothing, files waiting for who is who, running, finished or failed. */
  sealed interface State permits Idle, Choosing, Running, Done, Failed {}

  record Idle() implements State {}

  /**
   * Files uploaded; she says who is who.
   *
   * @param batch the files
   * @param problem what to fix in her choice, if anything
   */
  record Choosing(Batch batch, Optional<String> problem) implements State {}

  record Running(Batch batch, Progress progress) implements State {}

  /**
   * Stored.
   *
   * @param total the whole import in one sentence
   * @param files one line per file
   * @param notes what reading found worth saying (how the date order was decided, ...)
   */
  record Done(String total, List<String> files, List<String> notes) implements State {}

  record Failed(String message) implements State {}

  /**
   * Files uploaded together.
   *
   * @param folder their own folder beside the vault, deleted with them
   * @param files the files, named as she named them
   * @param people everyone who wrote in them, most messages first
   */
  record Batch(Path folder, List<Path> files, List<Participant> people) {
    Batch {
      files = List.copyOf(files);
      people = List.copyOf(people);
    }

    List<String> names() {
      return files.stream().map(f -> f.getFileName().toString()).toList();
    }
  }

  /** How far a running import has got, written by its thread and read by the page. */
  static final class Progress {
    private volatile String phase = "Starting";
    private volatile int percent;

    String phase() {
      return phase;
    }

    int percent() {
      return percent;
    }

    ImportListener listener() {
      return new ImportListener() {
        @Override
        public void reading(Path file, int index, int count) {
          phase = ImportWords.reading(file.getFileName().toString(), index, count);
          percent = 30 * index / count;
        }

        @Override
        public void storing(long done, long total) {
          phase = ImportWords.storing(done, total);
          percent = total == 0 ? 100 : (int) (30 + 70 * done / total);
        }
      };
    }
  }

  private final Path incoming;
  private State state = new Idle();

  /**
   * @param incoming the folder beside the vault where uploads wait; emptied now (a killed run).
   */
  ImportJob(Path incoming) {
    this.incoming = incoming;
    deleteAll(incoming);
  }

  synchronized State state() {
    return state;
  }

  /** A fresh folder for one upload, readable by her alone. */
  Path newFolder() {
    try {
      Files.createDirectories(incoming);
      return Files.createTempDirectory(incoming, "upload-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make a folder for the upload in " + incoming, e);
    }
  }

  /** The files are here: read who wrote in them, then wait for her choice. */
  synchronized void uploaded(Path folder, List<Path> files) {
    if (state instanceof Running) {
      deleteAll(folder);
      return;
    }
    forgetFiles();
    try {
      state = new Choosing(new Batch(folder, files, people(files)), Optional.empty());
    } catch (WalkawayException | UncheckedIOException e) {
      deleteAll(folder);
      state = new Failed(plain(e, folder));
    }
  }

  private static List<Participant> people(List<Path> files) {
    Map<String, Participant> byKey = new LinkedHashMap<>();
    for (Path file : files) {
      for (Participant p : ImportFiles.participants(file, Optional.empty())) {
        byKey.merge(
            p.key(),
            p,
            (a, b) -> new Participant(a.name(), a.key(), a.messages() + b.messages(), a.owner()));
      }
    }
    List<Participant> people = new ArrayList<>(byKey.values());
    people.sort(Comparator.comparingLong(Participant::messages).reversed());
    return people;
  }

  /** She chose who is who: the import starts on its own thread. */
  synchronized void start(VaultSession session, Optional<String> me, Optional<String> him) {
    if (!(state instanceof Choosing choosing)) {
      return;
    }
    Batch batch = choosing.batch();
    Progress progress = new Progress();
    state = new Running(batch, progress);
    Thread thread = new Thread(() -> run(session, batch, me, him, progress), "walkaway-import");
    thread.setDaemon(true);
    thread.start();
  }

  private void run(
      VaultSession session,
      Batch batch,
      Optional<String> me,
      Optional<String> him,
      Progress progress) {
    State end;
    try {
      ImportSummary summary =
          ImportFiles.run(session, new ImportRequest(batch.files(), me, him), progress.listener());
      end = done(summary);
    } catch (WhoIsWhoException e) {
      end = new Choosing(batch, Optional.of(whoIsWho(e, batch)));
    } catch (WalkawayException e) {
      end = new Failed(plain(e, batch.folder()));
    } catch (RuntimeException e) {
      end = new Failed("The import stopped on a fault in Walkaway. Nothing was stored.");
    }
    finish(batch, end);
  }

  private synchronized void finish(Batch batch, State end) {
    if (!(end instanceof Choosing)) {
      deleteAll(batch.folder());
    }
    state = end;
  }

  private static Done done(ImportSummary summary) {
    List<String> files = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (ImportSummary.File file : summary.files()) {
      files.add(
          ImportWords.file(
              file.file().getFileName().toString(),
              file.format(),
              file.added(),
              file.alreadyPresent(),
              file.skipped()));
      notes.addAll(file.notes());
    }
    return new Done(ImportWords.total(summary.added(), summary.alreadyPresent()), files, notes);
  }

  private static String whoIsWho(WhoIsWhoException e, Batch batch) {
    String in = e.file().map(f -> " in “" + f.getFileName() + "”").orElse("");
    return switch (e.reason().reason()) {
      case ME_MISSING -> "Choose which of these people is you.";
      case ME_UNKNOWN -> "Nobody" + in + " has the name you chose for yourself.";
      case GROUP -> "More than one other person wrote" + in + ". Choose which one is him.";
      case THEM_UNKNOWN ->
          "Nobody"
              + in
              + " has the name you chose for him. If your files come from different apps,"
              + " import them one at a time.";
    };
  }

  /** A failure's message without the upload folder's path: she knows the file by its name. */
  private static String plain(RuntimeException e, Path folder) {
    String message = Optional.ofNullable(e.getMessage()).orElse("");
    message = message.replace(folder.toAbsolutePath() + "/", "").replace(folder + "/", "");
    if (e instanceof ServiceException s && s.problem() == ServiceException.Problem.VAULT_LOCKED) {
      return "Your vault locked before the import finished. Nothing was stored. Unlock it and"
          + " import the files again.";
    }
    return "These files could not be imported, and nothing was stored: " + message;
  }

  /** She chose other files, locked, or left: the waiting files are deleted. */
  synchronized void forget() {
    if (!(state instanceof Running)) {
      forgetFiles();
      state = new Idle();
    }
  }

  private void forgetFiles() {
    if (state instanceof Choosing choosing) {
      deleteAll(choosing.batch().folder());
    }
  }

  /** Records her choice's problem, keeping the files. */
  synchronized void problem(String what) {
    if (state instanceof Choosing choosing) {
      state = new Choosing(choosing.batch(), Optional.of(what));
    }
  }

  static void deleteAll(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      // Left for the next start, which empties the folder again.
    }
  }
}
