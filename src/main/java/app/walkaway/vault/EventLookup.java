package app.walkaway.vault;

import app.walkaway.event.Actor;
import app.walkaway.event.Channel;
import app.walkaway.event.Event;
import app.walkaway.event.Kind;
import app.walkaway.event.SourceRef;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the events read from one line of one file: how she points at a message to keep as evidence
 * ("chat.txt:212"). A line usually holds one event; a few formats put more on one.
 */
public final class EventLookup {
  private final Transactions transactions;

  EventLookup(Transactions transactions) {
    this.transactions = transactions;
  }

  /** The events from line {@code line} of the file named {@code source}, in time order. */
  public List<Event> at(String source, long line) {
    return transactions.sql(
        "finding a message",
        c -> {
          List<Event> events = new ArrayList<>();
          try (PreparedStatement select =
              c.prepareStatement(
                  "SELECT e.at, e.who, e.kind, e.channel, e.text, e.seconds FROM event e"
                      + " JOIN source s ON s.id = e.source WHERE s.name = ? AND e.line = ?"
                      + " ORDER BY e.at, e.id")) {
            select.setString(1, source);
            select.setLong(2, line);
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                events.add(
                    new Event(
                        Times.fromSeconds(rows.getLong(1)),
                        Actor.valueOf(rows.getString(2)),
                        Kind.valueOf(rows.getString(3)),
                        Channel.valueOf(rows.getString(4)),
                        rows.getString(5),
                        SourceRef.of(source, line),
                        rows.getLong(6)));
              }
            }
          }
          return events;
        });
  }
}
