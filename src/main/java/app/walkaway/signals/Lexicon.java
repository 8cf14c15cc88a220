package app.walkaway.signals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of one language and how to apply them: shorthand aliases, negation words, words that
 * end a negation's reach ("but"), idioms that look like a signal and are not ("this traffic is
 * killing me"), and the rules themselves.
 */
final class Lexicon {
  private final String language;
  private final Aliases aliases;
  private final Negation negation;
  private final List<Idiom> idioms;
  private final List<Rule> rules;
  private final WordIndex ruleIndex;
  private final WordIndex idiomIndex;

  Lexicon(
      String language, Aliases aliases, Negation negation, List<Idiom> idioms, List<Rule> rules) {
    this.language = language;
    this.aliases = aliases;
    this.negation = negation;
    this.idioms = List.copyOf(idioms);
    this.rules = List.copyOf(rules);
    this.ruleIndex = new WordIndex(this.rules.stream().map(Rule::phrase).toList());
    this.idiomIndex = new WordIndex(this.idioms.stream().map(Idiom::phrase).toList());
  }

  String language() {
    return language;
  }

  /**
   * One signal per rule id at most: the first match that is neither negated nor an idiom. A red
   * flag whose every match a negation touches is kept as possible, never dropped.
   */
  List<Signal> apply(String text, List<Token> raw) {
    // Twice, so that shorthand feeds contractions: "u r" becomes "you are", then "youre".
    List<Token> tokens = aliases.apply(aliases.apply(raw));
    Map<Idiom, List<int[]>> idiomSpans = null;
    Map<String, Signal> found = new LinkedHashMap<>();
    for (Rule rule : WordIndex.pick(rules, ruleIndex.candidates(tokens))) {
      Signal firm = found.get(rule.id());
      if (firm != null && !firm.possible()) {
        continue;
      }
      for (int[] span : rule.phrase().findAll(tokens)) {
        if (idiomSpans == null) {
          idiomSpans = idiomSpans(tokens);
        }
        if (blocked(rule.kind(), span, idiomSpans)) {
          continue;
        }
        boolean negated = negation.touches(rule.phrase(), tokens, span);
        if (!negated) {
          found.put(rule.id(), signal(rule, text, tokens, span, false));
          break;
        }
        if (rule.kind().isRedFlag() && !found.containsKey(rule.id())) {
          found.put(rule.id(), signal(rule, text, tokens, span, true));
        }
      }
    }
    return List.copyOf(found.values());
  }

  /**
   * Where this language's idioms sit in a text, as character spans with the kinds they block:
   * "sorry to hear" is no apology in any lexicon that happens to know the word "sorry".
   */
  List<Blocked> idioms(List<Token> raw) {
    List<Token> tokens = aliases.apply(aliases.apply(raw));
    List<Blocked> out = new java.util.ArrayList<>();
    idiomSpans(tokens)
        .forEach(
            (idiom, spans) -> {
              for (int[] span : spans) {
                int start = tokens.get(span[0]).start();
                int end = tokens.get(span[1] - 1).end();
                out.add(new Blocked(start, end, idiom));
              }
            });
    return out;
  }

  /** An idiom's span in a text's characters. */
  record Blocked(int start, int end, Idiom idiom) {
    boolean blocks(Signal s) {
      return idiom.blocks(s.kind()) && s.start() < end && start < s.end();
    }
  }

  private Map<Idiom, List<int[]>> idiomSpans(List<Token> tokens) {
    Map<Idiom, List<int[]>> spans = new LinkedHashMap<>();
    for (Idiom idiom : WordIndex.pick(idioms, idiomIndex.candidates(tokens))) {
      spans.put(idiom, idiom.phrase().findAll(tokens));
    }
    return spans;
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

  private Signal signal(Rule rule, String text, List<Token> tokens, int[] span, boolean possible) {
    int start = tokens.get(span[0]).start();
    int end = tokens.get(span[1] - 1).end();
    return new Signal(
        rule.kind(), rule.id(), text.substring(start, end), start, end, possible, language);
  }
}
