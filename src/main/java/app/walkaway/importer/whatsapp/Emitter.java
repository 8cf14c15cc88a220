package app.walkaway.importer.whatsapp;

import app.walkaway.event.Kind;
import app.walkaway.event.Questions;
import app.walkaway.importer.Author;
import java.time.LocalDateTime;

/**
 * The second pass: reads lines by the {@link Layout} the first pass decided, gathers continuation
 * lines into their message (keeping {@code \n} and blank lines, FORMATS §1.9), and hands each
 * authored item on in file order. Never sorts, never rejects a time going backwards. Reads a whole
 * file ({@link #run}) or, driven line by line, one segment of a big file ({@link Segment}).
 */
final class Emitter {
  /**
   * Where authored items go; {@code asks} is {@link Questions#asks} of the text, {@code line} the
   * reader's line number.
   */
  interface Out {
    void add(
        LocalDateTime at,
        long millis,
        Author author,
        Kind kind,
        String text,
        boolean asks,
        long line);
  }

  private final Layout layout;
  private final Out out;
  private final boolean texts;
  private final HeaderScanner scanner = new HeaderScanner();
  private final Header header = new Header();
  private final AuthorNames authors = new AuthorNames();
  private final Dates dates = new Dates();
  private final BodyKinds kinds;
  private final MessageText text = new MessageText();

  /**
   * The time of the last header read, as wall-clock milliseconds (see {@link Dates#lastMillis}).
   */
  private long headerMillis;

  /** The message being gathered: its line, time and author (null for a notice), if any. */
  private boolean pending;

  private long pendingLine;
  private LocalDateTime pendingAt;
  private long pendingMillis;
  private Author pendingAuthor;
  private int year;
  private int prevMonth;

  private long entries;
  private long systemLines;
  private long edited;
  private long before;
  private long otherShape;
  private long otherShapeLine;
  private long badDates;
  private long badDateLine;
  private Cuts longMessages = Cuts.NONE;

  Emitter(Layout layout, Out out) {
    this(layout, out, true);
  }

  /**
   * @param texts false when nobody reads the entries' texts ({@link
   *     app.walkaway.importer.ImportOptions#texts()}): a plain message is then handed on with an
   *     empty text, its string never built
   */
  Emitter(Layout layout, Out out, boolean texts) {
    this.layout = layout;
    this.out = out;
    this.texts = texts;
    this.kinds = new BodyKinds(layout.markMeansSystem(), Shape.isOldAndroid(layout.shape()));
    this.year = layout.firstYear();
  }

  /** Reads every line of a whole file. */
  Counts run(LineReader lines) {
    while (lines.next()) {
      LocalDateTime at = headerOf(lines);
      if (at != null) {
        open(lines, at);
      } else {
        continueWith(lines);
      }
    }
    finish();
    return counts(lines.replacedBytes(), Cuts.of(lines.longLines(), 1, Long.MAX_VALUE));
  }

  /**
   * The time of the message the current line opens, or null when the line continues the message
   * above (header-like lines of another shape and impossible dates are counted here).
   */
  LocalDateTime headerOf(LineReader lines) {
    if (!scanner.scan(lines.chars(), lines.start(), lines.end(), header)) {
      return null;
    }
    return header.shape == layout.shape() ? dateTime(lines.lineNumber()) : otherShape(lines);
  }

  /** Ends the message being gathered and opens the one on the current line. */
  void open(LineReader lines, LocalDateTime at) {
    flush();
    start(lines, at, header.rest);
  }

  /** Adds the current line to the message being gathered (or counts it as before the first). */
  void continueWith(LineReader lines) {
    if (pendingAuthor != null) {
      text.appendLine(lines.chars(), lines.start(), lines.end());
    } else if (!pending) {
      before++;
    }
  }

  /** Hands on the last message. */
  void finish() {
    flush();
  }

  /**
   * Forgets what was counted so far: a segment counts from its first message on, the lines before
   * it belonging to the segment before.
   */
  void forgetCounts() {
    before = 0;
    otherShape = 0;
    otherShapeLine = 0;
    badDates = 0;
    badDateLine = 0;
  }

  /**
   * What was counted, with {@code replaced} bytes that were not UTF-8 and the {@code longLines} cut
   * by the reader, both counted over the lines this emitter read.
   */
  Counts counts(long replaced, Cuts longLines) {
    return new Counts(
        entries,
        systemLines,
        edited,
        before,
        otherShape,
        otherShapeLine,
        badDates,
        badDateLine,
        replaced,
        longLines,
        longMessages);
  }

  /**
   * Opens a message at its header line; {@code s[rest, to)} is "Name: body" or, without an author,
   * a notice (FORMATS §1.6), whose text and continuation lines are not kept.
   */
  private void start(LineReader lines, LocalDateTime at, int rest) {
    char[] s = lines.chars();
    int to = lines.end();
    pending = true;
    pendingLine = lines.lineNumber();
    pendingAt = at;
    pendingMillis = headerMillis;
    pendingAuthor = authors.sender(s, rest, to);
    if (pendingAuthor != null) {
      text.start(lines, Math.min(to, authors.nameEnd() + 2), to);
    }
  }

  private LocalDateTime otherShape(LineReader lines) {
    if (otherShape++ == 0) {
      otherShapeLine = lines.lineNumber();
    }
    return null;
  }

  private LocalDateTime dateTime(long line) {
    LocalDateTime at = dates.resolve(header, layout.order().order(), year);
    if (at == null) {
      if (badDates++ == 0) {
        badDateLine = line;
      }
      return null;
    }
    headerMillis = dates.lastMillis();
    if (!Shape.hasYear(layout.shape())) {
      if (header.second < prevMonth) {
        year++;
        at = at.withYear(year);
        headerMillis = Dates.millisOf(at); // a year Dates did not resolve the time in
      }
      prevMonth = header.second;
    }
    return at;
  }

  private void flush() {
    if (!pending) {
      return;
    }
    pending = false;
    if (pendingAuthor == null) {
      systemLines++; // no author: Android and iPhone notices (FORMATS §1.6)
      return;
    }
    if (kinds.isPlain(text)) { // most messages: no classifying, no trimming
      boolean asks = (text.hints() & MessageText.QUESTION) != 0;
      String body = texts ? text.text() : "";
      out.add(pendingAt, pendingMillis, pendingAuthor, Kind.MESSAGE, body, asks, pendingLine);
      entries++;
      return;
    }
    String body = text.text();
    if (text.edited()) {
      edited++;
    }
    if (text.dropped() > 0) { // never plain: see MessageText#hints
      longMessages = longMessages.plus(pendingLine, text.length() + text.dropped());
    }
    emit(pendingAuthor, body, text.hints());
  }

  private void emit(Author author, String body, int hints) {
    Body kind = kinds.classify(body, hints);
    if (kind instanceof Body.Item item) {
      String itemText = item.text();
      boolean asks =
          itemText == body && (hints & MessageText.KNOWN) != 0
              ? (hints & MessageText.QUESTION) != 0
              : Questions.asks(itemText);
      out.add(pendingAt, pendingMillis, author, item.kind(), itemText, asks, pendingLine);
      entries++;
    } else {
      systemLines++;
    }
  }
}
