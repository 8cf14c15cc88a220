package app.walkaway.signals;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which phrases could match a message at all. Each phrase is filed under the words of one slot it
 * cannot do without; a message only tries the phrases filed under its own words (plus the few with
 * no such slot). Most messages carry no signal, so this skips almost all the matching work.
 */
final class WordIndex {
  private final Map<String, BitSet> byWord = new HashMap<>();
  private final BitSet always = new BitSet();

  WordIndex(List<Phrase> phrases) {
    for (int i = 0; i < phrases.size(); i++) {
      Optional<Set<String>> key = phrases.get(i).keyWords();
      if (key.isEmpty()) {
        always.set(i);
        continue;
      }
      for (String word : key.get()) {
        byWord.computeIfAbsent(word, w -> new BitSet()).set(i);
      }
    }
  }

  /** Indexes of the phrases worth trying, in ascending order. */
  BitSet candidates(List<Token> tokens) {
    BitSet out = (BitSet) always.clone();
    for (Token t : tokens) {
      BitSet phrases = byWord.get(t.norm());
      if (phrases != null) {
        out.or(phrases);
      }
    }
    return out;
  }

  static <T> List<T> pick(List<T> all, BitSet which) {
    List<T> out = new ArrayList<>(which.cardinality());
    which.stream().forEach(i -> out.add(all.get(i)));
    return out;
  }
}
