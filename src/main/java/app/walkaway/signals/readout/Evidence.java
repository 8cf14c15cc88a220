package app.walkaway.signals.readout;

import app.walkaway.event.Event;
import app.walkaway.signals.Behaviour;
import app.walkaway.signals.EventSignal;
import app.walkaway.signals.Signal;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One message or event a read-out rests on.
 *
 * @param at when
 * @param quote his words (shortened if long), or what happened for events without words
 * @param source where to find it: file:line, or "logged by hand"
 * @param why what it shows, e.g. {@code threat: "make you pay" (en/make-you-pay)}
 */
public record Evidence(LocalDateTime at, String quote, String source, String why) {
  static final int MAX_QUOTE = 200;

  public Evidence {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(why, "why");
  }

  static Evidence of(EventSignal found) {
    Signal s = found.signal();
    return of(found.event(), s.kind().label() + ": \"" + s.match() + "\" (" + s.rule() + ")");
  }

  static Evidence of(Behaviour behaviour, Event event) {
    return of(event, behaviour.summary());
  }

  static Evidence of(Event event, String why) {
    return new Evidence(event.at(), quote(event), event.source().toString(), why);
  }

  private static String quote(Event e) {
    String text = e.text().strip();
    if (text.isEmpty()) {
      return "(" + e.kind().label() + ")";
    }
    return text.length() <= MAX_QUOTE ? text : text.substring(0, MAX_QUOTE - 1) + "\u2026";
  }
}
