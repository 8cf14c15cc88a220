package app.walkaway.service;

import app.walkaway.importer.Participants;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is who in a chat could not be settled from the names given: she did not say which participant
 * she is, the name matches nobody, or more than one other person wrote. The edge words it with the
 * participants found (on the command line, which option to add; on a page, a choice to make).
 */
public final class WhoIsWhoException extends ServiceException {
  private static final long serialVersionUID = 1L;

  private final transient Participants.Problem reason;
  private final transient Participants people;
  private final transient Optional<Path> file;

  WhoIsWhoException(Participants.Problem reason, Participants people, Optional<Path> file) {
    super(
        Problem.WHO_IS_WHO,
        file.map(f -> f + ": ").orElse("")
            + "cannot tell who is who ("
            + reason.reason()
            + ") among "
            + people.list().size()
            + " participants");
    this.reason = Objects.requireNonNull(reason, "reason");
    this.people = Objects.requireNonNull(people, "people");
    this.file = Objects.requireNonNull(file, "file");
  }

  /** What is missing or did not fit. */
  public Participants.Problem reason() {
    return reason;
  }

  /** Everyone who wrote, most messages first. */
  public Participants people() {
    return people;
  }

  /** The file the chat came from, when one file was being imported. */
  public Optional<Path> file() {
    return file;
  }
}
