package app.walkaway.signals;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Which phrases could match a message at all. Each phrase is filed under the words (and word
 * prefixes, "arrepent*") of one slot it cannot do without; a message only tries the phrases filed
 * under its own words and their prefixes. Most messages carry no signal, so this skips almost all
 * the matching work: the cost per message is a few hash look-ups per word, whatever the number of
 * rules.
 */
final class WordIndex {
  private final Map<String, BitSet> byWord = new HashMap<>();
  private final Map<String, BitSet> byPrefix = new HashMap<>();
  private final int[] prefixLengths;
  private final BitSet always = new BitSet();

  WordIndex(List<Phrase> phrases) {
    TreeSet<Integer> lengths = new TreeSet<>();
    for (int i = 0; i < phrases.size(); i++) {
      Optional<Slot.Words> key = phrases.get(i).key();
      if (key.isEmpty()) {
        always.set(i);
        continue;
      }
      for (String word : key.get().keys()) {
        byWord.computeIfAbsent(word, w -> new BitSet()).set(i);
      }
      for (String prefix : key.get().prefixes()) {
        byPrefix.computeIfAbsent(prefix, w -> new BitSet()).set(i);
        lengths.add(prefix.length());
      }
    }
    prefixLengths = lengths.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Indexes of the phrases worth trying, in ascending order. */
  BitSet candidates(List<Token> tokens) {
    BitSet out = (BitSet) always.clone();
    for (Token t : tokens) {
      String norm = t.norm();
      or(out, byWord.get(norm));
      if (Slot.isNumber(norm)) {
        or(out, byWord.get(Slot.NUMBER));
      }
      for (int length : prefixLengths) {
        if (length > norm.length()) {
          break;
        }
        or(out, byPrefix.get(norm.substring(0, length)));
      }
    }
    return out;
  }

  private static void or(BitSet out, BitSet phrases) {
    if (phrases != null) {
      out.or(phrases);
    }
  }

  static <T> List<T> pick(List<T> all, BitSet which) {
    List<T> out = new ArrayList<>(which.cardinality());
    which.stream().forEach(i -> out.add(all.get(i)));
    return out;
  }
}
