package app.walkaway.signals;

import app.walkaway.event.Event;
import java.util.Objects;

/** A signal together with the message it was found in, so it can be cited. */
public record EventSignal(Event event, Signal signal) {
  public EventSignal {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(signal, "signal");
  }
}
