package app.walkaway.importer;

import app.walkaway.event.Channel;
import app.walkaway.event.Kind;
import app.walkaway.event.Questions;
import app.walkaway.event.SourceRef;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One authored item as an export records it, before we know which participant is her. System lines
 * (encryption notices, joins, number changes) never become entries.
 *
 * @param at local wall-clock time as the export shows it (or converted to her zone when the export
 *     stores instants)
 * @param author who sent it
 * @param kind what it is
 * @param channel the app it came from
 * @param text the body with placeholders' invisible marks removed; empty for media-only items
 * @param source file and line or record, for citing it
 * @param seconds call duration, else 0
 * @param asks whether the text asks something ({@link Questions#asks}); importers that have already
 *     looked at the text's bytes can say so without another pass over it
 */
public record Entry(
    LocalDateTime at,
    Author author,
    Kind kind,
    Channel channel,
    String text,
    SourceRef source,
    long seconds,
    boolean asks) {
  /** An entry whose text is searched for a question mark here. */
  public Entry(
      LocalDateTime at,
      Author author,
      Kind kind,
      Channel channel,
      String text,
      SourceRef source,
      long seconds) {
    this(at, author, kind, channel, text, source, seconds, text != null && Questions.asks(text));
  }

  public Entry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
  }
}
