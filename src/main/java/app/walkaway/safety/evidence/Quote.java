package app.walkaway.safety.evidence;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * His message, quoted exactly as imported.
 *
 * @param text the message's words
 * @param source the file it was read from, as she named it (e.g. {@code chat.txt})
 * @param line the line or record in that file, 0 when there is none
 * @param fileSha256 the SHA-256 of that file when it was imported, or "" when it was not recorded
 * @param at when the message was sent, the export's own wall-clock time
 */
public record Quote(String text, String source, long line, String fileSha256, LocalDateTime at) {
  public Quote {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(fileSha256, "fileSha256");
    Objects.requireNonNull(at, "at");
  }
}
