package app.walkaway.vault;

import app.walkaway.event.Event;
import app.walkaway.event.Mark;
import app.walkaway.event.Marked;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Her marks on his messages (V5's {@code mark}), keyed like the event (fingerprint and occurrence)
 * so a re-import of the same export finds the same event and keeps her mark. Events are addressed
 * by their row id, as a timeline page shows them, or by the file and line they were read from.
 */
public final class MarkStore {
  private static final String IDENTITY = "SELECT fingerprint, occurrence FROM event WHERE id = ?";
  private static final String PUT =
      "INSERT OR REPLACE INTO mark (fingerprint, occurrence, mark, marked_at) VALUES (?, ?, ?, ?)";
  private static final String CLEAR = "DELETE FROM mark WHERE fingerprint = ? AND occurrence = ?";
  private static final String OF =
      "SELECT m.mark, m.marked_at FROM mark m JOIN event e"
          + " ON e.fingerprint = m.fingerprint AND e.occurrence = m.occurrence WHERE e.id = ?";
  private static final String ALL =
      "SELECT e.id, m.mark, m.marked_at FROM mark m JOIN event e"
          + " ON e.fingerprint = m.fingerprint AND e.occurrence = m.occurrence ORDER BY e.at, e.id";
  private static final String AT_LINE =
      "SELECT e.id FROM event e JOIN source s ON s.id = e.source"
          + " WHERE s.name = ? AND e.line = ? ORDER BY e.at, e.id";

  private final Transactions transactions;

  MarkStore(Transactions transactions) {
    this.transactions = transactions;
  }

  /**
   * Marks the event with row id {@code eventId}; a mark it had is replaced.
   *
   * @return false when no event has that id (nothing was stored)
   */
  public boolean put(long eventId, Mark mark, LocalDateTime at) {
    Objects.requireNonNull(mark, "mark");
    Objects.requireNonNull(at, "at");
    return transactions.sql(
        "keeping your mark",
        c -> {
          Optional<long[]> identity = identity(c, eventId);
          if (identity.isEmpty()) {
            return false;
          }
          try (PreparedStatement put = c.prepareStatement(PUT)) {
            put.setLong(1, identity.get()[0]);
            put.setLong(2, identity.get()[1]);
            put.setString(3, mark.name());
            put.setLong(4, Times.toSeconds(at));
            put.executeUpdate();
          }
          return true;
        });
  }

  /** Takes her mark off the event with row id {@code eventId}; true if there was one. */
  public boolean clear(long eventId) {
    return transactions.sql(
        "taking your mark off",
        c -> {
          Optional<long[]> identity = identity(c, eventId);
          if (identity.isEmpty()) {
            return false;
          }
          try (PreparedStatement clear = c.prepareStatement(CLEAR)) {
            clear.setLong(1, identity.get()[0]);
            clear.setLong(2, identity.get()[1]);
            return clear.executeUpdate() > 0;
          }
        });
  }

  /** Her mark on the event with row id {@code eventId}, if any. */
  public Optional<Marked> find(long eventId) {
    return transactions.sql(
        "reading your marks",
        c -> {
          Map<Long, Event> event = EventRows.byIds(c, new long[] {eventId});
          if (event.isEmpty()) {
            return Optional.<Marked>empty();
          }
          try (PreparedStatement of = c.prepareStatement(OF)) {
            of.setLong(1, eventId);
            try (ResultSet rows = of.executeQuery()) {
              return rows.next()
                  ? Optional.of(marked(event.get(eventId), rows.getString(1), rows.getLong(2)))
                  : Optional.<Marked>empty();
            }
          }
        });
  }

  /** Every mark, by the row id of its event, in the events' time order. */
  public Map<Long, Marked> all() {
    return transactions.sql(
        "reading your marks",
        c -> {
          Map<Long, String[]> found = new LinkedHashMap<>();
          try (PreparedStatement all = c.prepareStatement(ALL);
              ResultSet rows = all.executeQuery()) {
            while (rows.next()) {
              found.put(rows.getLong(1), new String[] {rows.getString(2), rows.getString(3)});
            }
          }
          long[] ids = found.keySet().stream().mapToLong(Long::longValue).toArray();
          Map<Long, Event> events = EventRows.byIds(c, ids);
          Map<Long, Marked> marks = new LinkedHashMap<>();
          found.forEach(
              (id, row) -> marks.put(id, marked(events.get(id), row[0], Long.parseLong(row[1]))));
          return marks;
        });
  }

  /**
   * The row ids of the events read from line {@code line} of the file named {@code origin} (as it
   * was imported), in time order: how she points at a message on the command line. A line usually
   * holds one event; a few formats put more on one.
   */
  public List<Long> idsAt(String origin, long line) {
    return transactions.sql(
        "finding the message",
        c -> {
          List<Long> ids = new ArrayList<>();
          try (PreparedStatement select = c.prepareStatement(AT_LINE)) {
            select.setString(1, origin);
            select.setLong(2, line);
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                ids.add(rows.getLong(1));
              }
            }
          }
          return ids;
        });
  }

  private static Optional<long[]> identity(Connection c, long eventId) throws SQLException {
    try (PreparedStatement select = c.prepareStatement(IDENTITY)) {
      select.setLong(1, eventId);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next()
            ? Optional.of(new long[] {rows.getLong(1), rows.getLong(2)})
            : Optional.empty();
      }
    }
  }

  private static Marked marked(Event event, String mark, long at) {
    return new Marked(event, Mark.valueOf(mark), Times.fromSeconds(at));
  }
}
