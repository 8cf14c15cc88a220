package app.walkaway.method;

import app.walkaway.event.SourceRef;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One moment she broke her plan, with the evidence it rests on.
 *
 * @param at when, local wall-clock time
 * @param cause why it counts
 * @param source the logged event or chat line it was read from
 */
public record Slip(LocalDateTime at, Cause cause, SourceRef source) {
  /** Why a moment counts as a slip. */
  public enum Cause {
    /** She logged it herself ({@code walkaway log slip}). */
    LOGGED,
    /** She started a conversation after a silence (soft and strict plans). */
    STARTED_CONVERSATION,
    /** Any contact from her during a strict plan, replies included. */
    CONTACT_IN_STRICT_PLAN
  }

  public Slip {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(cause, "cause");
    Objects.requireNonNull(source, "source");
  }
}
