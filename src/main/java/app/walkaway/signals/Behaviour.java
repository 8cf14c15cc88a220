package app.walkaway.signals;

import app.walkaway.event.Actor;
import app.walkaway.event.Event;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One behaviour pattern and the events it rests on, as data ({@code app.walkaway.text} words it).
 *
 * @param kind which pattern
 * @param events the events it cites, in time order (never empty); for contact after her "stop", her
 *     boundary first
 * @param night for late-night contact, the hours counted as night
 */
public record Behaviour(BehaviourKind kind, List<Event> events, Optional<Night> night) {
  /** The hours counted as night, e.g. from 00:00 to 05:00. */
  public record Night(LocalTime start, LocalTime end) {}

  public Behaviour {
    Objects.requireNonNull(kind, "kind");
    events = List.copyOf(events);
    Objects.requireNonNull(night, "night");
    if (events.isEmpty()) {
      throw new IllegalArgumentException("a behaviour cites at least one event");
    }
  }

  public Behaviour(BehaviourKind kind, List<Event> events) {
    this(kind, events, Optional.empty());
  }

  public Event first() {
    return events.get(0);
  }

  public Event last() {
    return events.get(events.size() - 1);
  }

  /** From the first event to the last. */
  public Duration span() {
    return Duration.between(first().at(), last().at());
  }

  /** His events among those cited (her boundary left out). */
  public List<Event> his() {
    return events.stream().filter(e -> e.who() == Actor.THEM).toList();
  }

  /** The days the events fell on, each once, in order. */
  public List<LocalDate> days() {
    return events.stream().map(e -> e.at().toLocalDate()).distinct().toList();
  }
}
