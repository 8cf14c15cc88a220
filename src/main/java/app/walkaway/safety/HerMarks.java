package app.walkaway.safety;

import app.walkaway.event.Event;
import app.walkaway.event.Mark;
import app.walkaway.event.Marked;
import app.walkaway.signals.EventSignal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Her own reading of his messages wins over the word rules': a message she marked is read by her
 * mark alone. "Not a signal" sets its words aside, "warm" makes it a warm bid and nothing else, "a
 * red flag" makes it a warning sign whatever its words (she knows the context a rule cannot).
 */
public final class HerMarks {
  private HerMarks() {}

  /** The signals in words, without those in messages she marked (her mark replaces them). */
  public static List<EventSignal> withoutMarked(List<EventSignal> signals, List<Marked> marks) {
    if (marks.isEmpty()) {
      return List.copyOf(signals);
    }
    Set<Event> marked = events(marks);
    return signals.stream().filter(s -> !marked.contains(s.event())).toList();
  }

  /** The messages she marked with {@code mark}, in time order. */
  public static List<Marked> only(List<Marked> marks, Mark mark) {
    return marks.stream()
        .filter(m -> m.mark() == mark)
        .sorted((a, b) -> a.event().compareTo(b.event()))
        .toList();
  }

  private static Set<Event> events(List<Marked> marks) {
    Set<Event> events = new HashSet<>();
    marks.forEach(m -> events.add(m.event()));
    return events;
  }
}
