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
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/** Her events: imported from exports or logged by hand. */
public final class EventStore {
  private static final int BATCH = 5_000;
  // 64 MiB while importing: the unique index on fingerprints is written all over, and a million
  // events' index fits in it, so an import does not re-read and re-decrypt pages.
  private static final int IMPORT_CACHE_KIB = 64 * 1024;
  private static final String INSERT =
      "INSERT OR IGNORE INTO event (at, who, kind, channel, text, source, line, seconds,"
          + " fingerprint, occurrence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String COLUMNS =
      "SELECT at, who, kind, channel, text, source, line, seconds FROM event";
  private static final String SELECT = COLUMNS + " ORDER BY at, id";
  // The index on at (which carries the row id) serves both the range and the order.
  private static final String SELECT_SINCE = COLUMNS + " WHERE at >= ? ORDER BY at, id";
  private static final String SELECT_BETWEEN =
      COLUMNS + " WHERE at >= ? AND at < ? ORDER BY at, id";
  private static final String SELECT_FLAGGED =
      COLUMNS
          + " WHERE at < ? AND (fingerprint, occurrence) IN"
          + " (SELECT fingerprint, occurrence FROM word_flag) ORDER BY at, id";
  // The repeated "kind <> 'MESSAGE'" lets SQLite use the partial index event_not_message (V3).
  private static final String SELECT_FIRST_OF_KIND =
      COLUMNS + " WHERE kind = ? AND kind <> 'MESSAGE' AND at < ? ORDER BY at, id LIMIT 1";
  private static final String SELECT_LAST_CONTACT =
      COLUMNS
          + " WHERE at < ? AND who = ? AND kind IN ("
          + Arrays.stream(Kind.values())
              .filter(Kind::isContact)
              .map(k -> "'" + k.name() + "'")
              .collect(Collectors.joining(", "))
          + ") ORDER BY at DESC, id DESC LIMIT 1";

  private final Transactions transactions;
  private final boolean flagsWords;
  private final WordFlagger flagger;

  EventStore(Transactions transactions, boolean flagsWords, WordFlagger flagger) {
    this.transactions = transactions;
    this.flagsWords = flagsWords;
    this.flagger = flagger;
  }

  /** {@link #add(Iterator, LongConsumer)} without progress. */
  public AddResult add(Collection<Event> fromOneSource) {
    return add(fromOneSource.iterator(), done -> {});
  }

  /** {@link #add(Iterator, LongConsumer)} over a collection. */
  public AddResult add(Collection<Event> fromOneSource, LongConsumer progress) {
    return add(fromOneSource.iterator(), progress);
  }

  /**
   * Adds the events read from one source (one file) in one transaction, skipping those already
   * stored. The n-th event with the same fingerprint within this source is occurrence n, so genuine
   * repeats are kept while a re-import of the same or an overlapping export adds nothing.
   *
   * <p>The events are taken from the iterator as they are stored, {@value #BATCH} at a time (one
   * batch prepared ahead on a second thread): an importer can hand them over as it reads, and
   * memory then holds two batches and a count per distinct event (about 24 bytes), not the source.
   * The iterator is only ever used from that second thread.
   *
   * @param progress told how many events have been handled so far, every few thousand
   */
  public AddResult add(Iterator<Event> fromOneSource, LongConsumer progress) {
    return add(fromOneSource, progress, flagger);
  }

  /**
   * The same, the words read for red flags by {@code sourceFlagger} instead of the vault's own: one
   * that knows this source's language.
   */
  public AddResult add(
      Iterator<Event> fromOneSource, LongConsumer progress, WordFlagger sourceFlagger) {
    Objects.requireNonNull(fromOneSource, "fromOneSource");
    return transactions.sql(
        "importing events",
        c -> {
          FingerprintCounts seen = new FingerprintCounts();
          // Raised from the reading default only: a size set on purpose (a test's) stands.
          boolean raise = cacheKib(c) == Keyed.READ_CACHE_KIB;
          if (raise) {
            setCacheKib(c, IMPORT_CACHE_KIB);
          }
          try {
            return insert(c, fromOneSource, seen::next, progress, sourceFlagger);
          } finally {
            if (raise) {
              setCacheKib(c, Keyed.READ_CACHE_KIB);
            }
          }
        });
  }

