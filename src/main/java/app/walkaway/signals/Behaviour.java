package app.walkaway.signals;

import app.walkaway.event.Event;
import java.util.List;
import java.util.Objects;

/**
 * One behaviour pattern and the events it rests on.
 *
 * @param kind which pattern
 * @param summary one plain sentence, e.g. "4 calls from him within 18 minutes"
 * @param events the events it cites, in time order (never empty)
 */
public record Behaviour(BehaviourKind kind, String summary, List<Event> events) {
  public Behaviour {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(summary, "summary");
    events = List.copyOf(events);
    if (events.isEmpty()) {
      throw new IllegalArgumentException("a behaviour cites at least one event");
    }
  }

  public Event first() {
    return events.get(0);
  }
}
