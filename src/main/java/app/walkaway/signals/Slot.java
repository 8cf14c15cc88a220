package app.walkaway.signals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** One slot of a {@link Phrase}: a choice of words, or a gap of a few words. */
sealed interface Slot {
  boolean optional();

  static Slot parse(String part) {
    if (part.matches("\\*{1,2}\\d*")) {
      boolean wide = part.startsWith("**");
      String digits = part.substring(wide ? 2 : 1);
      return new Gap(digits.isEmpty() ? (wide ? 6 : 3) : Integer.parseInt(digits), wide);
    }
    boolean optional = part.startsWith("[") && part.endsWith("]");
    String body = optional ? part.substring(1, part.length() - 1) : part;
    List<String> exact = new ArrayList<>();
    List<String> prefixes = new ArrayList<>();
    for (String alt : body.split("\\|")) {
      if (alt.isEmpty()) {
        throw new IllegalArgumentException("empty alternative in '" + part + "'");
      }
      if (alt.endsWith("*") && alt.length() > 1) {
        prefixes.add(Normal.word(alt.substring(0, alt.length() - 1)));
      } else {
        exact.add(Normal.word(alt));
      }
    }
    return new Words(Set.copyOf(exact), List.copyOf(prefixes), optional);
  }

  /** Any one of the words, or a word starting with one of the prefixes. */
  record Words(Set<String> exact, List<String> prefixes, boolean optional) implements Slot {
    boolean accepts(String norm) {
      if (exact.contains(norm)) {
        return true;
      }
      for (String prefix : prefixes) {
        if (norm.startsWith(prefix)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Up to {@code max} words of anything, within one clause, or with {@code sentence} within one
   * sentence (across commas: "if you don't call me by 9, I'm coming over").
   */
  record Gap(int max, boolean sentence) implements Slot {
    @Override
    public boolean optional() {
      return true;
    }
  }
}
