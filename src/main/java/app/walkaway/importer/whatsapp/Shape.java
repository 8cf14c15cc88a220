package app.walkaway.importer.whatsapp;

/**
 * The shape of a header line packed in an int: everything about how a header is written that stays
 * the same through one export (brackets, separators, year width, seconds, kind of AM/PM marker),
 * and nothing that changes from message to message (the digits, AM versus PM). A file's dominant
 * shape is the one most headers share; lines of another shape are text pasted into a message
 * (FORMATS §1.9; the idea follows Chatistics' "infer_datetime_regex", written anew here).
 */
final class Shape {
  static final int BRACKET = 1;
  static final int DAY_MONTH_NAME = 1 << 1;
  static final int MONTH_NAME_DAY = 2 << 1;
  static final int TIME_FIRST = 1 << 3;
  static final int DATE_DOT = 1 << 4;
  static final int DATE_DASH = 2 << 4;
  static final int DATE_DOT_SPACE = 3 << 4;
  static final int YEAR_2 = 1 << 6;
  static final int YEAR_4 = 2 << 6;
  static final int YEAR_ERA = 3 << 6;
  static final int BUDDHIST = 1 << 8;
  static final int YEAR_FIRST = 1 << 9;
  static final int TIME_DOT = 1 << 10;
  static final int SECONDS = 1 << 11;
  static final int TRAILING_DOT = 1 << 12;
  static final int MERIDIEM_SHIFT = 13; // 3 bits: see MeridiemStyle
  static final int SEP_SHIFT = 16; // 3 bits: see below
  static final int SEP_DASH = 1;
  static final int SEP_BRACKET = 2;
  static final int SEP_COLON = 3;
  static final int SEP_SEMICOLON = 4;
  static final int HASH_SHIFT = 19; // 12 bits of the date-time separator's hash

  static final int MERIDIEM_LETTERS = 1;
  static final int MERIDIEM_WORDS = 2;
  static final int MERIDIEM_ARABIC = 3;
  static final int MERIDIEM_CJK = 4;

  private Shape() {}

  static int separator(int shape) {
    return (shape >>> SEP_SHIFT) & 7;
  }

  static boolean hasYear(int shape) {
    return (shape & (3 << 6)) != 0;
  }

  static boolean monthNamed(int shape) {
    return (shape & (3 << 1)) != 0;
  }

  /** iPhone exports put the date in brackets (2017+) or end the time with ": " (up to 2016). */
  static boolean isIphone(int shape) {
    int sep = separator(shape);
    return sep == SEP_BRACKET || sep == SEP_COLON;
  }

  /** "19:23, 28 Aug 2013 - ": the 2013 Android layout (A12), time first with a month name. */
  static boolean isOldAndroid(int shape) {
    return (shape & TIME_FIRST) != 0 && (shape & DAY_MONTH_NAME) != 0;
  }

  static String platform(int shape) {
    return switch (separator(shape)) {
      case SEP_BRACKET, SEP_COLON -> "WhatsApp (iPhone)";
      case SEP_SEMICOLON -> "WhatsApp (WhatsApp Viewer text)";
      default -> "WhatsApp (Android)";
    };
  }
}
