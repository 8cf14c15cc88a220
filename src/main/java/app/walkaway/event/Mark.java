package app.walkaway.event;

import java.util.Locale;
import java.util.Optional;

/**
 * Her own reading of one of his messages, which wins over the word rules': she knows the context (a
 * joke between them, a pet name that is really a threat). Stored by name, so only ever add values.
 */
public enum Mark {
  /** She reads it as a warning sign. */
  RED_FLAG,
  /** She reads it as him reaching for her. */
  WARM,
  /** She reads it as neither: whatever the word rules saw in it is set aside. */
  NOT_A_SIGNAL;

  /** Lower case with dashes, as typed on the command line: red-flag, warm, not-a-signal. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Reads a label as she may type it: {@code red-flag}, {@code warm}, {@code not-a-signal}, or
   * {@code none} for "not a signal" (case, dashes and underscores do not matter).
   */
  public static Optional<Mark> fromLabel(String label) {
    String wanted = label.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    if (wanted.equals("NONE")) {
      return Optional.of(NOT_A_SIGNAL);
    }
    for (Mark mark : values()) {
      if (mark.name().equals(wanted)) {
        return Optional.of(mark);
      }
    }
    return Optional.empty();
  }
}
