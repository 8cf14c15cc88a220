package app.walkaway.signals;

import java.util.ArrayList;
import java.util.List;

/**
 * Prints the table of one or more development sets while tuning, without a Maven run: {@code java
 * -cp src/main/resources:target/classes:target/test-classes:... app.walkaway.signals.BlindReport
 * dev dev2a --mistakes}. Sets: {@code old}, any folder under {@code signals/blind/} but the
 * held-out one, and a half of one ({@code dev2a}, {@code dev2b}). It refuses the held-out set: that
 * one is measured by the lead only ({@link BlindHeldOutTest}).
 */
public final class BlindReport {
  private BlindReport() {}

  public static void main(String[] args) {
    boolean mistakes = List.of(args).contains("--mistakes");
    for (String name : args) {
      if (name.startsWith("--")) {
        continue;
      }
      BlindScore score = new BlindScore(corpus(name));
      System.out.println(score.table(name));
      System.out.println(
          new BlindScore(corpus(name), true).languageTable(name + " with the second opinion"));
      if (mistakes) {
        System.out.println("mistakes:\n" + score.mistakes());
      }
    }
  }

  static BlindCorpus corpus(String name) {
    if (name.contains("heldout")) {
      throw new IllegalArgumentException("the held-out set is measured by the lead only");
    }
    if (name.equals("old")) {
      return BlindCorpus.old();
    }
    List<String> halves = new ArrayList<>(List.of("a", "b"));
    String last = name.substring(name.length() - 1);
    if (name.startsWith("dev2") && halves.contains(last) && name.length() == 5) {
      return BlindCorpus.load("dev2").half(halves.indexOf(last));
    }
    return BlindCorpus.load(name);
  }
}