  /** Stores one hand-logged event; always added, even if an identical one exists (a repeat). */
  public void log(Event event) {
    transactions.sql(
        "logging the event",
        c ->
            insert(
                c,
                List.of(event).iterator(),
                fingerprint -> nextOccurrence(c, fingerprint),
                done -> {},
                flagger));
  }

  private AddResult insert(
      Connection c,
      Iterator<Event> events,
      Occurrences occurrences,
      LongConsumer progress,
      WordFlagger flagger)
      throws SQLException {
    Sources sources = new Sources(c);
    long added = 0;
    long done = 0;
    try (PreparedStatement insert = c.prepareStatement(INSERT);
        WordFlags flags = flagsWords ? new WordFlags(c) : WordFlags.NONE;
        Prepared prepared = new Prepared(events, BATCH, flagger)) {
      for (List<Prepared.Row> rows = prepared.nextBatch();
          !rows.isEmpty();
          rows = prepared.nextBatch()) {
        for (Prepared.Row row : rows) {
          int occurrence = occurrences.next(row.fingerprint());
          bind(insert, row.event(), sources.id(row.event().source().origin()), row.fingerprint());
          insert.setInt(10, occurrence);
          insert.addBatch();
          flags.add(row.flags(), row.fingerprint(), occurrence);
        }
        added += count(insert.executeBatch());
        flags.flush();
        done += rows.size();
        progress.accept(done);
      }
    }
    return new AddResult(added, done - added);
  }

  private static void bind(PreparedStatement insert, Event event, long source, long fingerprint)
      throws SQLException {
    insert.setLong(1, Times.toSeconds(event.at()));
    insert.setString(2, event.who().name());
    insert.setString(3, event.kind().name());
    insert.setString(4, event.channel().name());
    insert.setString(5, event.text());
    insert.setLong(6, source);
    insert.setLong(7, event.source().line());
    insert.setLong(8, event.seconds());
    insert.setLong(9, fingerprint);
  }

  private static long count(int[] updates) {
    long n = 0;
    for (int update : updates) {
      n += update > 0 ? 1 : 0;
    }
    return n;
  }

  /**
   * Sets SQLite's page cache. Shrinking it inside a transaction never writes dirty pages early:
   * SQLite frees only clean ones, and the rest go at the commit as always.
   */
  private static long cacheKib(Connection c) throws SQLException {
    try (Statement pragma = c.createStatement();
        ResultSet size = pragma.executeQuery("PRAGMA cache_size")) {
      return size.next() ? -size.getLong(1) : 0; // negative: KiB; positive: pages
    }
  }

  private static void setCacheKib(Connection c, int kib) throws SQLException {
    try (Statement pragma = c.createStatement()) {
      pragma.execute("PRAGMA cache_size = -" + kib);
    }
  }

  private static int nextOccurrence(Connection c, long fingerprint) throws SQLException {
    try (PreparedStatement max =
        c.prepareStatement(
            "SELECT coalesce(max(occurrence) + 1, 0) FROM event WHERE fingerprint = ?")) {
      max.setLong(1, fingerprint);
      try (ResultSet rows = max.executeQuery()) {
        return rows.next() ? rows.getInt(1) : 0;
      }
    }
  }

  /** All events in time order (events at the same time in the order they were stored). */
  public List<Event> all() {
    List<Event> events = new ArrayList<>();
    forEach(events::add);
    return events;
  }

  /**
   * The events at or after {@code from}, in time order: what a command that looks at a recent
   * window reads, through the index on time, instead of a lifetime of messages.
   */
  public List<Event> since(LocalDateTime from) {
    return list(SELECT_SINCE, Times.toSeconds(from));
  }

  /**
   * The events before {@code before} whose words were read as a red flag when they were stored
   * (V3's word_flag), in time order: the few old messages a read-out counts from any time.
   */
  public List<Event> flaggedBefore(LocalDateTime before) {
    return list(SELECT_FLAGGED, Times.toSeconds(before));
  }

