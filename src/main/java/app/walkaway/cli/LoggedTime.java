package app.walkaway.cli;

import app.walkaway.event.Actor;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Reading and showing the wall-clock times she types for hand-logged events. */
final class LoggedTime {
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private LoggedTime() {}

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
