package app.walkaway.importer.whatsapp;

import app.walkaway.event.Channel;
import app.walkaway.event.SourceRef;
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
  private static final String EDITED = "<This message was edited>";

  private final Layout layout;
  private final String origin;
  private final Consumer<Entry> sink;
  private final HeaderScanner scanner = new HeaderScanner();
  private final Header header = new Header();
  private final AuthorNames authors = new AuthorNames();
  private final BodyKinds kinds;
  private final StringBuilder more = new StringBuilder();

  private long pendingLine;
  private LocalDateTime pendingAt;
  private String pendingRest;
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
    this.kinds = new BodyKinds(layout.markMeansSystem());
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
        pendingRest = new String(s, header.rest, to - header.rest);
      } else if (pendingRest != null) {
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
    LocalDateTime at = Dates.resolve(header, layout.order().order(), year);
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
    if (pendingRest == null) {
      return;
    }
    String rest = pendingRest;
    String tail = more.length() == 0 ? "" : more.toString();
    more.setLength(0);
    pendingRest = null;
    int colon = rest.indexOf(": ");
    if (colon < 0 && rest.endsWith(":") && rest.length() > 1) {
      colon = rest.length() - 1; // "Amazon EG:" with an empty body (FORMATS §1.5)
    }
    if (colon <= 0 || SystemTexts.isEventAuthor(rest, colon)) {
      systemLines++; // no author: Android and iPhone notices (§1.6)
      return;
    }
    String first = rest.substring(Math.min(rest.length(), colon + 2));
    String body = trimEnd(tail.isEmpty() ? first : first + tail);
    emit(rest.substring(0, colon), body);
  }

  private void emit(String rawAuthor, String body) {
    if (body.endsWith(EDITED)) {
      body = trimEnd(body.substring(0, body.length() - EDITED.length()));
      edited++;
    }
    Body kind = kinds.classify(body);
    if (kind instanceof Body.Item item) {
      sink.accept(
          new Entry(
              pendingAt,
              authors.author(rawAuthor),
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
  private static String trimEnd(String s) {
    int end = s.length();
    while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == ' ')) {
      end--;
    }
    return end == s.length() ? s : s.substring(0, end);
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
