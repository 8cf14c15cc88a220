package app.walkaway.importer.whatsapp;

/**
 * The date part of a header (FORMATS §1.3): numeric d/M/y in any order with '/', '.', '-' or ". ",
 * two- and four-digit years, year first, Buddhist and Japanese-era years, English month names, and
 * digits of any script.
 */
abstract class DateScan extends ScanCursor {
  boolean date() {
    h.dateStart = p;
    boolean ok = p < end && digit(s[p]) < 0 ? monthFirstDate() : numberFirstDate();
    h.dateEnd = p;
    return ok;
  }

  boolean numberFirstDate() {
    int start = p;
    int n1 = number(4);
    int d1 = p - start;
    if (n1 < 0) {
      return false;
    }
    skipMarks();
    if (p + 1 < end && isSpace(s[p]) && isLetter(s[p + 1])) {
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

  boolean yearFirst(int year, int month) {
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

  boolean yearLast(int n1, int n2) {
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
  int buddhist(int year) {
    if (p + 2 < end && s[p] == ' ' && s[p + 1] == 'B' && s[p + 2] == 'E') {
      p += 3;
      shape |= Shape.BUDDHIST;
      return year - 543;
    }
    return year > 2300 ? year - 543 : year;
  }

  /** Japanese era letters (FORMATS §1.3, I11): Reiwa R4 = 2022, Heisei H30 = 2018. */
  static int eraBase(char c) {
    return switch (c) {
      case 'R' -> 2018;
      case 'H' -> 1988;
      case 'S' -> 1925;
      default -> 0;
    };
  }

  boolean setYear(int year) {
    h.year = year;
    return year >= 1970 && year <= 2199;
  }

  /** "28 Aug 2013" (A12) or "18 Mar" (A13, no year). */
  boolean dayMonthNameDate(int day, int digits) {
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

  boolean fourDigitYearAt(int q) {
    for (int i = q; i < q + 4; i++) {
      if (digit(s[i]) < 0) {
        return false;
      }
    }
    return q + 4 == end || digit(s[q + 4]) < 0 && s[q + 4] != ':' && s[q + 4] != '.';
  }

  /** "Mar 5, 8:11 PM" (A14, no year). */
  boolean monthFirstDate() {
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

  int monthWord() {
    int start = p;
    while (p < end && isLetter(s[p])) {
      p++;
    }
    int month = MonthNames.month(s, start, p);
    if (month != 0 && at('.')) {
      p++;
    }
    return month;
  }
}
