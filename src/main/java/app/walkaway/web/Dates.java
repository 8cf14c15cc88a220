package app.walkaway.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** Dates as she reads them: "3 March 2026", "3 March 2026, 21:04". */
final class Dates {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

  private Dates() {}

  static String day(LocalDate day) {
    return DAY.format(day);
  }

  static String moment(LocalDateTime at) {
    return DAY.format(at) + ", " + TIME.format(at);
  }

  /** A day as a form sends it (yyyy-mm-dd), or empty when it is not one. */
  static Optional<LocalDate> parse(String text) {
    try {
      return Optional.of(LocalDate.parse(text.strip()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
