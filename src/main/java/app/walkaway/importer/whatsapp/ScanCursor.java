package app.walkaway.importer.whatsapp;

import app.walkaway.importer.Names;

/**
 * The position and primitives the header scanner is built from: one line's chars, a cursor, the
 * {@link Shape} bits found so far and the {@link Header} being filled. Split out of {@link
 * HeaderScanner} with {@link DateScan} and {@link TimeScan} only to keep each part readable.
 */
abstract class ScanCursor {
  char[] s;

  int end;

  int p;

  int shape;

  Header h;

  void reset(char[] chars, int from, int to, Header out) {
    s = chars;
    end = to;
    p = from;
    h = out;
    out.clear();
    shape = 0;
  }

  boolean regionMatches(String w) {
    if (end - p < w.length()) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      if (s[p + i] != w.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Up to {@code max} digits of any script (Arabic-Indic too, FORMATS §1.3); -1 if none. */
  int number(int max) {
    char[] chars = s; // locals, not fields, in this loop: it runs for every number of every header
    int limit = end;
    int q = p;
    int n = 0;
    int count = 0;
    while (q < limit) {
      int d = digit(chars[q]);
      if (d < 0) {
        break;
      }
      if (count == max) {
        p = q;
        return -1; // more digits than the field allows
      }
      n = n * 10 + d;
      q++;
      count++;
    }
    p = q;
    return count == 0 ? -1 : n;
  }

  /**
   * Exactly two digits. Minutes and seconds are two ASCII digits followed by a non-digit in nearly
   * every header, so that case is read directly; anything else goes through {@link #number}.
   */
  int twoDigits() {
    if (p + 2 < end) {
      int tens = s[p] - '0';
      int ones = s[p + 1] - '0';
      if (tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 && digit(s[p + 2]) < 0) {
        p += 2;
        return tens * 10 + ones;
      }
    }
    int start = p;
    int n = number(2);
    return p - start == 2 ? n : -1;
  }

  void skipMarks() {
    while (p < end && isMark(s[p])) {
      p++;
    }
  }

  /** {@link Names#isInvisible}, with the common chars (all below U+200E) let through first. */
  static boolean isMark(char c) {
    return c >= '\u200E' && Names.isInvisible(c);
  }

  boolean at(char c) {
    return p < end && s[p] == c;
  }

  static int digit(char c) {
    if (c <= '9') {
      return c >= '0' ? c - '0' : -1;
    }
    if (c < '\u0660' || isPunctuationOrSurrogate(c)) {
      return -1; // the common non-digits, without a Unicode table lookup
    }
    return Character.digit(c, 10);
  }

  /** General punctuation (NNBSP, LRM, bidi controls), symbols, emoji halves and the BOM. */
  static boolean isPunctuationOrSurrogate(char c) {
    return (c >= '\u2000' && c <= '\u2BFF') || (c >= '\uD800' && c <= '\uDFFF') || c == '\uFEFF';
  }

  /** {@link Character#isLetter(char)}, with ASCII answered without the Unicode tables. */
  static boolean isLetter(char c) {
    if (c < 0x80) {
      char lower = (char) (c | 0x20);
      return lower >= 'a' && lower <= 'z';
    }
    return Character.isLetter(c);
  }

  /** {@link Character#toLowerCase(char)}, with ASCII answered without the Unicode tables. */
  static char toLowerCase(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c;
    }
    return Character.toLowerCase(c);
  }

  /** Space, NBSP, NNBSP and the thin spaces WhatsApp puts around times (FORMATS §1.10). */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F' || (c >= '\u2000' && c <= '\u200A');
  }
}
