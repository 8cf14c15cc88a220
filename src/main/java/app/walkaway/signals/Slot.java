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
    List<List<String>> runs = new ArrayList<>();
    for (String alt : body.split("\\|")) {
      if (alt.isEmpty() || alt.startsWith("_") || alt.endsWith("_") || alt.contains("__")) {
        throw new IllegalArgumentException("empty alternative in '" + part + "'");
      }
      if (alt.contains("_")) {
        runs.add(java.util.Arrays.stream(alt.split("_")).map(Normal::word).toList());
      } else if (alt.endsWith("*") && alt.length() > 1) {
        prefixes.add(Normal.word(alt.substring(0, alt.length() - 1)));
      } else {
        exact.add(Normal.word(alt));
      }
    }
    return new Words(Set.copyOf(exact), List.copyOf(prefixes), List.copyOf(runs), optional);
  }

  /** Stands for any number in a slot: {@code #} matches "10", "9", "2019". */
  String NUMBER = "#";

  static boolean isNumber(String norm) {
    return !norm.isEmpty() && norm.chars().allMatch(Character::isDigit);
  }

  /**
   * Any one of the words, a word starting with one of the prefixes, or one of the runs of words
   * ({@code going_to} in a lexicon: "going to" as one choice).
   */
  record Words(Set<String> exact, List<String> prefixes, List<List<String>> runs, boolean optional)
      implements Slot {
    /**
     * The exact words a message must hold for this slot to match: words and first words of runs.
     */
    Set<String> keys() {
      Set<String> keys = new java.util.HashSet<>(exact);
      runs.forEach(run -> keys.add(run.get(0)));
      return keys;
    }

    boolean mentions(String norm) {
      return accepts(norm) || runs.stream().anyMatch(run -> run.contains(norm));
    }

    boolean accepts(String norm) {
      if (exact.contains(norm) || (exact.contains(NUMBER) && isNumber(norm))) {
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
