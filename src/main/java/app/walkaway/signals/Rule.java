package app.walkaway.signals;

import java.util.List;

/**
 * One line of a lexicon: a kind, a name and a phrase, perhaps with further phrases that must all be
 * found in the same message ({@code boss|manager & find_out|know}: a cue and its context, in either
 * order).
 *
 * @param kind what a match says
 * @param id {@code language/name}
 * @param phrase the compiled phrase, the one the word index files the rule under
 * @param also phrases that must each match elsewhere in the message too (often none)
 * @param possible true for a cue too ambiguous to be firm ("i cant do this anymore"): a red flag it
 *     finds is shown as possible, for her to read
 */
record Rule(SignalKind kind, String id, Phrase phrase, List<Phrase> also, boolean possible) {
  Rule {
    also = List.copyOf(also);
    if (possible && !kind.isRedFlag()) {
      throw new IllegalArgumentException("only a red-flag rule can be possible, not " + kind);
    }
  }

  Rule(SignalKind kind, String id, Phrase phrase) {
    this(kind, id, phrase, List.of(), false);
  }
}