  /** The first event of {@code kind} (not MESSAGE) before {@code before}, e.g. her first "stop". */
  public Optional<Event> findFirstBefore(Kind kind, LocalDateTime before) {
    if (kind == Kind.MESSAGE) {
      throw new IllegalArgumentException("only kinds other than MESSAGE are indexed for this");
    }
    return list(SELECT_FIRST_OF_KIND, kind.name(), Times.toSeconds(before)).stream().findFirst();
  }

  /** The last contact (message, call...) from {@code who} before {@code before}. */
  public Optional<Event> findLastContactBefore(Actor who, LocalDateTime before) {
    return list(SELECT_LAST_CONTACT, Times.toSeconds(before), who.name()).stream().findFirst();
  }

  /** Streams every event in time order without holding them all. */
  public void forEach(Consumer<Event> sink) {
    read(SELECT, List.of(), sink);
  }

  /**
   * Streams the events at or after {@code from} and before {@code to}, in time order, through the
   * index on time, without building a list: one event at a time reaches {@code sink}.
   */
  public void forEach(LocalDateTime from, LocalDateTime to, Consumer<Event> sink) {
    read(SELECT_BETWEEN, List.of(Times.toSeconds(from), Times.toSeconds(to)), sink);
  }

  /** Streams the events at or after {@code from}, in time order, without building a list. */
  public void forEachSince(LocalDateTime from, Consumer<Event> sink) {
    read(SELECT_SINCE, List.of(Times.toSeconds(from)), sink);
  }

  private List<Event> list(String sql, Object... parameters) {
    List<Event> events = new ArrayList<>();
    read(sql, List.of(parameters), events::add);
    return events;
  }

  private void read(String sql, List<Object> parameters, Consumer<Event> sink) {
    transactions.sql(
        "reading events",
        c -> {
          Map<Long, String> names = Sources.names(c);
          try (PreparedStatement select = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
              select.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                sink.accept(read(rows, names));
              }
            }
          }
          return null;
        });
  }

  private static Event read(ResultSet rows, Map<Long, String> names) throws SQLException {
    return new Event(
        Times.fromSeconds(rows.getLong(1)),
        Actor.valueOf(rows.getString(2)),
        Kind.valueOf(rows.getString(3)),
        Channel.valueOf(rows.getString(4)),
        rows.getString(5),
        SourceRef.of(names.get(rows.getLong(6)), rows.getLong(7)),
        rows.getLong(8));
  }

  public long count() {
    return transactions.sql(
        "counting events",
        c -> {
          try (PreparedStatement count = c.prepareStatement("SELECT count(*) FROM event");
              ResultSet rows = count.executeQuery()) {
            rows.next();
            return rows.getLong(1);
          }
        });
  }

  /**
   * One stored event as bare columns, for {@link #scan}.
   *
   * @see EventRows
   */
  @FunctionalInterface
  public interface RowSink {
    /**
     * @param id the event's row id, stable for as long as the event is stored
     * @param atSeconds its wall-clock time as seconds since 1970-01-01T00:00 read as UTC
     * @param text its words (the caller keeps what it needs of them, e.g. whether they ask)
     * @param flagKinds the red-flag kinds stored for it at import (V3), usually none
     */
    void row(
        long id,
        long atSeconds,
        Actor who,
        Kind kind,
        Channel channel,
        String text,
        List<String> flagKinds);
  }

  /**
   * Hands every event stored with a row id above {@code afterId} to {@code sink}, in id order (the
   * order they were stored, not their time order); returns the last id handed over, or {@code
   * afterId} when there was none. A caller that keeps a copy passes its last id to read only what
   * was stored since.
   */
  public long scan(long afterId, RowSink sink) {
    return transactions.sql("reading events", c -> EventRows.scan(c, afterId, sink));
  }

  /** The whole events with these row ids (from {@link #scan}), by id; unknown ids are left out. */
  public Map<Long, Event> byIds(long... ids) {
    return transactions.sql("reading events", c -> EventRows.byIds(c, ids));
  }

  @FunctionalInterface
  private interface Occurrences {
    int next(long fingerprint) throws SQLException;
  }
}
