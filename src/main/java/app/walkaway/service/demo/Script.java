package app.walkaway.service.demo;

import app.walkaway.event.Kind;
import app.walkaway.service.LogEvent;
import app.walkaway.service.LogRequest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes a story down by day: day 0 is the day she stepped back, -1 the evening before. Times are
 * "HH:mm" on that day. The weeks after the start are scripted with it, line by line.
 */
final class Script {
  private final LocalDate start;
  private final List<ChatLine> chat = new ArrayList<>();
  private final List<LogRequest> logged = new ArrayList<>();

  Script(LocalDate start) {
    this.start = start;
  }

  LocalDate start() {
    return start;
  }

  LocalDateTime at(int day, String time) {
    return start.plusDays(day).atTime(LocalTime.parse(time));
  }

  /** Her message on the chat. */
  Script me(int day, String time, String text) {
    return add(new ChatLine(at(day, time), true, text));
  }

  /** His message on the chat. */
  Script him(int day, String time, String text) {
    return add(new ChatLine(at(day, time), false, text));
  }

  Script add(ChatLine line) {
    chat.add(line);
    return this;
  }

  /** Something she logs by hand, owned as the kind usually is (his call, her urge). */
  Script log(int day, String time, Kind kind, String text) {
    return log(day, time, kind, text, 0);
  }

  /** A call she logs by hand, with how long it lasted. */
  Script call(int day, String time, int minutes, String text) {
    return log(day, time, Kind.CALL, text, minutes);
  }

  private Script log(int day, String time, Kind kind, String text, long minutes) {
    logged.add(
        new LogRequest(
            kind,
            Optional.of(LogEvent.usualWho(kind)),
            Optional.of(at(day, time)),
            text,
            Optional.empty(),
            minutes));
    return this;
  }

  Story story(String her, String him) {
    return new Story(her, him, start, chat, logged);
  }
}
