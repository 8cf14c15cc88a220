package app.walkaway.cli;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads --start and --now, saying exactly what was expected when a value does not fit. */
final class TimeOptions {
  private TimeOptions() {}

  /** An ISO date: 2026-03-01. */
  static final class Day implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value.strip());
      } catch (DateTimeParseException e) {
        throw new TypeConversionException(
            "cannot read '" + value + "' as a date (expected year-month-day, e.g. 2026-03-01)");
      }
    }
  }

  /** An ISO date-time: 2026-04-15T20:00 or 2026-04-15T20:00:30 (a space for the T is fine too). */
  static final class Moment implements ITypeConverter<LocalDateTime> {
    @Override
    public LocalDateTime convert(String value) {
      String text = value.strip().replace(' ', 'T');
      try {
        return LocalDateTime.parse(text);
      } catch (DateTimeParseException e) {
        String hint = text.length() == 10 ? " (add a time of day, e.g. " + text + "T20:00)" : "";
        throw new TypeConversionException(
            "cannot read '"
                + value
                + "' as a date and time"
                + (hint.isEmpty() ? " (expected e.g. 2026-04-15T20:00)" : hint));
      }
    }
  }
}
