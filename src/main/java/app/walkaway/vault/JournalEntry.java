package app.walkaway.vault;

import java.time.LocalDateTime;
import java.util.Objects;

/** One entry of her journal: when (her wall-clock time) and what she wrote. */
public record JournalEntry(LocalDateTime at, String text) {
  public JournalEntry {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(text, "text");
  }
}
