package app.walkaway.importer.whatsapp;

import app.walkaway.importer.Names;

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
final class HeaderScanner {
  private static final int MAX_SPAN = 8;
  private static final String[] CJK_AM = {"上午", "午前", "오전"};
  private static final String[] CJK_PM = {"下午", "午後", "오후"};

  private char[] s;
  private int end;
  private int p;
  private int shape;
  private Header h;

  /** Reads {@code chars[from, to)} into {@code out}; false when the line is not a header. */
  boolean scan(char[] chars, int from, int to, Header out) {
    s = chars;
    end = to;
    p = from;
    h = out;
    out.clear();
    shape = 0;
    boolean ok = line();
    out.shape = shape;
    return ok;
  }

  private boolean line() {
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
      if (!time() || !span(false) || !date()) {
        return false;
      }
    } else if (!date() || !span(true) || !time()) {
      return false;
    }
    return close(bracket);
  }

  /** "14:56:01, 3/18/22" or "19:23, 28 Aug 2013": a number followed directly by ':'. */
  private boolean looksLikeTimeFirst() {
    int q = p;
    while (q < end && digit(s[q]) >= 0) {
      q++;
    }
    return q < end && s[q] == ':' && q - p <= 2;
  }

  private boolean date() {
    h.dateStart = p;
    boolean ok = p < end && digit(s[p]) < 0 ? monthFirstDate() : numberFirstDate();
    h.dateEnd = p;
    return ok;
  }

  private boolean numberFirstDate() {
    int start = p;
    int n1 = number(4);
    int d1 = p - start;
    if (n1 < 0) {
      return false;
    }
    skipMarks();
    if (p + 1 < end && isSpace(s[p]) && Character.isLetter(s[p + 1])) {
      return dayMonthNameDate(n1, d1);
    }
    if (p >= end) {
      return false;
    }
    char sep = s[p];
    int sepBits = sep == '/' ? 0 : sep == '.' ? Shape.DATE_DOT : sep == '-' ? Shape.DATE_DASH : -1;
    if (sepBits < 0) {
      return false;
    }
    p++;
    if (sep == '.' && at(' ')) {
      sepBits = Shape.DATE_DOT_SPACE;
      p++;
    }
    shape |= sepBits;
    skipMarks();
    int n2 = number(2);
    skipMarks();
    if (n2 < 0 || !at(sep)) {
      return false;
    }
    p++;
    if (sepBits == Shape.DATE_DOT_SPACE && at(' ')) {
      p++;
    }
    skipMarks();
    return d1 >= 3 ? yearFirst(n1, n2) : yearLast(n1, n2);
  }

  private boolean yearFirst(int year, int month) {
    int start = p;
    int day = number(2);
    if (day < 0 || p - start == 0) {
      return false;
    }
    shape |= Shape.YEAR_FIRST | Shape.YEAR_4;
    h.yearFirst = true;
    h.first = month;
    h.second = day;
    return setYear(year > 2300 ? year - 543 : year);
  }

  private boolean yearLast(int n1, int n2) {
    h.first = n1;
    h.second = n2;
    if (p + 1 < end && eraBase(s[p]) > 0 && digit(s[p + 1]) >= 0) {
      int base = eraBase(s[p]);
      p++;
      int n = number(2);
      shape |= Shape.YEAR_ERA;
      return setYear(base + n);
    }
    int start = p;
    int year = number(4);
    int digits = p - start;
    if (digits == 2) {
      shape |= Shape.YEAR_2;
      return setYear(2000 + year);
    }
    if (digits != 4) {
      return false;
    }
    shape |= Shape.YEAR_4;
    return setYear(buddhist(year));
  }

  /** "2565 BE" (FORMATS §1.3): Buddhist era, 543 years ahead; a bare year past 2300 is one too. */
  private int buddhist(int year) {
    if (p + 2 < end && s[p] == ' ' && s[p + 1] == 'B' && s[p + 2] == 'E') {
      p += 3;
      shape |= Shape.BUDDHIST;
      return year - 543;
    }
    return year > 2300 ? year - 543 : year;
  }

  /** Japanese era letters (FORMATS §1.3, I11): Reiwa R4 = 2022, Heisei H30 = 2018. */
  private static int eraBase(char c) {
    return switch (c) {
      case 'R' -> 2018;
      case 'H' -> 1988;
      case 'S' -> 1925;
      default -> 0;
    };
  }

  private boolean setYear(int year) {
    h.year = year;
    return year >= 1970 && year <= 2199;
  }

  /** "28 Aug 2013" (A12) or "18 Mar" (A13, no year). */
  private boolean dayMonthNameDate(int day, int digits) {
    if (digits > 2) {
      return false;
    }
    p++;
    int month = monthWord();
    if (month == 0) {
      return false;
    }
    shape |= Shape.DAY_MONTH_NAME;
    h.monthNamed = true;
    h.first = day;
    h.second = month;
    if (p + 5 <= end && s[p] == ' ' && fourDigitYearAt(p + 1)) {
      p++;
      shape |= Shape.YEAR_4;
      return setYear(number(4));
    }
    return true;
  }

  private boolean fourDigitYearAt(int q) {
    for (int i = q; i < q + 4; i++) {
      if (digit(s[i]) < 0) {
        return false;
      }
    }
    return q + 4 == end || digit(s[q + 4]) < 0 && s[q + 4] != ':' && s[q + 4] != '.';
  }

  /** "Mar 5, 8:11 PM" (A14, no year). */
  private boolean monthFirstDate() {
    int month = monthWord();
    if (month == 0 || !at(' ')) {
      return false;
    }
    p++;
    int start = p;
    int day = number(2);
    if (day < 0 || p - start == 0) {
      return false;
    }
    shape |= Shape.MONTH_NAME_DAY;
    h.monthNamed = true;
    h.first = day;
    h.second = month;
    return true;
  }

  private int monthWord() {
    int start = p;
    while (p < end && Character.isLetter(s[p])) {
      p++;
    }
    int month = MonthNames.month(s, start, p);
    if (month != 0 && at('.')) {
      p++;
    }
    return month;
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
      if (!Names.isInvisible(c)) {
        hash = hash * 31 + (isSpace(c) ? ' ' : c);
        n++;
      }
    }
    shape |= (hash & 0xFFF) << Shape.HASH_SHIFT;
    return (n > 0 || marker) && p < end && digit(s[p]) >= 0;
  }

  private boolean time() {
    int start = p;
    int hour = number(2);
    if (hour < 0 || p >= end || p - start == 0) {
      return false;
    }
    char sep = s[p];
    if (sep != ':' && sep != '.') {
      return false;
    }
    if (sep == '.') {
      shape |= Shape.TIME_DOT;
    }
    p++;
    int minute = twoDigits();
    if (minute < 0) {
      return false;
    }
    int second = 0;
    if (p + 1 < end && s[p] == sep && digit(s[p + 1]) >= 0) {
      p++;
      second = twoDigits();
      shape |= Shape.SECONDS;
    }
    if (p < end && s[p] == '.' && (p + 1 == end || digit(s[p + 1]) < 0)) {
      p++; // "13:34. - " (A15)
      shape |= Shape.TRAILING_DOT;
    }
    h.hour = hour;
    h.minute = minute;
    h.second2 = second;
    meridiemAfter();
    return hour <= 23 && minute <= 59 && second >= 0 && second <= 59;
  }

  private int twoDigits() {
    int start = p;
    int n = number(2);
    return p - start == 2 ? n : -1;
  }

  private void meridiemAfter() {
    int q = p;
    while (p < end && isSpace(s[p])) {
      p++;
    }
    if (p < end && (letterMeridiem() || wordMeridiem() || arabicMeridiem() || cjkMarker())) {
      return;
    }
    p = q;
  }

  /** AM, pm, a.m., p. m. with any space between (FORMATS §1.4); normalized before comparing. */
  private boolean letterMeridiem() {
    char c = Character.toLowerCase(s[p]);
    if (c != 'a' && c != 'p') {
      return false;
    }
    int q = p + 1;
    if (q < end && s[q] == '.') {
      q++;
    }
    while (q < end && isSpace(s[q])) {
      q++;
    }
    if (q >= end || Character.toLowerCase(s[q]) != 'm') {
      return false;
    }
    q++;
    if (q < end && s[q] == '.') {
      q++;
    }
    if (q < end && Character.isLetter(s[q])) {
      return false;
    }
    p = q;
    return meridiem(c == 'a' ? Meridiem.AM : Meridiem.PM, Shape.MERIDIEM_LETTERS);
  }

  /** "9:15 in the morning" (A10) and the other English day periods. */
  private boolean wordMeridiem() {
    return word("in the morning", Meridiem.AM)
        || word("in the afternoon", Meridiem.PM)
        || word("in the evening", Meridiem.PM)
        || word("at night", Meridiem.NIGHT);
  }

  private boolean word(String w, Meridiem m) {
    if (end - p < w.length() || !regionMatches(w)) {
      return false;
    }
    p += w.length();
    return meridiem(m, Shape.MERIDIEM_WORDS);
  }

  /** Arabic iPhone: "م" is PM, "ص" is AM (FORMATS §1.4, I9). */
  private boolean arabicMeridiem() {
    char c = s[p];
    if ((c != 'م' && c != 'ص') || (p + 1 < end && Character.isLetter(s[p + 1]))) {
      return false;
    }
    p++;
    return meridiem(c == 'م' ? Meridiem.PM : Meridiem.AM, Shape.MERIDIEM_ARABIC);
  }

  private boolean cjkMarker() {
    for (int i = 0; i < CJK_AM.length; i++) {
      if (regionMatches(CJK_AM[i]) || regionMatches(CJK_PM[i])) {
        Meridiem m = regionMatches(CJK_AM[i]) ? Meridiem.AM : Meridiem.PM;
        p += 2;
        return meridiem(m, Shape.MERIDIEM_CJK);
      }
    }
    return false;
  }

  private boolean meridiem(Meridiem m, int style) {
    h.meridiem = m;
    shape |= style << Shape.MERIDIEM_SHIFT;
    return true;
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

  private boolean regionMatches(String w) {
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
  private int number(int max) {
    int n = 0;
    int count = 0;
    while (p < end && count < max) {
      int d = digit(s[p]);
      if (d < 0) {
        break;
      }
      n = n * 10 + d;
      p++;
      count++;
    }
    if (count == 0 || (p < end && digit(s[p]) >= 0)) {
      return -1;
    }
    return n;
  }

  private void skipMarks() {
    while (p < end && Names.isInvisible(s[p])) {
      p++;
    }
  }

  private boolean at(char c) {
    return p < end && s[p] == c;
  }

  static int digit(char c) {
    if (c <= '9') {
      return c >= '0' ? c - '0' : -1;
    }
    return c < '\u0660' ? -1 : Character.digit(c, 10);
  }

  /** Space, NBSP, NNBSP and the thin spaces WhatsApp puts around times (FORMATS §1.10). */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F' || (c >= '\u2000' && c <= '\u200A');
  }
}
