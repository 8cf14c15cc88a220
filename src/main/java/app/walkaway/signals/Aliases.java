package app.walkaway.signals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rewrites texting shorthand to the words the rules are written in ("u" to "you", "wanna" to "want
 * to", "you are" to "youre"). Longest key first; a rewritten token keeps the offsets of the words
 * it replaces, so a match still quotes exactly what he typed.
 */
final class Aliases {
  private final Map<String, List<Alias>> byFirst = new HashMap<>();

  private record Alias(List<String> from, List<String> to) {}

  void add(List<String> from, List<String> to) {
    byFirst.computeIfAbsent(from.get(0), k -> new ArrayList<>()).add(new Alias(from, to));
    byFirst.get(from.get(0)).sort((a, b) -> b.from().size() - a.from().size());
  }

  boolean isKey(String norm) {
    return byFirst.getOrDefault(norm, List.of()).stream().anyMatch(a -> a.from().size() == 1);
  }

  List<Token> apply(List<Token> tokens) {
    List<Token> out = new ArrayList<>(tokens.size());
    int i = 0;
    while (i < tokens.size()) {
      Alias alias = longestAt(tokens, i);
      if (alias == null) {
        out.add(tokens.get(i++));
        continue;
      }
      Token first = tokens.get(i);
      Token last = tokens.get(i + alias.from().size() - 1);
      for (String word : alias.to()) {
        out.add(new Token(word, first.start(), last.end(), first.sentence(), first.clause()));
      }
      i += alias.from().size();
    }
    return out;
  }

  private Alias longestAt(List<Token> tokens, int i) {
    for (Alias alias : byFirst.getOrDefault(tokens.get(i).norm(), List.of())) {
      if (matches(alias, tokens, i)) {
        return alias;
      }
    }
    return null;
  }

  private static boolean matches(Alias alias, List<Token> tokens, int i) {
    if (i + alias.from().size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < alias.from().size(); k++) {
      Token t = tokens.get(i + k);
      if (!t.norm().equals(alias.from().get(k)) || t.sentence() != tokens.get(i).sentence()) {
        return false;
      }
    }
    return true;
  }
}
