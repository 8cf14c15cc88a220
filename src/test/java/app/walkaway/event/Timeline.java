package app.walkaway.event;

import app.walkaway.analysis.Analysis;
import app.walkaway.analysis.Figures;
import app.walkaway.analysis.Settings;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The one builder of invented timelines for tests, in two styles that mix freely:
 *
 * <ul>
 *   <li>times written out: {@code new Timeline().me("2026-01-01 08:00").them("2026-01-01 08:30",
 *       "hi")}; each event is read from {@code chat.txt} at its position, on WhatsApp;
 *   <li>a cursor moved along: {@code Timeline.from(t0).his("hi").minutes(5).hers(Kind.CALL)};
 *       contact is read from {@code chat.txt}, anything else was logged by hand.
 * </ul>
 */
public final class Timeline {
  private final List<Event> events = new ArrayList<>();
  private LocalDateTime cursor;

  public Timeline() {
    this(LocalDateTime.of(2026, 1, 1, 0, 0));
  }

  private Timeline(LocalDateTime start) {
    this.cursor = start;
  }

  public static Timeline of() {
    return new Timeline();
  }

  public static Timeline from(LocalDateTime start) {
    return new Timeline(start);
  }

  /** "2026-03-01 10:00" or "2026-03-01T10:00". */
  public static LocalDateTime t(String when) {
    return LocalDateTime.parse(when.replace(' ', 'T'));
  }

  /** The same as {@link #t}. */
  public static LocalDateTime at(String when) {
    return t(when);
  }

  // Times written out.

  public Timeline me(String when) {
    return add(when, Actor.ME, Kind.MESSAGE, "");
  }

  public Timeline them(String when) {
    return add(when, Actor.THEM, Kind.MESSAGE, "");
  }

  public Timeline me(String when, String text) {
    return add(when, Actor.ME, Kind.MESSAGE, text);
  }

  public Timeline them(String when, String text) {
    return add(when, Actor.THEM, Kind.MESSAGE, text);
  }

  public Timeline add(String when, Actor who, Kind kind) {
    return add(when, who, kind, "");
  }

  public Timeline add(String when, Actor who, Kind kind, String text) {
    SourceRef source = SourceRef.of("chat.txt", events.size() + 1L);
    events.add(Event.of(t(when), who, kind, Channel.WHATSAPP, text, source));
    return this;
  }

  public Timeline slip(String when, String text) {
    events.add(Event.of(t(when), Actor.ME, Kind.SLIP, Channel.OTHER, text, SourceRef.byHand()));
    return this;
  }

  public Timeline slip(String when) {
    return slip(when, "");
  }

  public Timeline urge(String when) {
    events.add(
        Event.of(t(when), Actor.ME, Kind.URGE, Channel.OTHER, "miss you", SourceRef.byHand()));
    return this;
  }

  // A cursor moved along.

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

  /** Where the cursor is. */
  public LocalDateTime now() {
    return cursor;
  }

  public List<Event> events() {
    return List.copyOf(events);
  }

  // The figures, for the analysis tests.

  public Figures analyze(String now) {
    return Analysis.analyze(events, Settings.of(t(now)));
  }

  public Figures analyze(String now, String start) {
    return Analysis.analyze(events, Settings.of(t(now)).withStart(LocalDate.parse(start)));
  }
}
