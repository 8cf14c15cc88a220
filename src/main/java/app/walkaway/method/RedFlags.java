package app.walkaway.method;

import app.walkaway.event.Actor;
import app.walkaway.event.Event;
import app.walkaway.event.Kind;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Red flags that need no reading of words, only the shape of events (METHOD.md §3): he turned up in
 * person, he kept contacting her after she asked him to stop, or many calls in a short time. The
 * signals package adds red flags found in his words; guidance takes the union.
 */
public final class RedFlags {
  /** This many calls from him within {@link #FLOOD_WINDOW} count as a flood. */
  static final int FLOOD_CALLS = 5;

  static final Duration FLOOD_WINDOW = Duration.ofHours(1);

  private RedFlags() {}

  /** The red flags in the events from {@code since} on (pass the plan's start). */
  public static Set<RedFlag> find(List<Event> events, LocalDateTime since) {
    Set<RedFlag> flags = new LinkedHashSet<>();
    LocalDateTime boundary = null;
    Deque<Event> calls = new ArrayDeque<>();
    for (Event event : events.stream().sorted().toList()) {
      if (event.who() == Actor.ME && event.kind() == Kind.BOUNDARY) {
        boundary = event.at();
      }
      if (event.who() != Actor.THEM || event.at().isBefore(since)) {
        continue;
      }
      if (event.kind() == Kind.VISIT) {
        flags.add(flag("showed-up", event, "A visit in person during your plan."));
      } else if (boundary != null && event.kind().isContact()) {
        flags.add(flag("boundary-ignored", event, "Contact after you asked for it to stop."));
        boundary = null;
      }
      if (isCall(event.kind()) && flooded(calls, event)) {
        flags.add(flag("call-flood", event, FLOOD_CALLS + " or more calls within an hour."));
        calls.clear();
      }
    }
    return flags;
  }

  private static boolean isCall(Kind kind) {
    return kind == Kind.CALL || kind == Kind.MISSED_CALL;
  }

  private static boolean flooded(Deque<Event> calls, Event call) {
    calls.addLast(call);
    while (Duration.between(calls.peekFirst().at(), call.at()).compareTo(FLOOD_WINDOW) > 0) {
      calls.removeFirst();
    }
    return calls.size() >= FLOOD_CALLS;
  }

  private static RedFlag flag(String kind, Event event, String note) {
    return new RedFlag(kind, event.at(), event.source(), note);
  }
}
