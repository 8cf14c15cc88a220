package app.walkaway.service;

import app.walkaway.analysis.Settings;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Exports of one chat to read and count, storing nothing.
 *
 * @param files the exports, in the order given (several exports of one chat are merged)
 * @param me her name as the chat shows it, when the export does not say
 * @param them his name, needed where more than one other person wrote
 * @param settings the gap, the day she stepped back (which adds the signals and the read-out) and
 *     now
 */
public record AnalyzeRequest(
    List<Path> files, Optional<String> me, Optional<String> them, Settings settings) {
  public AnalyzeRequest {
    files = List.copyOf(files);
    Objects.requireNonNull(me, "me");
    Objects.requireNonNull(them, "them");
    Objects.requireNonNull(settings, "settings");
  }
}
