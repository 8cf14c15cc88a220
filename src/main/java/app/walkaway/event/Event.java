package app.walkaway.event;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One thing that happened between her and him, from any source.
 *
 * <p>Times are wall-clock times as the source shows them (WhatsApp writes no zone at all), so they
 * are {@link LocalDateTime}s and are never shifted once read.
 *
 * @param at when it happened, local wall-clock time
 * @param who whose event it is
 * @param kind what happened
 * @param channel where it happened
 * @param text the words, or an empty string; never null
 * @param source where it was read from, for citing it as evidence
 * @param seconds duration for calls, else 0
 */
public record Event(
    LocalDateTime at,
    Actor who,
    Kind kind,
    Channel channel,
    String text,
    SourceRef source,
    long seconds)
    implements Comparable<Event> {

  public Event {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(who, "who");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    if (seconds < 0) {
      throw new IllegalArgumentException("seconds must not be negative: " + seconds);
    }
  }

  /** An event without a duration. */
  public static Event of(
      LocalDateTime at, Actor who, Kind kind, Channel channel, String text, SourceRef source) {
    return new Event(at, who, kind, channel, text, source, 0);
  }

  /** Orders by time only; events at the same time keep their relative order in stable sorts. */
  @Override
  public int compareTo(Event other) {
    return at.compareTo(other.at);
  }
}
