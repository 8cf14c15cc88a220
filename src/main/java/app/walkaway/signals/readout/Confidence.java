package app.walkaway.signals.readout;

import java.util.Locale;
import java.util.Objects;

/**
 * How sure the read-out is, and why.
 *
 * @param level low, medium or high
 * @param reason one plain sentence
 */
public record Confidence(Level level, String reason) {
  public enum Level {
    LOW,
    MEDIUM,
    HIGH;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Confidence {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(reason, "reason");
  }

  static Confidence low(String reason) {
    return new Confidence(Level.LOW, reason);
  }

  static Confidence medium(String reason) {
    return new Confidence(Level.MEDIUM, reason);
  }

  static Confidence high(String reason) {
    return new Confidence(Level.HIGH, reason);
  }
}
