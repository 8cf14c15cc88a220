package app.walkaway.importer.whatsapp;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Turns a scanned header into a wall-clock time under the file's day/month order. Remembers the
 * last date, since consecutive messages mostly share one, and a time for each minute of the day,
 * since a long chat meets the same minutes again and again.
 */
final class Dates {
  private static final int[] DAYS = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  private static final long MILLIS_A_DAY = 86_400_000L;

  private int lastKey = -1;
  private LocalDate lastDate;
  private long lastDayMillis;
  private long lastMillis;
  private final LocalTime[] byMinute = new LocalTime[24 * 60];
  private final byte[] secondOf = new byte[24 * 60]; // beside the times, so a hit reads no object

  /**
   * The time the header states, or null when its date cannot exist under {@code order} (such a line
   * is text, not a header). {@code runningYear} stands in for files that write no year.
   */
  LocalDateTime resolve(Header h, DateOrder.Order order, int runningYear) {
    int day;
    int month;
    if (order == DateOrder.Order.MONTH_FIRST || order == DateOrder.Order.YEAR_FIRST) {
      month = h.first;
      day = h.second;
    } else {
      day = h.first;
      month = h.second;
    }
    int year = h.year == Header.NO_YEAR ? runningYear : h.year;
    if (month < 1 || month > 12 || day < 1 || day > DAYS[month - 1]) {
      return null;
    }
    if (month == 2 && day == 29 && !isLeap(year)) {
      return null;
    }
    int key = (year * 13 + month) * 32 + day;
    if (key != lastKey) {
      lastDate = LocalDate.of(year, month, day);
      lastDayMillis = lastDate.toEpochDay() * MILLIS_A_DAY;
      lastKey = key;
    }
    int hour = h.hour24();
    LocalTime time = time(hour, h.minute, h.second2);
    lastMillis = lastDayMillis + (hour * 3600L + h.minute * 60L + h.second2) * 1000L;
    return LocalDateTime.of(lastDate, time);
  }

  /**
   * The time {@link #resolve} gave last, as milliseconds from 1970-01-01T00:00 on the same wall
   * clock (no zone: as {@link #millisOf} counts), worked out from the header's fields, so a table
   * of times need not take the LocalDateTime apart again.
   */
  long lastMillis() {
    return lastMillis;
  }

  /** {@code at}'s milliseconds from 1970-01-01T00:00 on the same wall clock. */
  static long millisOf(LocalDateTime at) {
    return at.toLocalDate().toEpochDay() * MILLIS_A_DAY
        + at.toLocalTime().toSecondOfDay() * 1000L
        + at.getNano() / 1_000_000;
  }

  /**
   * One time per minute of the day, kept while its seconds repeat: files without seconds meet the
   * same 1440 times again and again, while in files with seconds a time seldom recurs, and a table
   * of every second (86,400 entries) cost a cache miss per message.
   */
  private LocalTime time(int hour, int minute, int second) {
    int i = hour * 60 + minute;
    if (i < 0 || i >= byMinute.length || minute > 59 || second > 59) {
      return LocalTime.of(hour, minute, second); // out of range: let it say why
    }
    LocalTime t = byMinute[i];
    if (t == null || secondOf[i] != second) {
      t = LocalTime.of(hour, minute, second);
      byMinute[i] = t;
      secondOf[i] = (byte) second;
    }
    return t;
  }

  private static boolean isLeap(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  }
}
