package app.walkaway.signals;

import app.walkaway.event.Event;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Sliding windows over events in time order. */
final class Windows {
  private Windows() {}

  /**
   * Maximal runs in which at least {@code min} events fall within {@code window} of the run's first
   * event; a run then keeps growing while each next event is within {@code window} of the one
   * {@code min - 1} places before it, so one long burst is reported once, not many times.
   */
  static List<List<Event>> runs(List<Event> events, Duration window, int min) {
    List<List<Event>> runs = new ArrayList<>();
    int i = 0;
    while (i + min - 1 < events.size()) {
      if (within(events.get(i), events.get(i + min - 1), window)) {
        int end = i + min;
        while (end < events.size() && within(events.get(end - min + 1), events.get(end), window)) {
          end++;
        }
        runs.add(List.copyOf(events.subList(i, end)));
        i = end;
      } else {
        i++;
      }
    }
    return runs;
  }

  private static boolean within(Event first, Event last, Duration window) {
    return Duration.between(first.at(), last.at()).compareTo(window) <= 0;
  }
}
