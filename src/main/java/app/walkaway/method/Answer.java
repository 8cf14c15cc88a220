package app.walkaway.method;

import java.util.Locale;
import java.util.Optional;

/** An answer to a readiness question. "Not sure" is always allowed and taken seriously. */
public enum Answer {
  YES,
  NO,
  UNSURE;

  /** Reads yes/y, no/n, unsure/not sure/?/maybe, in any case. */
  public static Optional<Answer> parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "yes", "y" -> Optional.of(YES);
      case "no", "n" -> Optional.of(NO);
      case "unsure", "not sure", "not-sure", "?", "maybe", "dont know", "don't know" ->
          Optional.of(UNSURE);
      default -> Optional.empty();
    };
  }
}
