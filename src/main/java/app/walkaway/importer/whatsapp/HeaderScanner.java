package app.walkaway.importer.whatsapp;

/**
 * A hand-written scanner for WhatsApp header lines (FORMATS §1.2, layouts A1-A16, I1-I14, O1-O4,
 * X1, X2). No regular expressions: it runs on every line of exports that reach gigabytes. It reads
 * the fields and the {@link Shape}; deciding day/month order and checking the date is left to the
 * caller, who knows the whole file.
 *
 * <p>Grammar: marks* '['? DATE SPAN TIME ']'? SEP, or marks* '['? TIME SPAN DATE ']'? SEP (time
 * first: Vietnamese iPhone, 2013 Android). SPAN is up to 8 non-digit chars (", ", " ", "، ", " klo
 * ", " à ", " - "), and may hold a CJK/Korean AM/PM marker written before the time.
 */
final class HeaderScanner extends TimeScan {
  private static final int MAX_SPAN = 8;

  private final DatePrefix last = new DatePrefix();
  private final TimeLayout lastTime = new TimeLayout();

  /** Reads {@code chars[from, to)} into {@code out}; false when the line is not a header. */
  boolean scan(char[] chars, int from, int to, Header out) {
    reset(chars, from, to, out);
    int known = last.match(chars, from, to);
    boolean ok = known >= 0 ? sameDate(from, known) : line(from);
    out.shape = shape;
    return ok;
  }

  /**
   * The line opens with the same date text as the last header: only the time is left to read, and
   * when it is written as the last one was ({@link TimeLayout}), only its digits.
   */
  private boolean sameDate(int from, int known) {
    int dateShape = last.restore(h, from);
    p = from + known;
    if (lastTime.read(s, p, end, h)) {
      shape = dateShape | lastTime.shapeBits();
      return true;
    }
    shape = dateShape;
    return timeAndClose(last.bracket());
  }

  /**
   * Reads the time and the separator after it, and remembers how they were written, or forgets the
   * last way when this line is no header: so the remembered time always comes from the line that
   * gave the remembered date text, or a later one with the same text (and so the same bracket).
   */
  private boolean timeAndClose(boolean bracket) {
    int dateShape = shape;
    int timeAt = p;
    if (time() && close(bracket)) {
      lastTime.remember(s, timeAt, h, shape ^ dateShape);
      return true;
    }
    lastTime.forget();
    return false;
  }

  private boolean line(int from) {
    skipMarks();
    boolean bracket = at('[');
    if (bracket) {
      shape |= Shape.BRACKET;
      p++;
      skipMarks();
    }
    if (p >= end) {
      return false;
    }
    int c = digit(s[p]);
    if (c >= 0 && looksLikeTimeFirst()) {
      shape |= Shape.TIME_FIRST;
      return time() && span(false) && date() && close(bracket);
    }
    if (!date() || !span(true)) {
      return false;
    }
    rememberDate(from, bracket);
    return timeAndClose(bracket);
  }

  /** See {@link DatePrefix}: only numeric dates, and not when a CJK marker came before the time. */
  private void rememberDate(int from, boolean bracket) {
    boolean named = (shape & (Shape.DAY_MONTH_NAME | Shape.MONTH_NAME_DAY)) != 0;
    if (named || h.meridiem != Meridiem.NONE) {
      last.forget();
    } else {
      last.remember(s, from, p, shape, bracket, h);
    }
  }

  /** "14:56:01, 3/18/22" or "19:23, 28 Aug 2013": a number followed directly by ':'. */
  private boolean looksLikeTimeFirst() {
    int q = p;
    while (q < end && digit(s[q]) >= 0) {
      q++;
    }
    return q < end && s[q] == ':' && q - p <= 2;
  }

  /**
   * The chars between date and time (or time and date). Their text goes into the shape; a CJK
   * marker before the time (ko "오후 3:15") is read as the meridiem instead.
   */
  private boolean span(boolean beforeTime) {
    int hash = 0;
    int n = 0;
    boolean marker = false;
    while (p < end && n < MAX_SPAN) {
      char c = s[p];
      if (digit(c) >= 0 || c == '[' || c == ']' || c == ':') {
        break;
      }
      if (beforeTime && cjkMarker()) {
        marker = true;
        continue;
      }
      p++;
      if (!isMark(c)) {
        hash = hash * 31 + (isSpace(c) ? ' ' : c);
        n++;
      }
    }
    shape |= (hash & 0xFFF) << Shape.HASH_SHIFT;
    return (n > 0 || marker) && p < end && digit(s[p]) >= 0;
  }

  private boolean close(boolean bracket) {
    skipMarks();
    if (bracket) {
      if (!at(']')) {
        return false;
      }
      p++;
      shape |= Shape.SEP_BRACKET << Shape.SEP_SHIFT;
      return rest(p < end && isSpace(s[p]) ? p + 1 : p);
    }
    if (p + 1 < end && s[p] == ' ' && (s[p + 1] == '-' || s[p + 1] == '–')) {
      shape |= Shape.SEP_DASH << Shape.SEP_SHIFT;
      return rest(p + 2 == end ? end : s[p + 2] == ' ' ? p + 3 : -1);
    }
    if (at(':') || at(';')) {
      int sep = at(':') ? Shape.SEP_COLON : Shape.SEP_SEMICOLON;
      shape |= sep << Shape.SEP_SHIFT;
      return rest(p + 1 == end ? end : s[p + 1] == ' ' ? p + 2 : -1);
    }
    return false;
  }

  private boolean rest(int at) {
    h.rest = at;
    return at >= 0;
  }
}
