package app.walkaway.signals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Tells a chat's language from how often its words are everyday words of each language ({@code
 * languages.txt}). A single text message is too short for any method to be sure of, but a chat is
 * hundreds of them, and counted together their "que", "vc" and "nn" leave little doubt. Chosen over
 * a statistical detector because it is small (a 4 kB list, not a 100 MB model), reads a sample of a
 * million messages in milliseconds, knows texting shorthand, and is deterministic. Pure: the same
 * texts always give the same answer.
 */
public final class LanguageGuess {
  /** At most this many texts are read, spread evenly over the chat. */
  static final int SAMPLE = 4_000;

  /** Fewer everyday-word hits than this and the language is {@link ChatLanguage.Unclear}. */
  static final double MIN_HITS = 3;

  /** A second language counts when it has at least this share of the hits (bilingual chats). */
  static final double SECOND_SHARE = 0.15;

  private static final Map<String, Map<String, Double>> WEIGHTS = load();

  private LanguageGuess() {}

  /** The language of these texts (his messages in one chat). */
  public static ChatLanguage of(Collection<String> texts) {
    Objects.requireNonNull(texts, "texts");
    Map<String, Double> hits = new HashMap<>();
    Map<Character.UnicodeScript, Integer> scripts = new EnumMap<>(Character.UnicodeScript.class);
    int step = Math.max(1, texts.size() / SAMPLE);
    int i = 0;
    for (String text : texts) {
      if (i++ % step == 0) {
        count(text, hits);
        text.codePoints()
            .filter(Character::isLetter)
            .forEach(cp -> scripts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum));
      }
    }
    double total = hits.values().stream().mapToDouble(Double::doubleValue).sum();
    return total < MIN_HITS ? byScript(scripts) : choose(hits, total);
  }

  /**
   * Languages written without spaces between words (Chinese, Japanese, Thai) or in a script of
   * their own leave no everyday-word hits; their letters still say which language it is not.
   */
  private static ChatLanguage byScript(Map<Character.UnicodeScript, Integer> scripts) {
    Character.UnicodeScript top =
        scripts.entrySet().stream()
            .max(Map.Entry.comparingByValue())
            .map(Map.Entry::getKey)
            .orElse(Character.UnicodeScript.LATIN);
    String language = SCRIPTS.get(top);
    return language == null
        ? new ChatLanguage.Unclear()
        : new ChatLanguage.Unsupported(language, List.of());
  }

  private static final Map<Character.UnicodeScript, String> SCRIPTS =
      Map.ofEntries(
          Map.entry(Character.UnicodeScript.HAN, "zh"),
          Map.entry(Character.UnicodeScript.HIRAGANA, "ja"),
          Map.entry(Character.UnicodeScript.KATAKANA, "ja"),
          Map.entry(Character.UnicodeScript.HANGUL, "ko"),
          Map.entry(Character.UnicodeScript.THAI, "th"),
          Map.entry(Character.UnicodeScript.ARABIC, "ar"),
          Map.entry(Character.UnicodeScript.HEBREW, "he"),
          Map.entry(Character.UnicodeScript.GREEK, "el"),
          Map.entry(Character.UnicodeScript.CYRILLIC, "ru"),
          Map.entry(Character.UnicodeScript.DEVANAGARI, "hi"));

  private static void count(String text, Map<String, Double> hits) {
    for (Token token : Tokenizer.tokens(text)) {
      Map<String, Double> languages = WEIGHTS.get(token.norm());
      if (languages != null) {
        languages.forEach((language, weight) -> hits.merge(language, weight, Double::sum));
      }
    }
  }

  private static ChatLanguage choose(Map<String, Double> hits, double total) {
    List<String> ranked = new ArrayList<>(hits.keySet());
    ranked.sort(
        Comparator.comparingDouble((String l) -> -hits.get(l))
            .thenComparing(Comparator.naturalOrder()));
    List<String> read = new ArrayList<>();
    for (String language : ranked) {
      boolean strong = language.equals(ranked.get(0)) || hits.get(language) >= SECOND_SHARE * total;
      if (strong && SignalDetector.LANGUAGES.contains(language)) {
        read.add(language);
      }
    }
    String top = ranked.get(0);
    return SignalDetector.LANGUAGES.contains(top)
        ? new ChatLanguage.Read(read)
        : new ChatLanguage.Unsupported(top, read);
  }

  /** Word to (language to weight): a word of k languages weighs 1/k in each. */
  private static Map<String, Map<String, Double>> load() {
    Map<String, List<String>> byWord = new HashMap<>();
    try (InputStream in = LanguageGuess.class.getResourceAsStream("languages.txt");
        BufferedReader lines =
            new BufferedReader(
                new InputStreamReader(Objects.requireNonNull(in), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int colon = line.indexOf(':');
        String language = line.substring(0, colon).strip();
        for (String word : line.substring(colon + 1).strip().split("\\s+")) {
          List<String> of = byWord.computeIfAbsent(Normal.word(word), w -> new ArrayList<>());
          if (!of.contains(language)) {
            of.add(language);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Map<String, Double>> weights = new HashMap<>();
    byWord.forEach(
        (word, languages) -> {
          Map<String, Double> w = new LinkedHashMap<>();
          languages.forEach(l -> w.put(l, 1.0 / languages.size()));
          weights.put(word, Map.copyOf(w));
        });
    return Map.copyOf(weights);
  }
}
