package app.walkaway.readout;

import app.walkaway.event.Actor;
import app.walkaway.event.Event;
import app.walkaway.event.Kind;
import app.walkaway.event.SourceRef;
import app.walkaway.signals.Behaviour;
import app.walkaway.signals.EventSignal;
import app.walkaway.signals.Signal;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One message or event a read-out rests on (its grounds); "evidence" is kept for her safety
 * journal.
 *
 * @param at when
 * @param who whose it is
 * @param kind what it is (a message, a call, a visit...)
 * @param quote its words, cut to {@link #MAX_QUOTE} characters; empty when it has none
 * @param source the file and line it was read from, or "logged by hand"
 * @param possible whether it is only possibly what it is cited as, for her to read and judge
 * @param because why it is cited
 */
public record Citation(
    LocalDateTime at,
    Actor who,
    Kind kind,
    String quote,
    SourceRef source,
    boolean possible,
    Because because) {
  public static final int MAX_QUOTE = 200;

  public Citation {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(who, "who");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(because, "because");
  }

  static Citation of(EventSignal found) {
    Signal s = found.signal();
    Event e = found.event();
    return new Citation(
        e.at(),
        e.who(),
        e.kind(),
        quote(e),
        e.source(),
        s.possible(),
        new Because.Words(s.kind(), s.match(), s.rule()));
  }

  static Citation of(Behaviour behaviour, Event event) {
    return of(event, new Because.Pattern(behaviour));
  }

  static Citation of(Event event, Because because) {
    return new Citation(
        event.at(), event.who(), event.kind(), quote(event), event.source(), false, because);
  }

  private static String quote(Event e) {
    String text = e.text().strip();
    return text.length() <= MAX_QUOTE ? text : text.substring(0, MAX_QUOTE - 1) + "\u2026";
  }
}
