package app.walkaway.importer.whatsapp;

import app.walkaway.event.Channel;
import app.walkaway.event.SourceRef;
import app.walkaway.importer.Author;
import app.walkaway.importer.Entry;
import app.walkaway.importer.ImportReport;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The second pass: reads lines by the {@link Layout} the first pass decided, gathers continuation
 * lines into their message (keeping {@code \n} and blank lines, FORMATS §1.9), and hands each
 * authored item to the sink in file order. Never sorts, never rejects a time going backwards.
 */
final class Emitter {
  private static final String EDITED = "<This message was edited>";

  private final Layout layout;
  private final String origin;
  private final Consumer<Entry> sink;
  private final HeaderScanner scanner = new HeaderScanner();
  private final Header header = new Header();
  private final AuthorNames authors = new AuthorNames();
  private final Dates dates = new Dates();
  private final BodyKinds kinds;
  private final StringBuilder more = new StringBuilder();

  private long pendingLine;
  private LocalDateTime pendingAt;
  private boolean pending;
  private final FirstLine first = new FirstLine();
  private final StringBuilder body = new StringBuilder();
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
        pendingLine = lines.lineNumber();
        pendingAt = at;
        first.set(s, header.rest, to);
        pending = true;
      } else if (pending) {
        more.append('\n').append(s, from, to - from);
      } else {
        before++;
      }
    }
    flush();
    return report(lines.replacedBytes());
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
    int colon = first.authorEnd();
    Optional<Author> author = colon <= 0 ? Optional.empty() : first.author(authors, colon);
    if (author.isEmpty()) {
      systemLines++; // no author: Android and iPhone notices (FORMATS §1.6)
      more.setLength(0);
      return;
    }
    body.setLength(0);
    first.appendBody(body, colon);
    body.append(more);
    more.setLength(0);
    emit(author.get(), trimEnd(body));
  }

  private void emit(Author author, String text) {
    if (text.endsWith(EDITED)) {
      text = trimEnd(new StringBuilder(text.substring(0, text.length() - EDITED.length())));
      edited++;
    }
    Body kind = kinds.classify(text);
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

  /** Drops trailing spaces and empty lines after the last word; inside blank lines stay. */
  private static String trimEnd(StringBuilder s) {
    int end = s.length();
    while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == ' ')) {
      end--;
    }
    return s.substring(0, end);
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
