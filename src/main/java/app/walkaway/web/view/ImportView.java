package app.walkaway.web.view;

import java.util.List;
import java.util.Optional;

/**
 * The Import page in whichever state the import is: choosing files, saying who is who, running,
 * finished, or failed.
 *
 * @param state which of them: "idle", "choosing", "running", "done" or "failed"
 * @param problem what went wrong, or what to fix, if anything
 * @param files the files uploaded (choosing, running)
 * @param people who wrote in them, most messages first, as "Maya (612 messages)" (choosing)
 * @param progress how far a running import has got
 * @param summary what a finished import did
 * @param limit the upload limit in words ("1 GB") and bytes, for the form
 * @param limitBytes the same in bytes, for the script that checks before sending
 * @param here where the page is shown (the Import page or the last first step)
 */
public record ImportView(
    String state,
    Optional<String> problem,
    List<String> files,
    List<Person> people,
    Optional<Progress> progress,
    Optional<Summary> summary,
    String limit,
    long limitBytes,
    String here) {
  public ImportView {
    files = List.copyOf(files);
    people = List.copyOf(people);
  }

  /** True when shown as the last of the first steps (it then leads on to Today). */
  public boolean firstStep() {
    return here.startsWith("/first-steps/");
  }

  /**
   * Someone who wrote in the files.
   *
   * @param name as the chat shows it (the form sends it back)
   * @param label with how many messages
   * @param owner true when the export says it is hers (chosen for "you" at first)
   */
  public record Person(String name, String label, boolean owner) {}

  /**
   * @param phase what is being done, in words
   * @param percent how far, 0 to 100
   */
  public record Progress(String phase, int percent) {}

  /**
   * @param total the whole import in one sentence
   * @param files one line per file
   * @param notes what reading found worth saying
   */
  public record Summary(String total, List<String> files, List<String> notes) {
    public Summary {
      files = List.copyOf(files);
      notes = List.copyOf(notes);
    }
  }
}
