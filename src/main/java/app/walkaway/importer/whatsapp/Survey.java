package app.walkaway.importer.whatsapp;

import app.walkaway.importer.ImportException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * The cheap first pass over a chat text: finds the dominant header shape, the evidence for its
 * day/month order, and, for files without years, how many times the year turns. Allocates per
 * shape, not per line, and stops early on large files once nothing later can change its decision.
 */
final class Survey {
  /** FORMATS-independent promise in our error message: a header must appear this early. */
  static final int HEADER_WITHIN = 500;

  /**
   * After this many headers the first pass may stop early (see {@link #settled()}): a few weeks of
   * a busy chat, enough for its order to be proven and one shape to stand out. Reading on would
   * only delay the second pass: at 20,000 the first pass was 7% of reading a 200,000-message
   * export.
   */
  static final int SETTLE_AFTER = 4_096;

  /** How often, in headers, the first pass asks whether it has settled. */
  static final int SETTLE_EVERY = 4_096;

  /** Headers and the author after them fit in this many bytes; bodies are not needed here. */
  static final int PREFIX_BYTES = 256;

  private static final int MAX_SHAPES = 256;
  private final ShapeStats overflow = new ShapeStats(-1, 0);

  private final HeaderScanner scanner = new HeaderScanner();
  private final Header header = new Header();
  private final Map<Integer, ShapeStats> shapes = new HashMap<>();
  private ShapeStats last;
  private long headers;
  private long firstHeaderLine;
  private boolean sawText;

  /**
   * Reads every line of {@code lines}; throws the "empty" or "not WhatsApp" errors. {@code
   * exportYear} is asked for only when the dates hold no year.
   */
  static Layout run(LineReader lines, String origin, IntSupplier exportYear) {
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
      if (firstHeaderLine == 0 && lines.lineNumber() > HEADER_WITHIN && sawText) {
        return; // not a chat: no need to read the rest to say so
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
        if (++headers % SETTLE_EVERY == 0 && headers >= SETTLE_AFTER && settled()) {
          return;
        }
      }
    }
  }

  /**
   * True once the rest of the file cannot change the decision: one shape holds nine headers in ten,
   * and its dates carry a year and a proven order. Files that need every line (no proof yet, or no
   * year, where every year turn counts) are read to the end.
   */
  private boolean settled() {
    ShapeStats top = dominant();
    boolean proven =
        Shape.monthNamed(top.shape)
            || (top.shape & Shape.YEAR_FIRST) != 0
            || (top.firstOver12Line > 0) != (top.secondOver12Line > 0);
    return top.count * 10 >= headers * 9 && Shape.hasYear(top.shape) && proven;
  }

  private ShapeStats statsFor(int shape, long line) {
    if (last == null || last.shape != shape) {
      ShapeStats known = shapes.get(shape);
      if (known == null && shapes.size() >= MAX_SHAPES) {
        return overflow; // odd lines in a hostile file: counted nowhere, memory stays flat
      }
      last = known != null ? known : new ShapeStats(shape, line);
      shapes.putIfAbsent(shape, last);
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

  private Layout decide(String origin, IntSupplier exportYear) {
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
      int year = exportYear.getAsInt();
      firstYear = year - top.yearTurns;
      notes.add(noYearNote(year, top.yearTurns));
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
