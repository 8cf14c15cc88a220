package app.walkaway.importer;

import app.walkaway.event.Actor;
import app.walkaway.event.Channel;
import app.walkaway.event.Event;
import app.walkaway.event.Kind;
import app.walkaway.event.SourceRef;
import app.walkaway.importer.merge.RowMerge;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every entry of one chat's exports as columns: about 20 bytes an entry (time, author, kind,
 * channel, a "asks something" flag, file and line) instead of an object graph of some 300. The
 * analysis reads nothing else. Texts are kept only on request (the signals read them), and a text
 * hash only when several files must be merged. Filled by {@link LoadedChat}; read by row number
 * through the accessors below (the analysis walks the columns themselves, in a loop the JIT keeps
 * tight).
 */
public final class ChatTable {
  private static final Kind[] KINDS = Kind.values();
  private static final Channel[] CHANNELS = Channel.values();
  private static final byte ASKS = 1;
  private static final int MAX_SEEN = 16;
  private static final long MILLIS_A_DAY = 86_400_000L;

  private final boolean keepText;
  private final boolean keepHash;
  private final List<String> origins = new ArrayList<>();
  private final List<Author> authors = new ArrayList<>();
  private final Map<Author, Integer> authorIndex = new HashMap<>();
  private Author[] seen = new Author[0];
  private LocalDate day;
  private long dayMillis;

  int size;
  long[] millis;
  int[] author;
  byte[] kind;
  byte[] channel;
  byte[] flags;
  byte[] file;
  int[] line;
  long[] hash;
  String[] text;
  long[] duration;

  /**
   * @param keepText keep each text and call duration, to rebuild whole events later
   * @param keepHash keep a hash of each text, to merge several files
   */
  public ChatTable(boolean keepText, boolean keepHash) {
    this(keepText, keepHash, 1024);
  }

  /**
   * A table with room for the entries {@code bytes} of chat text usually hold (about 50 bytes an
   * entry), so that a big chat's columns are made once instead of copied at every doubling, where
   * the collector copies them again.
   */
  static ChatTable forBytes(boolean keepText, boolean keepHash, long bytes) {
    return new ChatTable(keepText, keepHash, (int) Math.min(1 << 24, Math.max(1024, bytes / 48)));
  }

  private ChatTable(boolean keepText, boolean keepHash, int capacity) {
    this.keepText = keepText;
    this.keepHash = keepHash;
    millis = new long[capacity];
    author = new int[capacity];
    kind = new byte[capacity];
    channel = new byte[capacity];
    flags = new byte[capacity];
    file = new byte[capacity];
    line = new int[capacity];
    hash = keepHash ? new long[capacity] : null;
    text = keepText ? new String[capacity] : null;
    duration = keepText ? new long[capacity] : null;
  }

  /** Starts a new file; its entries follow, and the first of them names it. */
  public int addFile() {
    if (origins.size() == Byte.MAX_VALUE) {
      throw new ImportException("at most " + Byte.MAX_VALUE + " files can be analysed at once");
    }
    origins.add(null);
    return origins.size() - 1;
  }

  public void add(int fileIndex, Entry entry) {
    SourceRef source = entry.source();
    add(
        fileIndex,
        millisOf(entry.at()),
        entry.author(),
        entry.kind(),
        entry.channel(),
        entry.text(),
        source.origin(),
        source.line(),
        entry.asks(),
        entry.seconds());
  }

  /**
   * Adds an entry given by its fields (see {@link Entry}), its time as milliseconds from
   * 1970-01-01T00:00 on the same wall clock, as read from {@code origin:line}.
   */
  void add(
      int fileIndex,
      long wallMillis,
      Author who,
      Kind k,
      Channel from,
      String body,
      String origin,
      long sourceLine,
      boolean asks,
      long seconds) {
    if (size == millis.length) {
      grow();
    }
    int row = size++;
    // Exports carry no zone (FORMATS.md 1.1): wall-clock time, to the millisecond (SMS and Meta
    // exports have milliseconds; no importer has finer).
    millis[row] = wallMillis;
    author[row] = indexOf(who);
    kind[row] = (byte) k.ordinal();
    channel[row] = (byte) from.ordinal();
    flags[row] = k.isContact() && asks ? ASKS : 0;
    file[row] = (byte) fileIndex;
    if (origins.get(fileIndex) == null) {
      origins.set(fileIndex, origin);
    }
    line[row] = checkedLine(sourceLine, origin);
    if (keepHash) {
      hash[row] = RowMerge.textHash(k, body);
    }
    if (keepText) {
      text[row] = body;
      duration[row] = seconds;
    }
  }

  private int indexOf(Author a) {
    // Importers hand out one Author object per name, and a chat has few: comparing references
    // first spares a million hash lookups.
    for (int i = 0; i < seen.length; i++) {
      if (seen[i] == a) {
        return i;
      }
    }
    Integer known = authorIndex.get(a);
    if (known != null) {
      return known;
    }
    authors.add(a);
    authorIndex.put(a, authors.size() - 1);
    if (authors.size() <= MAX_SEEN) {
      seen = authors.toArray(Author[]::new);
    }
    return authors.size() - 1;
  }

  /**
   * Epoch milliseconds of a wall-clock time read as UTC. The day's part is kept from the entry
   * before: a chat has many entries a day, and working out a date's epoch day is the costly half.
   */
  private long millisOf(LocalDateTime at) {
    LocalDate date = at.toLocalDate();
    if (!date.equals(day)) {
      day = date;
      dayMillis = date.toEpochDay() * MILLIS_A_DAY;
    }
    return dayMillis + at.toLocalTime().toSecondOfDay() * 1000L + at.getNano() / 1_000_000;
  }

