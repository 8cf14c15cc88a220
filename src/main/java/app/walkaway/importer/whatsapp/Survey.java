package app.walkaway.importer.whatsapp;

import app.walkaway.importer.ImportException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cheap first pass over a chat text: finds the dominant header shape, the evidence for its
 * day/month order, and, for files without years, how many times the year turns. Allocates per
 * shape, not per line.
 */
final class Survey {
  /** FORMATS-independent promise in our error message: a header must appear this early. */
  static final int HEADER_WITHIN = 500;

  /** Headers and the author after them fit in this many bytes; bodies are not needed here. */
  static final int PREFIX_BYTES = 256;

  private final HeaderScanner scanner = new HeaderScanner();
  private final Header header = new Header();
  private final Map<Integer, ShapeStats> shapes = new HashMap<>();
  private ShapeStats last;
  private long firstHeaderLine;
  private boolean sawText;

  /** Reads every line of {@code lines}; throws the "empty" or "not WhatsApp" errors. */
  static Layout run(LineReader lines, String origin, int exportYear) {
    Survey survey = new Survey();
    survey.readAll(lines);
    return survey.decide(origin, exportYear);
  }

  private void readAll(LineReader lines) {
    while (lines.next()) {
      char[] s = lines.chars();
      int from = lines.start();
      int to = lines.end();
      if (!sawText) {
        sawText = lines.cut() || !isBlank(s, from, to);
      }
      if (scanner.scan(s, from, to, header)) {
        long line = lines.lineNumber();
        if (firstHeaderLine == 0) {
          firstHeaderLine = line;
        }
        ShapeStats st = statsFor(header.shape, line);
        st.add(header, line, s);
        if (Shape.isIphone(header.shape)) {
          countMarkedBody(st, s, header.rest, to);
        }
      }
    }
  }

  private ShapeStats statsFor(int shape, long line) {
    if (last == null || last.shape != shape) {
      last = shapes.computeIfAbsent(shape, k -> new ShapeStats(k, line));
    }
    return last;
  }

  private static void countMarkedBody(ShapeStats st, char[] s, int from, int to) {
    for (int i = from; i + 1 < to; i++) {
      if (s[i] == ':' && s[i + 1] == ' ') {
        st.authoredBodies++;
        if (i + 2 < to && (s[i + 2] == '\u200E' || s[i + 2] == '\u200F')) {
          st.markedBodies++;
        }
        return;
      }
    }
  }

  private Layout decide(String origin, int exportYear) {
    if (!sawText) {
      throw new ImportException(origin + ": the file is empty");
    }
    if (firstHeaderLine == 0 || firstHeaderLine > HEADER_WITHIN) {
      throw new ImportException(
          origin + ": no line among the first 500 looks like a WhatsApp message header");
    }
    ShapeStats top = dominant();
    DateOrder order = DateOrder.decide(top, top.shape);
    List<String> notes = new ArrayList<>();
    if (!order.note().isEmpty()) {
      notes.add(order.note());
    }
    int firstYear = 0;
    if (!Shape.hasYear(top.shape)) {
      firstYear = exportYear - top.yearTurns;
      notes.add(noYearNote(exportYear, top.yearTurns));
    }
    boolean markRule = markRule(top, notes);
    return new Layout(top.shape, order, firstYear, markRule, notes);
  }

  private ShapeStats dominant() {
    ShapeStats top = null;
    for (ShapeStats st : shapes.values()) {
      if (top == null
          || st.count > top.count
          || (st.count == top.count && st.firstLine < top.firstLine)) {
        top = st;
      }
    }
    return top;
  }

  /**
   * FORMATS §1.6: on iPhone a body opening with U+200E/U+200F is a placeholder or notice. If most
   * bodies open that way, this phone marks typed text too, and the rule would hide real messages.
   */
  private static boolean markRule(ShapeStats top, List<String> notes) {
    if (!Shape.isIphone(top.shape)) {
      return false;
    }
    if (top.authoredBodies >= 4 && top.markedBodies * 2 > top.authoredBodies) {
      notes.add(
          "Most messages start with an invisible direction mark, so such messages were kept as"
              + " messages instead of being treated as WhatsApp notices.");
      return false;
    }
    return true;
  }

  private static String noYearNote(int exportYear, int turns) {
    return "This export writes no years. Walkaway assumed the last message is from "
        + exportYear
        + " (the year the file was last changed) and counted back a year each time the month"
        + " went backwards"
        + (turns == 0 ? "; it never did." : " (" + turns + (turns == 1 ? " time)." : " times)."));
  }

  private static boolean isBlank(char[] s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(s[i]) && !HeaderScanner.isSpace(s[i])) {
        return false;
      }
    }
    return true;
  }
}
