package app.walkaway.importer.whatsapp;

import app.walkaway.event.Channel;
import app.walkaway.event.Kind;
import app.walkaway.event.SourceRef;
import app.walkaway.importer.Author;
import app.walkaway.importer.Entry;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The entries one {@link Segment} read, kept as columns until every segment before it has been
 * handed on: only then is the number of lines before it known, and so its entries' line numbers.
 */
final class Batch implements Held {
  private LocalDateTime[] at;
  private Author[] author;
  private Kind[] kind;
  private String[] text;
  private boolean[] asks;
  private long[] line;
  private int size;

  private final String origin;
  private final Map<Author, Author> authors;
  private final Consumer<Entry> sink;

  /**
   * Room for the entries of {@code bytes} of chat text, so that a batch seldom grows. Each segment
   * makes its own {@link Author} objects; {@code authors} maps them to the first segment's, so the
   * sink sees one object per person, as from a one-pass read (sinks compare references first).
   */
  Batch(long bytes, String origin, Map<Author, Author> authors, Consumer<Entry> sink) {
    this.origin = origin;
    this.authors = authors;
    this.sink = sink;
    int capacity = (int) Math.min(1 << 20, Math.max(64, bytes / 32));
    at = new LocalDateTime[capacity];
    author = new Author[capacity];
    kind = new Kind[capacity];
    text = new String[capacity];
    asks = new boolean[capacity];
    line = new long[capacity];
  }

  @Override
  public void add(
      LocalDateTime when,
      long millis,
      Author who,
      Kind what,
      String body,
      boolean question,
      long readerLine) {
    if (size == at.length) {
      grow();
    }
    at[size] = when;
    author[size] = who;
    kind[size] = what;
    text[size] = body;
    asks[size] = question;
    line[size] = readerLine;
    size++;
  }

  @Override
  public void handOver(long shift) {
    Author[] raw = new Author[4]; // the few people of this segment, and the objects they become
    Author[] same = new Author[4];
    for (int i = 0; i < size; i++) {
      sink.accept(
          new Entry(
              at[i],
              canonical(author[i], raw, same, authors),
              kind[i],
              Channel.WHATSAPP,
              text[i],
              SourceRef.of(origin, line[i] + shift),
              0,
              asks[i]));
    }
  }

  /** Compares references with the last few seen before any hash lookup: this runs per entry. */
  private static Author canonical(
      Author who, Author[] raw, Author[] same, Map<Author, Author> authors) {
    for (int k = 0; k < raw.length; k++) {
      if (raw[k] == who) {
        return same[k];
      }
    }
    Author known = authors.computeIfAbsent(who, a -> a);
    System.arraycopy(raw, 0, raw, 1, raw.length - 1);
    System.arraycopy(same, 0, same, 1, same.length - 1);
    raw[0] = who;
    same[0] = known;
    return known;
  }

  private void grow() {
    int n = size * 2;
    at = Arrays.copyOf(at, n);
    author = Arrays.copyOf(author, n);
    kind = Arrays.copyOf(kind, n);
    text = Arrays.copyOf(text, n);
    asks = Arrays.copyOf(asks, n);
    line = Arrays.copyOf(line, n);
  }
}
