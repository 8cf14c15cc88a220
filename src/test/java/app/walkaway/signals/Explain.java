package app.walkaway.signals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * While tuning: which rules a text matches, one text per line on standard input, read with the
 * lexicon of the language given as the first argument ({@code en} by default).
 */
public final class Explain {
  private Explain() {}

  public static void main(String[] args) throws IOException {
    SignalDetector detector =
        SignalDetector.forLanguages(List.of(args.length > 0 ? args[0] : "en"));
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line;
    while ((line = in.readLine()) != null) {
      StringBuilder out = new StringBuilder(line).append('\n');
      for (Signal s : detector.read(line)) {
        out.append("    ")
            .append(s.kind())
            .append(s.possible() ? "?" : "")
            .append(' ')
            .append(s.rule())
            .append(" \"")
            .append(s.match())
            .append("\"\n");
      }
      System.out.print(out);
    }
  }
}
