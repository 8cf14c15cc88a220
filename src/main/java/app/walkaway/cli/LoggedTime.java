package app.walkaway.cli;

import app.walkaway.event.Actor;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Reading and showing the wall-clock times she types for hand-logged events. */
final class LoggedTime {
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private LoggedTime() {}

  /** Accepts 2026-03-04T19:30, 2026-03-04 19:30 and either with seconds. */
  static LocalDateTime parse(String text, CommandSpec spec) {
    try {
      return LocalDateTime.parse(text.strip().replace(' ', 'T'));
    } catch (DateTimeParseException e) {
      throw new ParameterException(
          spec.commandLine(),
          "cannot read the time '" + text + "' (expected e.g. 2026-03-04 19:30)");
    }
  }

  static String show(LocalDateTime at) {
    return SHOWN.format(at);
  }

  static String whoLabel(Actor who) {
    return switch (who) {
      case ME -> "you";
      case THEM -> "him";
      case OTHER -> "someone else";
    };
  }
}
