package app.walkaway.importer.whatsapp;

/** The AM/PM part of a 12-hour time, already normalized from whatever form the file wrote. */
enum Meridiem {
  NONE,
  AM,
  PM,
  /** English "at night" (CLDR en day period 21:00-06:00): 9-11 are evening, 12-5 after midnight. */
  NIGHT;

  /**
   * FORMATS §1.4: 12 AM is 0, 12 PM is 12, otherwise PM adds 12; a PM on an hour of 13 or more is
   * ignored (real files hold "23:59 PM"), and 0 AM stays 0.
   */
  int toHour24(int hour) {
    return switch (this) {
      case NONE -> hour;
      case AM -> hour == 12 ? 0 : hour;
      case PM -> hour < 12 ? hour + 12 : hour;
      case NIGHT -> hour == 12 ? 0 : (hour >= 6 && hour < 12 ? hour + 12 : hour);
    };
  }
}
