package app.walkaway.service;

import app.walkaway.analysis.Analyzer;
import app.walkaway.analysis.Figures;
import app.walkaway.analysis.Settings;
import app.walkaway.event.Actor;
import app.walkaway.importer.Author;
import app.walkaway.importer.Cast;
import app.walkaway.importer.ChatTable;
import app.walkaway.importer.Participants;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The figures worked out while a big export is still being read: each time the reading threads hand
 * over a part of the table, this thread (which would otherwise wait for them) walks the new rows.
 * The walk needs to know who is who before the whole chat is read, so it guesses the cast from the
 * people seen so far with her --me and --them; and it needs the rows in time order.
 *
 * <p>Only a guess that proves right is used: {@link #figures} gives them only when every row was
 * walked in order, none went back in time (so the table needs no sorting), and the final cast puts
 * every author on the same side as the guess did. Otherwise the figures are worked out after
 * reading, as without this, so the result is the same either way; only when it is ready differs.
 */
final class FiguresAhead implements Consumer<ChatTable> {
  private final Settings settings;
  private final Optional<String> me;
  private final Optional<String> them;
  private Cast guess;
  private Analyzer analyzer;
  private Actor[] actors = new Actor[0];
  private int walked;
  private long lastMillis = Long.MIN_VALUE;
  private boolean abandoned;

  FiguresAhead(Settings settings, Optional<String> me, Optional<String> them) {
    this.settings = settings;
    this.me = me;
    this.them = them;
  }

  /** Walks the rows added to {@code table} since the last call. */
  @Override
  public void accept(ChatTable table) {
    if (abandoned || (guess == null && !guessCast(table))) {
      return;
    }
    long[] times = table.millisColumn();
    int[] authors = table.authorColumn();
    int size = table.size();
    for (int row = walked; row < size; row++) {
      long millis = times[row];
      if (millis < lastMillis) {
        abandon(); // the table will be sorted: the walk after reading sees another order
        return;
      }
      lastMillis = millis;
      analyzer.accept(
          table.seconds(row), actorOf(table, authors[row]), table.kind(row), table.asks(row));
    }
    walked = size;
  }

  /**
   * The figures, when the walk went through every row of {@code table} in order and {@code cast}
   * sides with its guess on every author; empty otherwise.
   */
  Optional<Figures> figures(ChatTable table, Cast cast) {
    if (abandoned || guess == null || walked != table.size()) {
      return Optional.empty();
    }
    List<Author> authors = table.authors();
    for (Author author : authors) {
      if (guess.actorOf(author) != cast.actorOf(author)) {
        return Optional.empty();
      }
    }
    abandoned = true; // an analyzer gives its figures once
    return Optional.of(analyzer.finish());
  }

  /**
   * Guesses the cast from the people seen so far, as the final choice would be made; false while
   * that choice cannot be made yet (she has not written yet, say). Their message counts only order
   * the people, which the choice does not depend on, so each counts one here.
   */
  private boolean guessCast(ChatTable table) {
    if (table.size() == 0) {
      return false;
    }
    List<Author> authors = table.authors();
    long[] ones = new long[authors.size()];
    Arrays.fill(ones, 1);
    if (!(Participants.of(authors, ones).choose(me, them) instanceof Cast cast)) {
      return false;
    }
    guess = cast;
    analyzer = new Analyzer(settings);
    return true;
  }

  private Actor actorOf(ChatTable table, int authorIndex) {
    if (authorIndex >= actors.length) {
      actors = Arrays.copyOf(actors, table.authors().size());
    }
    Actor actor = actors[authorIndex];
    if (actor == null) {
      actor = guess.actorOf(table.authors().get(authorIndex));
      actors[authorIndex] = actor;
    }
    return actor;
  }

  private void abandon() {
    abandoned = true;
    analyzer = null;
  }
}
