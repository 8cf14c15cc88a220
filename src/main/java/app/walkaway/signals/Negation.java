package app.walkaway.signals;

import java.util.List;
import java.util.Set;

/**
 * Whether a negation touches a match: one shortly before it in the same clause ("I don't miss
 * you"), one that a gap in the rule swallowed ("you're not stupid"), or, for languages that put it
 * after the verb, one right after it ("ich vermisse dich nicht"). Negations the rule itself spells
 * out ("don't ignore me") are part of the rule.
 *
 * <p>A negation's reach is its own clause: it ends at a comma or full stop, at a reset word ("I
 * don't know why but I miss you") and at a word that starts a new clause without punctuation, such
 * as a new subject ("if you don't answer ill come over": "ill" starts the threat, which the "don't"
 * does not reach). What a touched match means is the lexicon's call: a warm bid is switched off, a
 * red flag only becomes possible.
 *
 * @param before negation words that act forwards
 * @param after negation words that act backwards
 * @param resets words that end a negation's reach
 * @param clauseStarts words that start a new clause (subjects, conjunctions): a negation does not
 *     reach past them, nor into a match that starts with one
 */
record Negation(
    Set<String> before, Set<String> after, Set<String> resets, Set<String> clauseStarts) {
  /** How many words before a match a negation still reaches ("I really don't miss you"). */
  static final int REACH_BEFORE = 4;

  /** How many words after a match a trailing negation reaches ("vermisse dich nicht"). */
  static final int REACH_AFTER = 2;

  Negation {
    before = Set.copyOf(before);
    after = Set.copyOf(after);
    resets = Set.copyOf(resets);
    clauseStarts = Set.copyOf(clauseStarts);
  }

  boolean touches(Phrase phrase, List<Token> tokens, int[] span) {
    return ahead(tokens, span[0]) || inside(phrase, tokens, span) || behind(tokens, span);
  }

  private boolean ahead(List<Token> tokens, int first) {
    if (clauseStarts.contains(tokens.get(first).norm())) {
      return false;
    }
    int clause = tokens.get(first).clause();
    for (int i = first - 1; i >= 0 && first - i <= REACH_BEFORE; i--) {
      Token t = tokens.get(i);
      if (t.clause() != clause || resets.contains(t.norm())) {
        return false;
      }
      if (before.contains(t.norm())) {
        return true;
      }
      if (clauseStarts.contains(t.norm())) {
        return false;
      }
    }
    return false;
  }

  private boolean inside(Phrase phrase, List<Token> tokens, int[] span) {
    for (int i = span[0]; i < span[1]; i++) {
      String norm = tokens.get(i).norm();
      if ((before.contains(norm) || after.contains(norm)) && !phrase.mentions(norm)) {
        return true;
      }
    }
    return false;
  }

  private boolean behind(List<Token> tokens, int[] span) {
    int clause = tokens.get(span[1] - 1).clause();
    for (int i = span[1]; i < tokens.size() && i - span[1] < REACH_AFTER; i++) {
      Token t = tokens.get(i);
      if (t.clause() != clause || resets.contains(t.norm()) || clauseStarts.contains(t.norm())) {
        return false;
      }
      if (after.contains(t.norm())) {
        return true;
      }
    }
    return false;
  }
}
