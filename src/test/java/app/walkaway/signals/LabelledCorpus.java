package app.walkaway.signals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A labelled corpus file: {@code text<TAB>KIND,KIND} or {@code text<TAB>-}; '#' lines skipped. */
record LabelledCorpus(String name, List<LabelledCorpus.Line> lines) {

  record Line(String text, Set<SignalKind> kinds, int number) {
    @Override
    public String toString() {
      return "line " + number + ": " + text;
    }
  }

  static LabelledCorpus load(String resource) {
    InputStream in = LabelledCorpus.class.getResourceAsStream("/signals/" + resource);
    if (in == null) {
      throw new IllegalArgumentException("no corpus " + resource);
    }
    List<Line> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String raw;
      int number = 0;
      while ((raw = r.readLine()) != null) {
        number++;
        if (!raw.isBlank() && !raw.startsWith("#")) {
          lines.add(parse(resource, raw, number));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new LabelledCorpus(resource, List.copyOf(lines));
  }

  private static Line parse(String resource, String raw, int number) {
    String[] parts = raw.split("\t");
    if (parts.length != 2) {
      throw new IllegalStateException(resource + ":" + number + ": expected text<TAB>kinds");
    }
    Set<SignalKind> kinds = EnumSet.noneOf(SignalKind.class);
    if (!parts[1].strip().equals("-")) {
      for (String k : parts[1].split(",")) {
        kinds.add(SignalKind.valueOf(k.strip()));
      }
    }
    return new Line(parts[0], kinds, number);
  }
}
