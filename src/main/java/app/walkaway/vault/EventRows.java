package app.walkaway.vault;

import app.walkaway.event.Actor;
import app.walkaway.event.Channel;
import app.walkaway.event.Event;
import app.walkaway.event.Kind;
import app.walkaway.event.SourceRef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stored events read by their row id: all of them as bare columns for a caller that keeps its own
 * compact copy (a server's in-memory index), and a handful of whole events by id (a page of a
 * timeline). Rows are read in id order, the table's own order: a scan of the table, not of an
 * index.
 */
final class EventRows {
  private static final String SCAN =
      "SELECT id, at, who, kind, channel, text, fingerprint, occurrence FROM event"
          + " WHERE id > ? ORDER BY id";
  private static final String FLAGS = "SELECT fingerprint, occurrence, kind FROM word_flag";
  private static final String BY_ID =
      "SELECT id, at, who, kind, channel, text, source, line, seconds FROM event WHERE id = ?";
  private static final Actor[] ACTORS = Actor.values();

  private EventRows() {}

  static long scan(Connection c, long afterId, EventStore.RowSink sink) throws SQLException {
    Map<Long, List<FlagRow>> flags = flags(c);
    long last = afterId;
    try (PreparedStatement select = c.prepareStatement(SCAN)) {
      select.setLong(1, afterId);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          last = rows.getLong(1);
          sink.row(
              last,
              rows.getLong(2),
              actor(rows.getString(3)),
              Kind.valueOf(rows.getString(4)),
              Channel.valueOf(rows.getString(5)),
              rows.getString(6),
              flagsOf(flags, rows.getLong(7), rows.getInt(8)));
        }
      }
    }
    return last;
  }

  private static Actor actor(String name) {
    // Three values, compared by reference-equal constants first: a million valueOf lookups less.
    for (Actor actor : ACTORS) {
      if (actor.name().equals(name)) {
        return actor;
      }
    }
    return Actor.valueOf(name);
  }

  /** A red-flag kind stored for one event (V3's word_flag). */
  private record FlagRow(int occurrence, String kind) {}

  /** The few flagged events, by fingerprint: a lookup per scanned row, no join. */
  private static Map<Long, List<FlagRow>> flags(Connection c) throws SQLException {
    Map<Long, List<FlagRow>> flags = new HashMap<>();
    if (!hasWordFlags(c)) {
      return flags;
    }
    try (PreparedStatement select = c.prepareStatement(FLAGS);
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        flags
            .computeIfAbsent(rows.getLong(1), f -> new ArrayList<>(1))
            .add(new FlagRow(rows.getInt(2), rows.getString(3)));
      }
    }
    return flags;
  }

  private static boolean hasWordFlags(Connection c) throws SQLException {
    try (PreparedStatement select =
            c.prepareStatement(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'word_flag'");
        ResultSet rows = select.executeQuery()) {
      return rows.next() && rows.getInt(1) > 0;
    }
  }

  private static List<String> flagsOf(
      Map<Long, List<FlagRow>> flags, long fingerprint, int occurrence) {
    List<FlagRow> found = flags.get(fingerprint);
    if (found == null) {
      return List.of();
    }
    List<String> kinds = new ArrayList<>(1);
    for (FlagRow row : found) {
      if (row.occurrence() == occurrence) {
        kinds.add(row.kind());
      }
    }
    return kinds;
  }

  /** The events with these ids, by id, in the order asked; ids not stored are left out. */
  static Map<Long, Event> byIds(Connection c, long[] ids) throws SQLException {
    Map<Long, String> names = Sources.names(c);
    Map<Long, Event> events = new LinkedHashMap<>();
    try (PreparedStatement select = c.prepareStatement(BY_ID)) {
      for (long id : ids) {
        select.setLong(1, id);
        try (ResultSet rows = select.executeQuery()) {
          if (rows.next()) {
            events.put(id, event(rows, names));
          }
        }
      }
    }
    return events;
  }

  private static Event event(ResultSet rows, Map<Long, String> names) throws SQLException {
    return new Event(
        Times.fromSeconds(rows.getLong(2)),
        Actor.valueOf(rows.getString(3)),
        Kind.valueOf(rows.getString(4)),
        Channel.valueOf(rows.getString(5)),
        rows.getString(6),
        SourceRef.of(names.get(rows.getLong(7)), rows.getLong(8)),
        rows.getLong(9));
  }
}
