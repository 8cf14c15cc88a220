package app.walkaway.method;

import app.walkaway.event.SourceRef;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Something that puts her safety before any plan: a threat, ignoring her "stop", showing up, a
 * flood of calls. Anyone may produce these (the simple rules in {@link RedFlags}, the signals
 * lexicons later); guidance only asks whether there are recent ones.
 *
 * @param kind a short label such as {@code boundary-ignored} or {@code threat}
 * @param at when it happened, local wall-clock time
 * @param source the event it rests on
 * @param note one plain sentence saying what was seen
 */
public record RedFlag(String kind, LocalDateTime at, SourceRef source, String note) {
  public RedFlag {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(note, "note");
  }
}
