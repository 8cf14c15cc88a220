package app.walkaway.importer.whatsapp;

/**
 * The time part of a header (FORMATS §1.4): H:mm, H:mm:ss, dotted times, a dot after the time, and
 * every AM/PM form seen: AM/am, a.m., p. m. with any space, English day periods, Arabic and
 * CJK/Korean markers.
 */
abstract class TimeScan extends DateScan {
  static final String[] CJK_AM = {"上午", "午前", "오전"};

  static final String[] CJK_PM = {"下午", "午後", "오후"};

  boolean time() {
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

  void meridiemAfter() {
    int q = p;
    while (p < end && isSpace(s[p])) {
      p++;
    }
    if (p < end
        && mayStartMeridiem(s[p])
        && (letterMeridiem() || wordMeridiem() || arabicMeridiem() || cjkMarker())) {
      return;
    }
    p = q;
  }

  /**
   * Most 24-hour headers go on with " - " or "]": an ASCII char that opens none of the markers
   * below (a/p for AM/PM and "at night", i for "in the …") ends the search at once.
   */
  static boolean mayStartMeridiem(char c) {
    if (c >= 0x80) {
      return true;
    }
    char lower = (char) (c | 0x20);
    return lower == 'a' || lower == 'p' || lower == 'i';
  }

  /** AM, pm, a.m., p. m. with any space between (FORMATS §1.4); normalized before comparing. */
  boolean letterMeridiem() {
    char c = toLowerCase(s[p]);
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
    if (q >= end || toLowerCase(s[q]) != 'm') {
      return false;
    }
    q++;
    if (q < end && s[q] == '.') {
      q++;
    }
    if (q < end && isLetter(s[q])) {
      return false;
    }
    p = q;
    return meridiem(c == 'a' ? Meridiem.AM : Meridiem.PM, Shape.MERIDIEM_LETTERS);
  }

  /** "9:15 in the morning" (A10) and the other English day periods. */
  boolean wordMeridiem() {
    return word("in the morning", Meridiem.AM)
        || word("in the afternoon", Meridiem.PM)
        || word("in the evening", Meridiem.PM)
        || word("at night", Meridiem.NIGHT);
  }

  boolean word(String w, Meridiem m) {
    if (end - p < w.length() || !regionMatches(w)) {
      return false;
    }
    p += w.length();
    return meridiem(m, Shape.MERIDIEM_WORDS);
  }

  /** Arabic iPhone: "م" is PM, "ص" is AM (FORMATS §1.4, I9). */
  boolean arabicMeridiem() {
    char c = s[p];
    if ((c != 'م' && c != 'ص') || (p + 1 < end && isLetter(s[p + 1]))) {
      return false;
    }
    p++;
    return meridiem(c == 'م' ? Meridiem.PM : Meridiem.AM, Shape.MERIDIEM_ARABIC);
  }

  boolean cjkMarker() {
    if (s[p] < '\u4E00') {
      return false; // every marker opens with a CJK ideograph or a Hangul syllable
    }
    for (int i = 0; i < CJK_AM.length; i++) {
      if (regionMatches(CJK_AM[i]) || regionMatches(CJK_PM[i])) {
        Meridiem m = regionMatches(CJK_AM[i]) ? Meridiem.AM : Meridiem.PM;
        p += 2;
        return meridiem(m, Shape.MERIDIEM_CJK);
      }
    }
    return false;
  }

  boolean meridiem(Meridiem m, int style) {
    h.meridiem = m;
    shape |= style << Shape.MERIDIEM_SHIFT;
    return true;
  }
}
