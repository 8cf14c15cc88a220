package app.walkaway.cli;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Numbers, spans and dates in words a person would use. */
final class Friendly {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
  private static final DateTimeFormatter DAY_YEAR =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

  private Friendly() {}

  /** The length of a period: "5 days", "3 weeks", "about 4 months", "about 3 years". */
  static String span(double days) {
    if (days < 1) {
      return "less than a day";
    }
    if (days < 14) {
      long d = Math.round(days);
      return d == 1 ? "1 day" : d + " days";
    }
    if (days < 70) {
      return Math.round(days / 7) + " weeks";
    }
    if (days < 730) {
      return "about " + Math.round(days / 30.44) + " months";
    }
    return "about " + Math.round(days / 365.25) + " years";
  }

  /** "1 March", or "1 March 2025" when the year differs from {@code now}'s. */
  static String day(LocalDate date, LocalDate now) {
    return date.getYear() == now.getYear() ? DAY.format(date) : DAY_YEAR.format(date);
  }

  static String dayTime(LocalDateTime time, LocalDate now) {
    return day(time.toLocalDate(), now) + " " + TIME.format(time);
  }

  /** "81%". */
  static String percent(double share) {
    return Math.round(share * 100) + "%";
  }

  /** "1 message", "3 messages"; "none" reads better than 0 in sentences about starting. */
  static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** "once", "twice", "5 times". */
  static String times(long n) {
    return n == 1 ? "once" : n == 2 ? "twice" : n + " times";
  }

  /** The text with its first letter in upper case, to start a sentence with a name or phrase. */
  static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** A rate per week with one decimal: "1.5". */
  static String rate(double perWeek) {
    return String.format(Locale.ROOT, "%.1f", perWeek);
  }
}
