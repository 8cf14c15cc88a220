package app.walkaway.service.demo;

import app.walkaway.method.Answer;
import app.walkaway.method.Mode;
import app.walkaway.method.Playbook;
import app.walkaway.method.Readiness;
import app.walkaway.method.ReadinessAnswers;
import app.walkaway.service.ImportFiles;
import app.walkaway.service.ImportListener;
import app.walkaway.service.ImportRequest;
import app.walkaway.service.ImportSummary;
import app.walkaway.service.LogEvent;
import app.walkaway.service.LogRequest;
import app.walkaway.service.PlanRequest;
import app.walkaway.service.Plans;
import app.walkaway.service.VaultPlace;
import app.walkaway.service.VaultSession;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A throwaway vault of invented data: made in a fresh temporary folder, opened at once, filled with
 * a {@link DemoStory}, and deleted, folder and all, by {@link #close()}. Her own vault is never
 * touched: the demo knows only its own folder.
 */
public final class DemoVault implements AutoCloseable {
  /**
   * The demo's passphrase, the same for every demo and no secret: the data is invented, and the
   * lock screen says it, so that she can try locking and unlocking too.
   */
  public static final String PASSPHRASE = "walkaway demo";

  private static final String SITUATION = "situation.always-initiate";

  private final Path folder;
  private final VaultPlace place;
  private final DemoRequest request;
  private final ImportSummary imported;
  private final VaultSession session;

  private DemoVault(
      Path folder, DemoRequest request, VaultSession session, ImportSummary imported) {
    this.folder = folder;
    this.place = VaultPlace.in(folder);
    this.request = request;
    this.session = session;
    this.imported = imported;
  }

  /**
   * Deletes demo folders that killed runs left behind in {@code tempRoot}; a folder whose run is
   * still going is left alone. Returns how many were deleted.
   */
  public static int sweepLeftovers(Path tempRoot) {
    return DemoFolders.sweep(tempRoot, Instant.now());
  }

  /** Makes the demo: its folder (after sweeping leftovers), its vault, and the story in it. */
  public static DemoVault open(DemoRequest request) {
    sweepLeftovers(request.tempRoot());
    Path folder = DemoFolders.create(request.tempRoot());
    VaultSession session = null;
    try {
      session =
          VaultSession.create(VaultPlace.in(folder), PASSPHRASE.toCharArray(), request.settings());
      Story story = Stories.write(request.story(), request.seed(), request.now().toLocalDate());
      ImportSummary imported = fill(session, story, folder);
      return new DemoVault(folder, request, session, imported);
    } catch (RuntimeException | Error e) {
      if (session != null) {
        session.lock();
      }
      DemoFolders.delete(folder);
      throw e;
    }
  }

  /** Stores the story as she would: readiness, the chat export, what she logged, her plan. */
  private static ImportSummary fill(VaultSession session, Story story, Path folder) {
    ReadinessAnswers answers =
        new ReadinessAnswers(
            SITUATION, Answer.YES, Answer.YES, Answer.YES, Answer.NO, Answer.NO, Answer.NO);
    Plans.saveReadiness(session, Readiness.assess(answers, Playbook.load()), SITUATION);
    Path export = WhatsAppExport.write(folder, story);
    ImportSummary imported =
        ImportFiles.run(
            session,
            new ImportRequest(List.of(export), Optional.of(story.her()), Optional.of(story.him())),
            ImportListener.NONE);
    for (LogRequest logged : story.logged()) {
      LogEvent.log(session, logged, logged.at().orElseThrow());
    }
    Plans.start(
        session,
        new PlanRequest(
            story.start(), Mode.SOFT, List.of(), List.of(), Optional.empty(), story.him()));
    return imported;
  }

  /** The session the demo was made and opened with; after a lock, {@link #PASSPHRASE} opens it. */
  public VaultSession session() {
    return session;
  }

  /** The demo's own temporary folder. */
  public Path folder() {
    return folder;
  }

  public VaultPlace place() {
    return place;
  }

  public DemoStory story() {
    return request.story();
  }

  /** What importing the story's chat export did, as the Import page would show it. */
  public ImportSummary imported() {
    return imported;
  }

  /** Locks the vault and deletes the demo's folder with everything in it. */
  @Override
  public void close() {
    try {
      session.lock();
    } finally {
      DemoFolders.delete(folder);
    }
  }
}
