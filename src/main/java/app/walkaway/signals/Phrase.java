package app.walkaway.signals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A compiled phrase pattern from a lexicon. Written as slots separated by spaces:
 *
 * <ul>
 *   <li>{@code miss|missing} one of these words; {@code kill*} any word starting with "kill";
 *       {@code going_to|gonna} a run of words as one choice; {@code #} any number ("10 min");
 *   <li>{@code [so|really]} an optional slot;
 *   <li>{@code *} up to three words of anything, {@code *5} up to five (never across a comma or a
 *       full stop); {@code **} up to six, {@code **8} up to eight, across commas but not across a
 *       full stop;
 *   <li>{@code ^} as the first slot: the match must start a clause; {@code $} as the last: it must
 *       end one ({@code ^ loser $} is a clause of that one word).
 * </ul>
 *
 * A whole match stays inside one sentence. Words are compared in {@link Normal} form.
 */
final class Phrase {
  private final List<Slot> slots;
  private final boolean anchored;
  private final boolean anchoredEnd;
  private final String source;

  private Phrase(List<Slot> slots, boolean anchored, boolean anchoredEnd, String source) {
    this.slots = List.copyOf(slots);
    this.anchored = anchored;
    this.anchoredEnd = anchoredEnd;
    this.source = source;
  }

  static Phrase compile(String source) {
    List<Slot> slots = new ArrayList<>();
    boolean anchored = false;
    boolean anchoredEnd = false;
    String[] parts = source.trim().split("\\s+");
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      if (part.equals("^") && slots.isEmpty()) {
        anchored = true;
      } else if (part.equals("$") && i == parts.length - 1) {
        anchoredEnd = true;
      } else {
        slots.add(Slot.parse(part));
      }
    }
    if (slots.isEmpty() || slots.stream().allMatch(s -> s.optional() || s instanceof Slot.Gap)) {
      throw new IllegalArgumentException("a pattern needs at least one required word: " + source);
    }
    return new Phrase(slots, anchored, anchoredEnd, source);
  }

  /** The first (leftmost) match in the tokens as [first token, end token), if any. */
  Optional<int[]> find(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      if (anchored && i > 0 && tokens.get(i - 1).clause() == tokens.get(i).clause()) {
        continue;
      }
      int[] found = matchFrom(tokens, i);
      if (found != null) {
        return Optional.of(found);
      }
    }
    return Optional.empty();
  }

  /**
   * The required slot with the fewest choices that are not common words: a message without any of
   * its words (or a word starting with one of its prefixes) cannot match. Empty only when the
   * phrase has no required word slot, which {@link #compile} rules out.
   */
  Optional<Slot.Words> key() {
    return slots.stream()
        .filter(s -> s instanceof Slot.Words w && !w.optional())
        .map(s -> (Slot.Words) s)
        .min(java.util.Comparator.comparingInt(Phrase::commonness));
  }

  /** Words found in almost every message make poor keys; fewer choices make better ones. */
  private static final Set<String> COMMON =
      Set.of(
          "i", "you", "me", "my", "your", "to", "the", "a", "it", "is", "are", "we", "us", "of",
          "in", "on", "at", "for", "and", "so", "that", "this", "be", "im", "il", "do", "dont",
          "ich", "du", "dich", "mir", "es", "die", "der", "das");

  private static int commonness(Slot.Words slot) {
    Set<String> keys = slot.keys();
    boolean common = keys.stream().anyMatch(w -> COMMON.contains(w) || w.equals(Slot.NUMBER));
    boolean shortPrefix = slot.prefixes().stream().anyMatch(p -> p.length() < 3);
    return keys.size() + slot.prefixes().size() + (common || shortPrefix ? 1000 : 0);
  }

  /** True if a word slot names this word, so a negation written into the rule is not one. */
  boolean mentions(String norm) {
    return slots.stream().anyMatch(s -> s instanceof Slot.Words w && w.mentions(norm));
  }

  /** Every match, left to right, not overlapping. */
  List<int[]> findAll(List<Token> tokens) {
    List<int[]> all = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      boolean startsClause = i == 0 || tokens.get(i - 1).clause() != tokens.get(i).clause();
      int[] found = anchored && !startsClause ? null : matchFrom(tokens, i);
      if (found != null) {
        all.add(found);
        i = Math.max(found[1], i + 1);
      } else {
        i++;
      }
    }
    return all;
  }

  private int[] matchFrom(List<Token> tokens, int start) {
    return new Matcher(tokens, start).run(0, start, -1);
  }

  /** Backtracking over the slots; small patterns and short messages keep this cheap. */
  private final class Matcher {
    private final List<Token> tokens;
    private final int sentence;

    Matcher(List<Token> tokens, int start) {
      this.tokens = tokens;
      this.sentence = tokens.get(start).sentence();
    }

    int[] run(int slot, int pos, int first) {
      if (slot == slots.size()) {
        return first < 0 || (anchoredEnd && !endsClause(pos)) ? null : new int[] {first, pos};
      }
      Slot s = slots.get(slot);
      if (s instanceof Slot.Gap gap) {
        return gap(slot, pos, first, gap);
      }
      Slot.Words words = (Slot.Words) s;
      if (pos < tokens.size() && sameSentence(pos) && words.accepts(tokens.get(pos).norm())) {
        int[] taken = run(slot + 1, pos + 1, first < 0 ? pos : first);
        if (taken != null) {
          return taken;
        }
      }
      for (List<String> words2 : words.runs()) {
        if (runAt(words2, pos)) {
          int[] taken = run(slot + 1, pos + words2.size(), first < 0 ? pos : first);
          if (taken != null) {
            return taken;
          }
        }
      }
      return words.optional() ? run(slot + 1, pos, first) : null;
    }

    private int[] gap(int slot, int pos, int first, Slot.Gap gap) {
      for (int skip = 0; skip <= gap.max(); skip++) {
        int at = pos + skip;
        boolean inside =
            at <= tokens.size()
                && (gap.sentence() ? sameSentence(pos - 1, at - 1) : sameClause(pos - 1, at - 1));
        if (skip > 0 && !inside) {
          return null;
        }
        int[] found = run(slot + 1, at, first);
        if (found != null) {
          return found;
        }
      }
      return null;
    }

    private boolean runAt(List<String> run, int pos) {
      if (pos + run.size() > tokens.size()) {
        return false;
      }
      for (int k = 0; k < run.size(); k++) {
        if (!sameSentence(pos + k) || !tokens.get(pos + k).norm().equals(run.get(k))) {
          return false;
        }
      }
      return true;
    }

    private boolean sameSentence(int pos) {
      return tokens.get(pos).sentence() == sentence;
    }

    private boolean sameClause(int a, int b) {
      return a >= 0 && b < tokens.size() && tokens.get(a).clause() == tokens.get(b).clause();
    }

    private boolean sameSentence(int a, int b) {
      return a >= 0 && b < tokens.size() && tokens.get(a).sentence() == tokens.get(b).sentence();
    }

    /** True if the token before {@code end} is the last of its clause. */
    private boolean endsClause(int end) {
      return end >= tokens.size() || tokens.get(end).clause() != tokens.get(end - 1).clause();
    }
  }

  @Override
  public String toString() {
    return source;
  }
}
