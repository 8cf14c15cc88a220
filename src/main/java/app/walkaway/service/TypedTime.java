package app.walkaway.service;

import app.walkaway.service.ServiceException.Problem;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The one reader of the days and times she types, for every edge (an option, a form field): a day
 * as 2026-03-01, a moment as 2026-04-15T20:00 or 2026-04-15 20:00 (seconds optional), and a time
 * zone as Europe/London. What does not read is a {@link Problem#BAD_INPUT} that says what was
 * expected, with an example.
 */
public final class TypedTime {
  private TypedTime() {}

  /** A day: 2026-03-01. */
  public static LocalDate day(String typed) {
    try {
      return LocalDate.parse(typed.strip());
    } catch (DateTimeParseException e) {
      throw bad(
          "cannot read '" + typed + "' as a date (expected year-month-day, e.g. 2026-03-01)", e);
    }
  }

  /** A moment on her clock: 2026-04-15T20:00, 2026-04-15 20:00, either with seconds. */
  public static LocalDateTime moment(String typed) {
    String text = typed.strip().replace(' ', 'T');
    try {
      return LocalDateTime.parse(text);
    } catch (DateTimeParseException e) {
      String hint =
          text.length() == 10
              ? " (add a time of day, e.g. " + text + "T20:00)"
              : " (expected e.g. 2026-04-15T20:00)";
      throw bad("cannot read '" + typed + "' as a date and time" + hint, e);
    }
  }

  /**
   * A moment in {@code zone}, or an exact one when it carries its offset (2026-03-04T19:30Z,
   * 2026-03-04T19:30+01:00).
   */
  public static Instant instant(String typed, ZoneId zone) {
    String text = typed.strip().replace(' ', 'T');
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException notWithOffset) {
      return moment(typed).atZone(zone).toInstant();
    }
  }

  /** A time zone: Europe/London, UTC, +01:00. */
  public static ZoneId zone(String typed) {
    try {
      return ZoneId.of(typed.strip());
    } catch (DateTimeException e) {
      throw bad("unknown time zone '" + typed + "' (expected e.g. Europe/London)", e);
    }
  }

  private static ServiceException bad(String message, Exception cause) {
    return new ServiceException(Problem.BAD_INPUT, message, cause);
  }
}
