package app.walkaway.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Exports to store in her vault.
 *
 * @param files export files, zips or folders, read in this order; a Walkaway export is read back
 * @param me her name as the chats show it (not needed for a Walkaway export, a whole Telegram
 *     account or an SMS backup, which say which messages are hers)
 * @param them his name, needed where more than one other person wrote
 */
public record ImportRequest(List<Path> files, Optional<String> me, Optional<String> them) {
  public ImportRequest {
    files = List.copyOf(files);
    Objects.requireNonNull(me, "me");
    Objects.requireNonNull(them, "them");
    if (files.isEmpty()) {
      throw new IllegalArgumentException("name at least one file to import");
    }
  }
}
