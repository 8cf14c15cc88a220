package app.walkaway.cli;

import app.walkaway.analysis.Analyzer;
import app.walkaway.analysis.Figures;
import app.walkaway.analysis.Settings;
import app.walkaway.event.Actor;
import app.walkaway.event.Event;
import app.walkaway.event.Kind;
import app.walkaway.event.SourceRef;
import app.walkaway.importer.Cast;
import java.util.ArrayList;
import java.util.List;

/** A loaded chat seen from her side once she has said who is who: figures, and events on demand. */
final class ChatTimeline {
  private final ChatTable table;
  private final Actor[] actors;

  ChatTimeline(ChatTable table, Cast cast) {
    this.table = table;
    this.actors = table.authors().stream().map(cast::actorOf).toArray(Actor[]::new);
  }

  /** The figures, straight from the columns: no event is built. */
  Figures figures(Settings settings) {
    Analyzer analyzer = new Analyzer(settings);
    Kind[] kinds = Kind.values();
    for (int row = 0; row < table.size; row++) {
      analyzer.accept(
          table.seconds(row), actors[table.author[row]], kinds[table.kind[row]], table.asks(row));
    }
    return analyzer.finish();
  }

  /** Every entry as an event; needs a table that kept its texts. */
  List<Event> events() {
    if (table.text == null) {
      throw new IllegalStateException("the chat was read without its texts");
    }
    List<Event> events = new ArrayList<>(table.size);
    for (int row = 0; row < table.size; row++) {
      events.add(
          new Event(
              table.at(row),
              actors[table.author[row]],
              table.kind(row),
              table.channelOf(row),
              table.text[row],
              SourceRef.of(table.origin(row), table.line[row]),
              table.duration[row]));
    }
    return events;
  }
}
