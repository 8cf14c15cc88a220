package app.walkaway.service;

import app.walkaway.event.Event;
import app.walkaway.method.RedFlag;
import app.walkaway.method.RedFlags;
import app.walkaway.signals.EventSignal;
import app.walkaway.signals.SignalDetector;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The red flags today's guidance weighs: the shapes of events the method reads itself (a visit,
 * contact after her "stop", a flood of calls) and his words the signals lexicons mark as a threat,
 * an insult, pressure, stalking or a threat of self-harm.
 */
final class TodayRedFlags {
  private TodayRedFlags() {}

  static Set<RedFlag> find(List<Event> events, LocalDateTime since) {
    Set<RedFlag> flags = new LinkedHashSet<>(RedFlags.find(events, since));
    // Only his words since the start count, so only those are read (a vault may hold years).
    List<Event> sinceStart = events.stream().filter(e -> !e.at().isBefore(since)).toList();
    SignalDetector detector = SignalDetector.forChat(SignalDetector.languageOf(sinceStart));
    for (EventSignal found : detector.readAll(sinceStart)) {
      Event event = found.event();
      if (found.signal().kind().isRedFlag()) {
        String kind = found.signal().kind().label();
        flags.add(
            new RedFlag(kind, event.at(), event.source(), "A message read as: " + kind + "."));
      }
    }
    return flags;
  }
}
