package app.walkaway.text;

import app.walkaway.event.Event;
import app.walkaway.event.Mark;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** Her marks in plain words: what she marked, and what the read-out now makes of it. */
public final class MarkWords {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final int SHORT_QUOTE = 80;

  private MarkWords() {}

  /** "a red flag", "warm", "not a signal". */
  public static String what(Mark mark) {
    return switch (mark) {
      case RED_FLAG -> "a red flag";
      case WARM -> "warm";
      case NOT_A_SIGNAL -> "not a signal";
    };
  }

  /** What marking it means for the read-out, in one sentence. */
  public static String effect(Optional<Mark> mark) {
    if (mark.isEmpty()) {
      return "Your mark is off; the read-out reads this message by its words again.";
    }
    return switch (mark.get()) {
      case RED_FLAG ->
          "The read-out now counts it as a warning sign, whatever its words: you know what it"
              + " means better than any rule.";
      case WARM ->
          "The read-out now counts it as him reaching for you, and no longer as anything"
              + " else.";
      case NOT_A_SIGNAL -> "The read-out now sets aside whatever its words seemed to say.";
    };
  }

  /** The answer first: "Marked as a red flag: 2026-03-20 21:10 chat.txt:237 "...". */
  public static String done(Event event, Optional<Mark> mark) {
    String head = mark.map(m -> "Marked as " + what(m) + ": ").orElse("Your mark is off: ");
    return head + line(event);
  }

  /** One marked message in a list: when, where, and the start of its words. */
  public static String line(Event event) {
    String quote = event.text().strip();
    if (quote.length() > SHORT_QUOTE) {
      quote = quote.substring(0, SHORT_QUOTE - 1) + "\u2026";
    }
    String words =
        quote.isEmpty() ? "(" + EventWords.kind(event.kind()) + ")" : "\"" + quote + "\"";
    return WHEN.format(event.at()) + "  " + event.source() + "  " + words;
  }
}
