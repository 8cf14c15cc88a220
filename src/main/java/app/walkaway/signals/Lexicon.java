package app.walkaway.signals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of one language and how to apply them: shorthand aliases, negation words, words that
 * end a negation's reach ("but"), idioms that look like a signal and are not ("this traffic is
 * killing me"), and the rules themselves.
 */
final class Lexicon {
  /** How many words before a match a negation still reaches ("I really don't miss you"). */
  static final int NEGATION_REACH = 4;

  private final String language;
  private final Aliases aliases;
  private final Set<String> negators;
  private final Set<String> resets;
  private final List<Idiom> idioms;
  private final List<Rule> rules;

  Lexicon(
      String language,
      Aliases aliases,
      Set<String> negators,
      Set<String> resets,
      List<Idiom> idioms,
      List<Rule> rules) {
    this.language = language;
    this.aliases = aliases;
    this.negators = Set.copyOf(negators);
    this.resets = Set.copyOf(resets);
    this.idioms = List.copyOf(idioms);
    this.rules = List.copyOf(rules);
  }

  String language() {
    return language;
  }

  /** One signal per rule id at most: the first match that is neither negated nor an idiom. */
  List<Signal> apply(String text, List<Token> raw) {
    // Twice, so that shorthand feeds contractions: "u r" becomes "you are", then "youre".
    List<Token> tokens = aliases.apply(aliases.apply(raw));
    Map<Idiom, List<int[]>> idiomSpans = new LinkedHashMap<>();
    idioms.forEach(idiom -> idiomSpans.put(idiom, idiom.phrase().findAll(tokens)));
    Map<String, Signal> found = new LinkedHashMap<>();
    for (Rule rule : rules) {
      if (found.containsKey(rule.id())) {
        continue;
      }
      for (int[] span : rule.phrase().findAll(tokens)) {
        if (!negated(tokens, span[0])
            && !negatedInside(rule.phrase(), tokens, span)
            && !blocked(rule.kind(), span, idiomSpans)) {
          found.put(rule.id(), signal(rule, text, tokens, span));
          break;
        }
      }
    }
    return List.copyOf(found.values());
  }

  private boolean negated(List<Token> tokens, int first) {
    int clause = tokens.get(first).clause();
    for (int i = first - 1; i >= 0 && first - i <= NEGATION_REACH; i--) {
      Token t = tokens.get(i);
      if (t.clause() != clause || resets.contains(t.norm())) {
        return false;
      }
      if (negators.contains(t.norm())) {
        return true;
      }
    }
    return false;
  }

  /** "you're not stupid": a negation a gap swallowed, as opposed to one the rule spells out. */
  private boolean negatedInside(Phrase phrase, List<Token> tokens, int[] span) {
    for (int i = span[0]; i < span[1]; i++) {
      String norm = tokens.get(i).norm();
      if (negators.contains(norm) && !phrase.mentions(norm)) {
        return true;
      }
    }
    return false;
  }

  private static boolean blocked(SignalKind kind, int[] span, Map<Idiom, List<int[]>> idioms) {
    for (Map.Entry<Idiom, List<int[]>> idiom : idioms.entrySet()) {
      if (!idiom.getKey().blocks(kind)) {
        continue;
      }
      for (int[] o : idiom.getValue()) {
        if (span[0] < o[1] && o[0] < span[1]) {
          return true;
        }
      }
    }
    return false;
  }

  private static Signal signal(Rule rule, String text, List<Token> tokens, int[] span) {
    int start = tokens.get(span[0]).start();
    int end = tokens.get(span[1] - 1).end();
    return new Signal(rule.kind(), rule.id(), text.substring(start, end), start, end);
  }
}
