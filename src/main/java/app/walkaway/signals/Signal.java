package app.walkaway.signals;

import java.util.Objects;

/**
 * One rule that matched one message.
 *
 * @param kind what it says about him
 * @param rule the rule's id, {@code language/name} as written in the lexicon, e.g. {@code
 *     en/miss-you}
 * @param match the words that matched, exactly as he wrote them
 * @param start offset of the match in the message text (inclusive)
 * @param end offset of the match in the message text (exclusive)
 */
public record Signal(SignalKind kind, String rule, String match, int start, int end) {
  public Signal {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(match, "match");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }
}
