package app.walkaway.importer.meta;

import app.walkaway.event.Channel;
import app.walkaway.event.Kind;
import app.walkaway.event.SourceRef;
import app.walkaway.importer.Author;
import app.walkaway.importer.Entry;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * One entry read from a Meta thread before the channel is known and the files are put in time
 * order.
 */
record MetaItem(
    long epochMs, Author author, Kind kind, String text, SourceRef source, long seconds) {

  Entry toEntry(Channel channel, ZoneId zone) {
    LocalDateTime at = LocalDateTime.ofInstant(Instant.ofEpochMilli(epochMs), zone);
    return new Entry(at, author, kind, channel, text, source, seconds);
  }
}
