package app.walkaway.event;

import java.util.Objects;

/**
 * Where an event came from, so every figure and read-out can cite its evidence: a file and a
 * position in it (a line for text exports, a record number for JSON and XML), or "logged by hand".
 *
 * @param origin the file name as she gave it, or {@link #BY_HAND}
 * @param line 1-based line or record number; 0 when there is none
 */
public record SourceRef(String origin, long line) {
  public static final String BY_HAND = "logged by hand";

  public SourceRef {
    Objects.requireNonNull(origin, "origin");
    if (line < 0) {
      throw new IllegalArgumentException("line must not be negative: " + line);
    }
  }

  public static SourceRef byHand() {
    return new SourceRef(BY_HAND, 0);
  }

  public static SourceRef of(String origin, long line) {
    return new SourceRef(origin, line);
  }

  public boolean isByHand() {
    return BY_HAND.equals(origin);
  }

  @Override
  public String toString() {
    return line == 0 ? origin : origin + ":" + line;
  }
}
