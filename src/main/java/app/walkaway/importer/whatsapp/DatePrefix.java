package app.walkaway.importer.whatsapp;

import java.util.Arrays;

/**
 * The start of the last header read, up to the first digit of its time ("23/03/2022, ", "[1/6/06,
 * "), with the date fields and shape bits it gave. A chat has a few hundred messages a day, so most
 * headers start with the same text as the one before, and the scanner can go straight to the time.
 *
 * <p>Kept only for numeric dates written before the time: while reading those, the scanner looks at
 * no char past that first digit of the time, so the same text always gives the same fields.
 */
final class DatePrefix {
  private char[] text = new char[32];
  private int length = -1;
  private int shape;
  private boolean bracket;
  private int first;
  private int second;
  private int year;
  private boolean yearFirst;
  private int dateStart;
  private int dateEnd;

  /** Remembers {@code s[from, timeAt)} and what it gave; {@code timeAt} holds a digit. */
  void remember(char[] s, int from, int timeAt, int shapeSoFar, boolean bracketed, Header h) {
    length = timeAt - from;
    if (text.length < length) {
      text = Arrays.copyOf(text, Math.max(length, text.length * 2));
    }
    System.arraycopy(s, from, text, 0, length);
    shape = shapeSoFar;
    bracket = bracketed;
    first = h.first;
    second = h.second;
    year = h.year;
    yearFirst = h.yearFirst;
    dateStart = h.dateStart - from;
    dateEnd = h.dateEnd - from;
  }

  /** The length of the remembered start if {@code s[from, to)} opens with it and a digit; or -1. */
  int match(char[] s, int from, int to) {
    int n = length;
    if (n < 0 || to - from <= n || ScanCursor.digit(s[from + n]) < 0) {
      return -1;
    }
    for (int i = n - 1; i >= 0; i--) {
      if (s[from + i] != text[i]) {
        return -1;
      }
    }
    return n;
  }

  /** Fills the date fields as reading the remembered start did; returns its shape bits. */
  int restore(Header h, int from) {
    h.first = first;
    h.second = second;
    h.year = year;
    h.yearFirst = yearFirst;
    h.dateStart = from + dateStart;
    h.dateEnd = from + dateEnd;
    return shape;
  }

  boolean bracket() {
    return bracket;
  }

  void forget() {
    length = -1;
  }
}
