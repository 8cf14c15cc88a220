package app.walkaway.method;

import app.walkaway.event.Actor;
import app.walkaway.event.Channel;
import app.walkaway.event.Event;
import app.walkaway.event.Kind;
import app.walkaway.event.SourceRef;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Builds hand-made timelines for tests: "2026-03-01 21:30" style times, one line per event. */
final class Timeline {
  private final List<Event> events = new ArrayList<>();

  static Timeline of() {
    return new Timeline();
  }

  static LocalDateTime t(String when) {
    return LocalDateTime.parse(when.replace(' ', 'T'));
  }

  Timeline me(String when, String text) {
    return add(when, Actor.ME, Kind.MESSAGE, text);
  }

  Timeline them(String when, String text) {
    return add(when, Actor.THEM, Kind.MESSAGE, text);
  }

  Timeline slip(String when, String text) {
    events.add(Event.of(t(when), Actor.ME, Kind.SLIP, Channel.OTHER, text, SourceRef.byHand()));
    return this;
  }

  Timeline slip(String when) {
    return slip(when, "");
  }

  Timeline urge(String when) {
    events.add(
        Event.of(t(when), Actor.ME, Kind.URGE, Channel.OTHER, "miss you", SourceRef.byHand()));
    return this;
  }

  Timeline add(String when, Actor who, Kind kind, String text) {
    SourceRef source = SourceRef.of("chat.txt", events.size() + 1L);
    events.add(Event.of(t(when), who, kind, Channel.WHATSAPP, text, source));
    return this;
  }

  List<Event> events() {
    return List.copyOf(events);
  }
}
