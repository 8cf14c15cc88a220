package app.walkaway.service;

import app.walkaway.analysis.Analyzer;
import app.walkaway.analysis.Figures;
import app.walkaway.analysis.Settings;
import app.walkaway.event.Actor;
import app.walkaway.event.Kind;
import app.walkaway.importer.Cast;
import app.walkaway.importer.ChatTable;

/** The figures of a loaded chat once she has said who is who, straight from its columns. */
public final class ChatFigures {
  private static final Kind[] KINDS = Kind.values();

  private ChatFigures() {}

  /** Walks every row: no event is built. */
  public static Figures of(ChatTable table, Cast cast, Settings settings) {
    Actor[] actors = table.authors().stream().map(cast::actorOf).toArray(Actor[]::new);
    int[] author = table.authorColumn();
    byte[] kind = table.kindColumn();
    int size = table.size();
    Analyzer analyzer = new Analyzer(settings);
    for (int row = 0; row < size; row++) {
      analyzer.accept(table.seconds(row), actors[author[row]], KINDS[kind[row]], table.asks(row));
    }
    return analyzer.finish();
  }
}
