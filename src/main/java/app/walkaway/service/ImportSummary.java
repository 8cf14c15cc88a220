package app.walkaway.service;

import app.walkaway.importer.Participant;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What an import did, file by file.
 *
 * @param files one line per file, in the order given
 */
public record ImportSummary(List<ImportSummary.File> files) {
  public ImportSummary {
    files = List.copyOf(files);
  }

  /**
   * One file.
   *
   * @param file as she named it
   * @param format what it was read as, e.g. "WhatsApp (Android)" or "Walkaway export"
   * @param added events stored now
   * @param alreadyPresent events the vault already held
   * @param skipped lines read but not stored (notices the app added itself, and the like)
   * @param notes what reading found worth saying, e.g. how the order of day and month was decided
   * @param participants everyone who wrote in it, most messages first (none for a Walkaway export)
   * @param restored what else a Walkaway export brought back
   */
  public record File(
      Path file,
      String format,
      long added,
      long alreadyPresent,
      long skipped,
      List<String> notes,
      List<Participant> participants,
      Optional<Restored> restored) {
    public File {
      notes = List.copyOf(notes);
      participants = List.copyOf(participants);
    }
  }

  /**
   * What a Walkaway export brought back besides events.
   *
   * @param plan plan settings added (those she already has keep her value)
   * @param journal journal entries added
   * @param evidence evidence items added
   */
  public record Restored(long plan, long journal, long evidence) {}

  public long added() {
    return files.stream().mapToLong(File::added).sum();
  }

  public long alreadyPresent() {
    return files.stream().mapToLong(File::alreadyPresent).sum();
  }

  public long skipped() {
    return files.stream().mapToLong(File::skipped).sum();
  }
}
