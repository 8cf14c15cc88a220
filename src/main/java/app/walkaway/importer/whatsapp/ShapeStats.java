package app.walkaway.importer.whatsapp;

/**
 * What the first pass learns about one header shape: how often it occurs and the evidence for the
 * day/month order (FORMATS §1.3: a field above 12 decides; else the order with fewer backward
 * jumps).
 */
final class ShapeStats {
  final int shape;
  long count;
  long firstLine;

  /** First line whose first (second) written field is above 12, and that date as written. */
  long firstOver12Line;

  String firstOver12Date;
  long secondOver12Line;
  String secondOver12Date;

  /** Times the dates go backwards if read day first / month first. */
  long dayFirstJumps;

  long monthFirstJumps;
  private long prevDayFirst;
  private long prevMonthFirst;

  /** Month-name dates without a year: times the month goes down (a new year began). */
  int yearTurns;

  private int prevMonth;

  /** iPhone bodies after "Name: " that open with U+200E/U+200F, and all authored iPhone bodies. */
  long markedBodies;

  long authoredBodies;

  ShapeStats(int shape, long firstLine) {
    this.shape = shape;
    this.firstLine = firstLine;
  }

  void add(Header h, long line, char[] s) {
    count++;
    if (h.monthNamed) {
      if (!h.yearFirst && h.year == Header.NO_YEAR && h.second < prevMonth) {
        yearTurns++;
      }
      prevMonth = h.second;
      return;
    }
    if (h.yearFirst) {
      return;
    }
    if (h.first > 12 && firstOver12Line == 0) {
      firstOver12Line = line;
      firstOver12Date = dateText(h, s);
    }
    if (h.second > 12 && secondOver12Line == 0) {
      secondOver12Line = line;
      secondOver12Date = dateText(h, s);
    }
    long dayFirst = h.year * 10000L + h.second * 100L + h.first;
    long monthFirst = h.year * 10000L + h.first * 100L + h.second;
    dayFirstJumps += dayFirst < prevDayFirst ? 1 : 0;
    monthFirstJumps += monthFirst < prevMonthFirst ? 1 : 0;
    prevDayFirst = dayFirst;
    prevMonthFirst = monthFirst;
  }

  /** The date as the file wrote it, without invisible marks, for quoting in a note. */
  static String dateText(Header h, char[] s) {
    StringBuilder out = new StringBuilder(h.dateEnd - h.dateStart);
    for (int i = h.dateStart; i < h.dateEnd; i++) {
      if (!app.walkaway.importer.Names.isInvisible(s[i])) {
        out.append(s[i]);
      }
    }
    return out.toString();
  }
}
