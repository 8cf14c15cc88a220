package app.walkaway.signals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A labelled set in the blind format, written by someone who never saw the rules: one file per
 * language ({@code family<TAB>text<TAB>kinds<TAB>note}) and {@code neutral-alarming.tsv} with the
 * language first. Kinds are {@link SignalKind} names or {@code -}.
 *
 * @param set the folder under {@code /signals/blind/}, e.g. {@code dev}
 */
record BlindCorpus(String set, List<BlindCorpus.Line> lines) {
  static final List<String> LANGUAGES = List.of("en", "de", "es", "fr", "pt", "it");

  record Line(String language, String family, String text, Set<SignalKind> kinds, String where) {
    boolean has(SignalKind.Group group) {
      return kinds.stream().anyMatch(k -> k.group() == group);
    }
  }

  static BlindCorpus load(String set) {
    List<Line> lines = new ArrayList<>();
    for (String language : LANGUAGES) {
      read(set, language + ".tsv", parts -> lines.add(line(language, parts, 0)));
    }
    read(set, "neutral-alarming.tsv", parts -> lines.add(line(parts[0], parts, 1)));
    return new BlindCorpus(set, List.copyOf(lines));
  }

  /** One chat per language: its own file and its alarming-but-fine messages together. */
  Map<String, List<Line>> chats() {
    Map<String, List<Line>> chats = new LinkedHashMap<>();
    LANGUAGES.forEach(l -> chats.put(l, new ArrayList<>()));
    lines.forEach(line -> chats.computeIfAbsent(line.language(), l -> new ArrayList<>()).add(line));
    return chats;
  }

  private interface Sink {
    void accept(String[] parts);
  }

  private static Line line(String language, String[] parts, int offset) {
    String where = parts[parts.length - 1];
    return new Line(
        language, parts[offset], parts[offset + 1], kinds(parts[offset + 2], where), where);
  }

  private static void read(String set, String file, Sink sink) {
    String resource = "/signals/blind/" + set + "/" + file;
    InputStream in = BlindCorpus.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalArgumentException("no corpus " + resource);
    }
    boolean neutralFile = file.startsWith("neutral");
    int columns = neutralFile ? 5 : 4;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String raw;
      int number = 0;
      while ((raw = r.readLine()) != null) {
        number++;
        if (raw.isBlank() || raw.startsWith("#")) {
          continue;
        }
        String[] parts = raw.split("\t", -1);
        if (parts.length < columns - 1) {
          throw new IllegalStateException(
              resource + ":" + number + ": expected " + columns + " tab-separated columns");
        }
        String[] withWhere = java.util.Arrays.copyOf(parts, columns + 1);
        withWhere[columns] = file + ":" + number;
        sink.accept(withWhere);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<SignalKind> kinds(String list, String where) {
    Set<SignalKind> kinds = EnumSet.noneOf(SignalKind.class);
    if (list.strip().equals("-")) {
      return kinds;
    }
    for (String k : list.split(",")) {
      try {
        kinds.add(SignalKind.valueOf(k.strip()));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(where + ": unknown kind '" + k + "'", e);
      }
    }
    return kinds;
  }
}
