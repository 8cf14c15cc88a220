package app.walkaway.signals;

import app.walkaway.event.Actor;
import app.walkaway.event.Channel;
import app.walkaway.event.Event;
import app.walkaway.event.Kind;
import app.walkaway.event.SourceRef;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds hand-made timelines for tests: a cursor moves forward in time and each call adds an event
 * there, numbered as lines of an invented "chat.txt" so citations can be checked.
 */
public final class Timeline {
  private final List<Event> events = new ArrayList<>();
  private LocalDateTime cursor;

  private Timeline(LocalDateTime start) {
    this.cursor = start;
  }

  public static Timeline from(LocalDateTime start) {
    return new Timeline(start);
  }

  public Timeline at(LocalDateTime when) {
    cursor = when;
    return this;
  }

  public Timeline minutes(long n) {
    cursor = cursor.plusMinutes(n);
    return this;
  }

  public Timeline days(long n) {
    cursor = cursor.plusDays(n);
    return this;
  }

  public Timeline his(String text) {
    return add(Actor.THEM, Kind.MESSAGE, text);
  }

  public Timeline hers(String text) {
    return add(Actor.ME, Kind.MESSAGE, text);
  }

  public Timeline his(Kind kind) {
    return add(Actor.THEM, kind, "");
  }

  public Timeline hers(Kind kind) {
    return add(Actor.ME, kind, "");
  }

  public Timeline add(Actor who, Kind kind, String text) {
    Channel channel = kind.isContact() ? Channel.WHATSAPP : Channel.OTHER;
    SourceRef source =
        kind.isContact() ? SourceRef.of("chat.txt", events.size() + 1L) : SourceRef.byHand();
    events.add(Event.of(cursor, who, kind, channel, text, source));
    return this;
  }

  public LocalDateTime now() {
    return cursor;
  }

  public List<Event> events() {
    return List.copyOf(events);
  }
}
