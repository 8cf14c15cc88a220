package app.walkaway.vault;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One thing she keeps as evidence.
 *
 * @param at when it happened, her wall-clock time
 * @param category a short word for what it is, e.g. "message", "visit", "threat"
 * @param text what happened, in her words
 * @param attachment the name of a screenshot or file she keeps with it, or ""
 */
public record EvidenceItem(LocalDateTime at, String category, String text, String attachment) {
  public EvidenceItem {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(attachment, "attachment");
  }
}
