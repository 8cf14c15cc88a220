package app.walkaway.importer.whatsapp;

/**
 * How the last header's time was written, from its first digit to where its rest begins: the hour's
 * digit count, the separator, whether seconds follow, and the chars after the last digit
 * ("\u202FPM] ", " - "). Within one export most headers differ from the one before only in the
 * time's digits (and now and then AM/PM or an hour's second digit), so the scanner reads those
 * digits and compares the tail, instead of going through every form of time and AM/PM again.
 *
 * <p>Kept only for ASCII digits and a tail that ends with the space its separator takes: the
 * scanner then looked at no char past the tail, and the same chars always give the same fields and
 * shape bits (the shape bits of a time are separate from a date's, so they stay right whatever date
 * comes before).
 */
final class TimeLayout {
  private static final int MAX_TAIL = 24;
  private static final int NOT_A_DIGIT = -100; // keeps any two-digit sum with it negative

  private final char[] tail = new char[MAX_TAIL];
  private int tailLength = -1;
  private int hourDigits;
  private char separator;
  private boolean seconds;
  private int shapeBits;
  private Meridiem meridiem = Meridiem.NONE;

  /**
   * Remembers the time the scanner read from {@code s[timeAt, h.rest)}, which gave {@code h} its
   * time fields and the shape its {@code bits}; forgets the last one when this one cannot be kept.
   */
  void remember(char[] s, int timeAt, Header h, int bits) {
    forget();
    int q = timeAt;
    while (q < h.rest && q - timeAt <= 2 && ascii(s[q]) >= 0) {
      q++;
    }
    int digits = q - timeAt;
    if (digits < 1 || digits > 2) {
      return; // digits of another script, which the scanner reads too
    }
    char sep = s[q];
    boolean withSeconds = (bits & Shape.SECONDS) != 0;
    int tailAt = q + (withSeconds ? 6 : 3);
    int length = h.rest - tailAt;
    if (length < 2
        || length > MAX_TAIL
        || (sep != ':' && sep != '.')
        || !ScanCursor.isSpace(s[h.rest - 1])
        || twoDigits(s, q + 1) < 0
        || (withSeconds && (s[q + 3] != sep || twoDigits(s, q + 4) < 0))) {
      return;
    }
    System.arraycopy(s, tailAt, tail, 0, length);
    hourDigits = digits;
    separator = sep;
    seconds = withSeconds;
    shapeBits = bits;
    meridiem = h.meridiem;
    tailLength = length;
  }

  /**
   * Reads the time at {@code s[at]} into {@code h} if it is written as the last one was, ending
   * before {@code end}; false when it is not (the scanner then reads it the long way, which also
   * says whether it is a time at all).
   */
  boolean read(char[] s, int at, int end, Header h) {
    int n = tailLength;
    int q = at + hourDigits;
    if (n < 0 || q + (seconds ? 6 : 3) + n > end || s[q] != separator) {
      return false;
    }
    int hour = hourDigits == 1 ? ascii(s[at]) : twoDigits(s, at);
    int minute = twoDigits(s, q + 1);
    int second = 0;
    q += 3;
    if (seconds) {
      if (s[q] != separator) {
        return false;
      }
      second = twoDigits(s, q + 1);
      q += 3;
    }
    if ((hour | minute | second) < 0 || hour > 23 || minute > 59 || second > 59) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (s[q + i] != tail[i]) {
        return false;
      }
    }
    h.hour = hour;
    h.minute = minute;
    h.second2 = second;
    h.meridiem = meridiem;
    h.rest = q + n;
    return true;
  }

  void forget() {
    tailLength = -1;
  }

  /** The shape bits the time and separator of the last {@link #read} add to the date's. */
  int shapeBits() {
    return shapeBits;
  }

  private static int twoDigits(char[] s, int i) {
    return ascii(s[i]) * 10 + ascii(s[i + 1]);
  }

  private static int ascii(char c) {
    int d = c - '0';
    return d >= 0 && d <= 9 ? d : NOT_A_DIGIT;
  }
}
