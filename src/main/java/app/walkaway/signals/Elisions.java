package app.walkaway.signals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits an elided article from the word it is glued to: French and Italian write "l'airtag",
 * "un'ingrata", "dell'esame", and with the apostrophe dropped ({@link Normal}) the noun would hide
 * inside "lairtag". Only the lexicon's own prefixes are split, so French "j'ai" stays "jai" and
 * English "don't" stays "dont". The two parts keep their own offsets into the text.
 */
final class Elisions {
  private final Set<String> prefixes;

  Elisions(Set<String> prefixes) {
    this.prefixes = Set.copyOf(prefixes);
  }

  List<Token> apply(String text, List<Token> tokens) {
    if (prefixes.isEmpty()) {
      return tokens;
    }
    List<Token> out = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      int cut = cut(text, t);
      if (cut < 0) {
        out.add(t);
        continue;
      }
      String head = Normal.word(text.substring(t.start(), cut));
      String rest = Normal.word(text.substring(cut + 1, t.end()));
      out.add(new Token(head, t.start(), cut, t.sentence(), t.clause()));
      out.add(new Token(rest, cut + 1, t.end(), t.sentence(), t.clause()));
    }
    return out;
  }

  /** Where the apostrophe after one of the prefixes is, or -1. */
  private int cut(String text, Token t) {
    if (t.end() > text.length()) {
      return -1;
    }
    for (int i = t.start() + 1; i < t.end() - 1 && i - t.start() <= 6; i++) {
      if (Normal.isApostrophe(text.charAt(i))) {
        return prefixes.contains(Normal.word(text.substring(t.start(), i))) ? i : -1;
      }
    }
    return -1;
  }
}
