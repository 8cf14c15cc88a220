package app.walkaway.importer.whatsapp;

/**
 * English month names as 2013-2014 Android exports write them ("28 Aug 2013", "Mar 5"; FORMATS §1.2
 * A12-A14). Other languages' month names were not seen in exports and are not read.
 */
final class MonthNames {
  private static final String[] NAMES = {
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december"
  };

  private static final String MONTH_STARTS = "jfmasond";

  private MonthNames() {}

  /** The month 1-12 for a word of at least three letters that starts a month name, else 0. */
  static int month(char[] s, int from, int to) {
    int len = to - from;
    if (len < 3 || len > 9 || !mayStartMonth(s[from])) {
      return 0;
    }
    for (int m = 0; m < NAMES.length; m++) {
      String name = NAMES[m];
      if (len <= name.length() && matches(s, from, name, len)) {
        return m + 1;
      }
    }
    return 0;
  }

  /**
   * Continuation lines that open with a word come here too: most of them are turned away by their
   * first letter before the twelve names are compared.
   */
  private static boolean mayStartMonth(char c) {
    return MONTH_STARTS.indexOf(ScanCursor.toLowerCase(c)) >= 0;
  }

  private static boolean matches(char[] s, int from, String name, int len) {
    for (int i = 0; i < len; i++) {
      if (ScanCursor.toLowerCase(s[from + i]) != name.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