  /** Whole seconds, as the analysis counts. */
  public long seconds(int row) {
    return Math.floorDiv(millis[row], 1000);
  }

  /**
   * Adds every row of {@code part} (a table of one file's entries, filled on another thread) after
   * the rows here, as entries of file {@code fileIndex}, their lines moved by {@code lineShift}.
   */
  void append(ChatTable part, int fileIndex, long lineShift) {
    while (millis.length < size + part.size) {
      grow();
    }
    int n = part.size;
    System.arraycopy(part.millis, 0, millis, size, n);
    System.arraycopy(part.kind, 0, kind, size, n);
    System.arraycopy(part.channel, 0, channel, size, n);
    System.arraycopy(part.flags, 0, flags, size, n);
    copyKept(part, n);
    int[] authorOf = part.authors.stream().mapToInt(this::indexOf).toArray();
    for (int r = 0; r < n; r++) {
      author[size + r] = authorOf[part.author[r]];
      file[size + r] = (byte) fileIndex;
      line[size + r] = checkedLine(part.line[r] + lineShift, part.origins.get(0));
    }
    if (n > 0 && origins.get(fileIndex) == null) {
      origins.set(fileIndex, part.origins.get(0));
    }
    size += n;
  }

  private void copyKept(ChatTable part, int n) {
    if (keepHash) {
      System.arraycopy(part.hash, 0, hash, size, n);
    }
    if (keepText) {
      System.arraycopy(part.text, 0, text, size, n);
      System.arraycopy(part.duration, 0, duration, size, n);
    }
  }

  /**
   * A table like this one, empty, to be filled with one part of a file on another thread; it has
   * room for the entries {@code bytes} of chat text usually hold, so it seldom grows.
   */
  ChatTable emptyPart(long bytes) {
    int capacity = (int) Math.min(1 << 20, Math.max(64, bytes / 32));
    ChatTable part = new ChatTable(keepText, keepHash, capacity);
    part.addFile();
    return part;
  }

  private static int checkedLine(long l, String origin) {
    if (l > Integer.MAX_VALUE) {
      throw new ImportException(
          origin + ": more than " + Integer.MAX_VALUE + " lines; too big to read");
    }
    return (int) l;
  }

  private void grow() {
    int n = millis.length * 2;
    millis = Arrays.copyOf(millis, n);
    author = Arrays.copyOf(author, n);
    kind = Arrays.copyOf(kind, n);
    channel = Arrays.copyOf(channel, n);
    flags = Arrays.copyOf(flags, n);
    file = Arrays.copyOf(file, n);
    line = Arrays.copyOf(line, n);
    hash = hash == null ? null : Arrays.copyOf(hash, n);
    text = text == null ? null : Arrays.copyOf(text, n);
    duration = duration == null ? null : Arrays.copyOf(duration, n);
  }

  /** Keeps only {@code rows}, in that order. */
  void select(int[] rows) {
    size = rows.length;
    millis = Columns.pick(millis, rows);
    author = Columns.pick(author, rows);
    kind = Columns.pick(kind, rows);
    channel = Columns.pick(channel, rows);
    flags = Columns.pick(flags, rows);
    file = Columns.pick(file, rows);
    line = Columns.pick(line, rows);
    hash = hash == null ? null : Columns.pick(hash, rows);
    duration = duration == null ? null : Columns.pick(duration, rows);
    text = text == null ? null : Columns.pick(text, rows);
  }

  /** Everyone who wrote, in the order they first did; {@link #authorColumn} indexes this list. */
  public List<Author> authors() {
    return authors;
  }

  /** How many entries the table holds. */
  public int size() {
    return size;
  }

  /**
   * Each row's time in milliseconds on the wall clock read as UTC; the array may be longer than
   * {@link #size()}. Not a copy: read it, never write it.
   */
  public long[] millisColumn() {
    return millis;
  }

  /** Each row's author, as an index into {@link #authors()}; not a copy. */
  public int[] authorColumn() {
    return author;
  }

  /** Each row's {@link Kind} ordinal; not a copy. */
  public byte[] kindColumn() {
    return kind;
  }

  public boolean asks(int row) {
    return (flags[row] & ASKS) != 0;
  }

  /** Whether texts and call durations were kept, so {@link #events} can build whole events. */
  public boolean keepsTexts() {
    return text != null;
  }

  /**
   * Every entry as an event, seen from her side: the step from what an export holds to the one
   * vocabulary of the rest of Walkaway. Needs a table that kept its texts.
   */
  public List<Event> events(Cast cast) {
    if (text == null) {
      throw new IllegalStateException("the chat was read without its texts");
    }
    Actor[] actors = authors.stream().map(cast::actorOf).toArray(Actor[]::new);
    List<Event> events = new ArrayList<>(size);
    for (int row = 0; row < size; row++) {
      events.add(
          new Event(
              at(row),
              actors[author[row]],
              kind(row),
              channelOf(row),
              text[row],
              SourceRef.of(origin(row), line[row]),
              duration[row]));
    }
    return events;
  }

  public LocalDateTime at(int row) {
    return LocalDateTime.ofEpochSecond(
        Math.floorDiv(millis[row], 1000),
        Math.floorMod(millis[row], 1000) * 1_000_000,
        ZoneOffset.UTC);
  }

  /** The file an entry came from, as the importer names it. */
  public String origin(int row) {
    return origins.get(file[row]);
  }

  public Kind kind(int row) {
    return KINDS[kind[row]];
  }

  public Channel channelOf(int row) {
    return CHANNELS[channel[row]];
  }
}
