package app.walkaway.importer.whatsapp;

/**
 * What {@link HeaderScanner} read from one header line. Mutable and reused line after line so the
 * hot path allocates nothing; copy what you keep.
 */
final class Header {
  static final int NO_YEAR = -1;

  /** Shape of the line, equal for every header of one file (see {@link Shape}). */
  int shape;

  /** The two numeric date fields that are not the year, in the order written; or day/month. */
  int first;

  int second;

  /** The year as a Gregorian year, or {@link #NO_YEAR}. */
  int year;

  /**
   * True when a month name fixed the month: then {@link #first} is the day and second the month.
   */
  boolean monthNamed;

  boolean yearFirst;
  int hour;
  int minute;
  int second2;
  Meridiem meridiem = Meridiem.NONE;

  /** Where the date was written, for quoting it back in notes. */
  int dateStart;

  int dateEnd;

  /** Index of the first char after the header separator: the author or the system text. */
  int rest;

  void clear() {
    shape = 0;
    first = 0;
    second = 0;
    year = NO_YEAR;
    monthNamed = false;
    yearFirst = false;
    hour = 0;
    minute = 0;
    second2 = 0;
    meridiem = Meridiem.NONE;
    dateStart = 0;
    dateEnd = 0;
    rest = 0;
  }

  /** The hour on a 24-hour clock (FORMATS §1.4 conversion rule). */
  int hour24() {
    return meridiem.toHour24(hour);
  }
}
