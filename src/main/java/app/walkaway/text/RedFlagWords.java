package app.walkaway.text;

import app.walkaway.safety.RedFlag;
import app.walkaway.safety.RedFlagKind;
import java.time.format.DateTimeFormatter;

/** Warning signs in plain words: what was seen, when, and where it can be read again. */
public final class RedFlagWords {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private RedFlagWords() {}

  /** What kind of warning sign it is: "a threat", "contact after you asked him to stop". */
  public static String what(RedFlagKind kind) {
    return switch (kind) {
      case THREAT -> "a threat";
      case INSULT -> "an insult";
      case PRESSURE -> "pressure";
      case STALKING -> "watching or following you";
      case SELF_HARM -> "a threat to hurt himself";
      case CALL_FLOOD -> "many calls in a short time";
      case MESSAGE_FLOOD -> "many messages in a row without a reply";
      case BOUNDARY_IGNORED -> "contact after you asked him to stop";
      case SHOWED_UP -> "he turned up in person";
    };
  }

  /** One line: "2026-03-20 21:10 a threat (chat.txt:237)". */
  public static String line(RedFlag flag) {
    return WHEN.format(flag.at())
        + "  "
        + what(flag.kind())
        + "  ("
        + flag.events().get(0).source()
        + ")";
  }
}
