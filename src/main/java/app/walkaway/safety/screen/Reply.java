package app.walkaway.safety.screen;

import java.util.Locale;
import java.util.Optional;

/** Her answer to one question. */
public enum Reply {
  YES,
  NO,
  NOT_SURE;

  /** Reads yes / y / no / n / not sure / unsure / ? in any case; empty for anything else. */
  public static Optional<Reply> parse(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "yes", "y" -> Optional.of(YES);
      case "no", "n" -> Optional.of(NO);
      case "not sure", "unsure", "notsure", "not-sure", "?" -> Optional.of(NOT_SURE);
      default -> Optional.empty();
    };
  }
}
