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
 * @param possible true for a red flag that a negation touches ("I don't want to hurt you"): it may
 *     be sincere or may be a threat, so it is shown for her to read rather than dropped
 * @param language the lexicon that matched: an ISO 639-1 code, or {@code common} for emoji
 */
public record Signal(
    SignalKind kind,
    String rule,
    String match,
    int start,
    int end,
    boolean possible,
    String language) {
  public Signal {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(match, "match");
    Objects.requireNonNull(language, "language");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
    if (possible && !kind.isRedFlag()) {
      throw new IllegalArgumentException("only a red flag can be possible, not " + kind);
    }
  }

  /** A firm signal; its language is the part of the rule id before the slash. */
  public Signal(SignalKind kind, String rule, String match, int start, int end) {
    this(kind, rule, match, start, end, false, languageOf(rule));
  }

  private static String languageOf(String rule) {
    int slash = rule.indexOf('/');
    return slash < 0 ? "common" : rule.substring(0, slash);
  }
}
