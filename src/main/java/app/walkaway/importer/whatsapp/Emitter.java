package app.walkaway.importer.whatsapp;

import app.walkaway.event.Channel;
import app.walkaway.event.SourceRef;
import app.walkaway.importer.Author;
import app.walkaway.importer.Entry;
import app.walkaway.importer.ImportReport;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The second pass: reads lines by the {@link Layout} the first pass decided, gathers continuation
 * lines into their message (keeping {@code \n} and blank lines, FORMATS §1.9), and hands each
 * authored item to the sink in file order. Never sorts, never rejects a time going backwards.
 */
final class Emitter {
  private final Layout layout;
  private final String origin;
  private final Consumer<Entry> sink;
  private final HeaderScanner scanner = new HeaderScanner();
  private final Header header = new Header();
  private final AuthorNames authors = new AuthorNames();
  private final Dates dates = new Dates();
  private final BodyKinds kinds;
  private final MessageText text = new MessageText();

  /** The message being gathered: its line, time and author (null for a notice), if any. */
  private boolean pending;

  private long pendingLine;
  private LocalDateTime pendingAt;
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

  Emitter(Layout layout, String origin, Consumer<Entry> sink) {
    this.layout = layout;
    this.origin = origin;
    this.sink = sink;
    this.kinds = new BodyKinds(layout.markMeansSystem(), Shape.isOldAndroid(layout.shape()));
    this.year = layout.firstYear();
  }

  ImportReport run(LineReader lines) {
    while (lines.next()) {
      char[] s = lines.chars();
      int from = lines.start();
      int to = lines.end();
      LocalDateTime at = null;
      if (scanner.scan(s, from, to, header)) {
        at = header.shape == layout.shape() ? dateTime(lines.lineNumber()) : otherShape(lines);
      }
      if (at != null) {
        flush();
        start(lines.lineNumber(), at, s, header.rest, to);
      } else if (pendingAuthor != null) {
        text.appendLine(s, from, to);
      } else if (!pending) {
        before++;
      }
    }
    flush();
    return report(lines.replacedBytes());
  }

  /**
   * Opens a message at its header line; {@code s[rest, to)} is "Name: body" or, without an author,
   * a notice (FORMATS §1.6), whose text and continuation lines are not kept.
   */
  private void start(long line, LocalDateTime at, char[] s, int rest, int to) {
    pending = true;
    pendingLine = line;
    pendingAt = at;
    int colon = MessageText.authorEnd(s, rest, to);
    pendingAuthor = colon <= rest ? null : authors.find(s, rest, colon).orElse(null);
    if (pendingAuthor != null) {
      text.start(s, Math.min(to, colon + 2), to);
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
    if (!Shape.hasYear(layout.shape())) {
      if (header.second < prevMonth) {
        year++;
        at = at.withYear(year);
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
    String body = text.text();
    if (text.edited()) {
      edited++;
    }
    emit(pendingAuthor, body);
  }

  private void emit(Author author, String body) {
    Body kind = kinds.classify(body);
    if (kind instanceof Body.Item item) {
      sink.accept(
          new Entry(
              pendingAt,
              author,
              item.kind(),
              Channel.WHATSAPP,
              item.text(),
              SourceRef.of(origin, pendingLine),
              0));
      entries++;
    } else {
      systemLines++;
    }
  }

  private ImportReport report(long replaced) {
    List<String> notes = new ArrayList<>(layout.notes());
    if (replaced > 0) {
      notes.add(
          replaced
              + (replaced == 1 ? " byte" : " bytes")
              + " could not be read as UTF-8 and "
              + (replaced == 1 ? "was" : "were")
              + " replaced with \uFFFD.");
    }
    Notes.add(notes, edited, before, otherShape, otherShapeLine, badDates, badDateLine);
    return new ImportReport(
        origin, Shape.platform(layout.shape()), entries, systemLines, replaced, notes);
  }
}
