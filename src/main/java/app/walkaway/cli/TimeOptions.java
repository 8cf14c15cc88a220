package app.walkaway.cli;

import app.walkaway.service.ServiceException;
import app.walkaway.service.TypedTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Picocli's side of {@link TypedTime}: the same reading, told as picocli tells a bad value. */
final class TimeOptions {
  private TimeOptions() {}

  /** A day: 2026-03-01. */
  static final class Day implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return TypedTime.day(value);
      } catch (ServiceException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** A moment: 2026-04-15T20:00 or 2026-04-15 20:00, seconds optional. */
  static final class Moment implements ITypeConverter<LocalDateTime> {
    @Override
    public LocalDateTime convert(String value) {
      try {
        return TypedTime.moment(value);
      } catch (ServiceException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
