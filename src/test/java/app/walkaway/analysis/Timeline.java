package app.walkaway.analysis;

import app.walkaway.event.Actor;
import app.walkaway.event.Channel;
import app.walkaway.event.Event;
import app.walkaway.event.Kind;
import app.walkaway.event.SourceRef;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Builds hand-made timelines for analysis tests: {@code new Timeline().me("2026-03-01 09:00")}. */
final class Timeline {
  private final List<Event> events = new ArrayList<>();

  Timeline me(String at) {
    return add(at, Actor.ME, Kind.MESSAGE);
  }

  Timeline them(String at) {
    return add(at, Actor.THEM, Kind.MESSAGE);
  }

  Timeline me(String at, String text) {
    return add(at, Actor.ME, Kind.MESSAGE, text);
  }

  Timeline them(String at, String text) {
    return add(at, Actor.THEM, Kind.MESSAGE, text);
  }

  Timeline add(String at, Actor who, Kind kind) {
    return add(at, who, kind, "");
  }

  Timeline add(String at, Actor who, Kind kind, String text) {
    events.add(
        Event.of(
            at(at), who, kind, Channel.WHATSAPP, text, SourceRef.of("t.txt", events.size() + 1)));
    return this;
  }

  List<Event> events() {
    return events;
  }

  Figures analyze(String now) {
    return Analysis.analyze(events, Settings.of(at(now)));
  }

  Figures analyze(String now, String start) {
    return Analysis.analyze(events, Settings.of(at(now)).withStart(LocalDate.parse(start)));
  }

  static LocalDateTime at(String text) {
    return LocalDateTime.parse(text.replace(' ', 'T'));
  }
}
