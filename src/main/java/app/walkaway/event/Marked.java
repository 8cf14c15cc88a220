package app.walkaway.event;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One of his messages as she marked it.
 *
 * @param event the message (or call, or visit) she marked
 * @param mark how she reads it
 * @param markedAt when she marked it, her wall-clock time
 */
public record Marked(Event event, Mark mark, LocalDateTime markedAt) {
  public Marked {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(mark, "mark");
    Objects.requireNonNull(markedAt, "markedAt");
  }
}
