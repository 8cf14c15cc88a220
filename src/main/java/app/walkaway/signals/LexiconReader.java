package app.walkaway.signals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a lexicon file (see {@code en.lexicon} for the format). Lines: {@code negate: words},
 * {@code negate-after: words}, {@code reset: words}, {@code clause-start: words}, {@code alias:
 * from words => to words}, {@code idiom: phrase}, {@code KIND name: phrase}; {@code #} starts a
 * comment. A bad line is a bug in our resources, so it fails loudly with file:line.
 */
final class LexiconReader {
  private final String file;
  private final String language;
  private final Aliases aliases = new Aliases();
  private final Set<String> negators = new HashSet<>();
  private final Set<String> resets = new HashSet<>();
  private final Set<String> negatorsAfter = new HashSet<>();
  private final Set<String> clauseStarts = new HashSet<>();
  private final List<Idiom> idioms = new ArrayList<>();
  private final List<Rule> rules = new ArrayList<>();

  private LexiconReader(String file, String language) {
    this.file = file;
    this.language = language;
  }

  static Lexicon read(String language, InputStream in) {
    LexiconReader reader = new LexiconReader(language + ".lexicon", language);
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = lines.readLine()) != null) {
        number++;
        reader.line(line, number);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Lexicon(
        language,
        reader.aliases,
        new Negation(reader.negators, reader.negatorsAfter, reader.resets, reader.clauseStarts),
        reader.idioms,
        reader.rules);
  }

  private void line(String raw, int number) {
    String line = raw.strip();
    if (line.isEmpty() || line.startsWith("#")) {
      return;
    }
    int colon = line.indexOf(':');
    if (colon < 0) {
      throw bad(number, "expected 'key: value'");
    }
    String key = line.substring(0, colon).strip();
    String value = line.substring(colon + 1).strip();
    try {
      entry(key, value);
    } catch (IllegalArgumentException e) {
      throw bad(number, e.getMessage());
    }
  }

  private void entry(String key, String value) {
    switch (key) {
      case "negate" -> negators.addAll(words(value));
      case "reset" -> resets.addAll(words(value));
      case "negate-after" -> negatorsAfter.addAll(words(value));
      case "clause-start" -> clauseStarts.addAll(words(value));
      case "alias" -> alias(value);
      case "idiom" -> idioms.add(new Idiom(Phrase.compile(value), Set.of()));
      default -> {
        if (key.startsWith("idiom ")) {
          idioms.add(new Idiom(Phrase.compile(value), kinds(key.substring(6))));
        } else {
          rule(key, value);
        }
      }
    }
  }

  private void alias(String value) {
    String[] sides = value.split("=>");
    if (sides.length != 2) {
      throw new IllegalArgumentException("an alias is 'from words => to words'");
    }
    aliases.add(words(sides[0]), words(sides[1]));
  }

  private void rule(String key, String value) {
    String[] parts = key.split("\\s+");
    if (parts.length != 2) {
      throw new IllegalArgumentException("a rule starts 'KIND name:', found '" + key + "'");
    }
    SignalKind kind = SignalKind.valueOf(parts[0]);
    Phrase phrase = Phrase.compile(value);
    for (String word : value.split("[\\s|\\[\\]_]+")) {
      if (!word.isEmpty() && aliases.isKey(Normal.word(word))) {
        throw new IllegalArgumentException("'" + word + "' is an alias; write what it stands for");
      }
    }
    rules.add(new Rule(kind, language + "/" + parts[1], phrase));
  }

  private static Set<SignalKind> kinds(String list) {
    Set<SignalKind> kinds = new HashSet<>();
    for (String name : list.split(",")) {
      kinds.add(SignalKind.valueOf(name.strip()));
    }
    return kinds;
  }

  private static List<String> words(String value) {
    return Arrays.stream(value.strip().split("\\s+")).map(Normal::word).toList();
  }

  private IllegalStateException bad(int number, String what) {
    return new IllegalStateException(file + ":" + number + ": " + what);
  }
}
