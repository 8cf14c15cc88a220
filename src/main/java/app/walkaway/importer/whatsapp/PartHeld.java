package app.walkaway.importer.whatsapp;

import app.walkaway.event.Channel;
import app.walkaway.event.Kind;
import app.walkaway.importer.Author;
import app.walkaway.importer.SplitSink;
import java.time.LocalDateTime;

/**
 * A segment's entries going straight into a part of a {@link SplitSink} on the reading thread:
 * nothing waits as objects, and the sink's own work per entry is spread over the threads too.
 */
final class PartHeld implements Held {
  private final SplitSink sink;
  private final SplitSink.Part part;
  private final String origin;

  PartHeld(SplitSink sink, String origin, long bytes) {
    this.sink = sink;
    this.part = sink.newPart(bytes);
    this.origin = origin;
  }

  @Override
  public void add(
      LocalDateTime at,
      long millis,
      Author author,
      Kind kind,
      String text,
      boolean asks,
      long line) {
    part.add(millis, author, kind, Channel.WHATSAPP, text, origin, line, asks);
  }

  @Override
  public void handOver(long lineShift) {
    sink.join(part, lineShift);
  }
}
