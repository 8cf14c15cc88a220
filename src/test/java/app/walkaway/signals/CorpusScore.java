package app.walkaway.signals;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Precision and recall of a detector over a labelled corpus: per kind, per group (a message counts
 * once for a group if it has any kind of that group), and the false-alarm rate on messages that
 * carry no signal at all. These older corpora hold many negated red flags labelled as nothing ("I
 * would never hurt you"), written when a negation switched a rule off; now such a message shows a
 * possible flag by design, so false alarms here count firm flags only. The blind sets report both
 * ({@link BlindScore}).
 */
final class CorpusScore {
  record Counts(int tp, int fp, int fn) {
    double precision() {
      return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  final Map<SignalKind, Counts> perKind = new EnumMap<>(SignalKind.class);
  final Counts redFlags;
  final Counts warm;
  final int neutral;
  final int falseAlarms;
  final List<String> mistakes = new ArrayList<>();

  CorpusScore(LabelledCorpus corpus, SignalDetector detector) {
    List<Set<SignalKind>> found = new ArrayList<>();
    List<Set<SignalKind>> firm = new ArrayList<>();
    for (LabelledCorpus.Line line : corpus.lines()) {
      Set<SignalKind> kinds = EnumSet.noneOf(SignalKind.class);
      Set<SignalKind> firmKinds = EnumSet.noneOf(SignalKind.class);
      for (Signal s : detector.read(line.text())) {
        kinds.add(s.kind());
        if (!s.possible()) {
          firmKinds.add(s.kind());
        }
      }
      firm.add(firmKinds);
      found.add(kinds);
      if (!kinds.equals(line.kinds())) {
        mistakes.add(
            line.number() + "\t" + line.text() + "\twant " + line.kinds() + " got " + kinds);
      }
    }
    for (SignalKind kind : SignalKind.values()) {
      perKind.put(kind, count(corpus, found, k -> k == kind));
    }
    redFlags = count(corpus, found, SignalKind::isRedFlag);
    warm = count(corpus, found, SignalKind::isWarm);
    int n = 0;
    int alarms = 0;
    for (int i = 0; i < found.size(); i++) {
      if (corpus.lines().get(i).kinds().isEmpty()) {
        n++;
        alarms += firm.get(i).isEmpty() ? 0 : 1;
      }
    }
    neutral = n;
    falseAlarms = alarms;
  }

  double falseAlarmRate() {
    return neutral == 0 ? 0 : (double) falseAlarms / neutral;
  }

  private static Counts count(
      LabelledCorpus corpus, List<Set<SignalKind>> found, Predicate<SignalKind> in) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (int i = 0; i < found.size(); i++) {
      boolean want = corpus.lines().get(i).kinds().stream().anyMatch(in);
      boolean got = found.get(i).stream().anyMatch(in);
      tp += want && got ? 1 : 0;
      fp += !want && got ? 1 : 0;
      fn += want && !got ? 1 : 0;
    }
    return new Counts(tp, fp, fn);
  }

  String table(String title) {
    StringBuilder out = new StringBuilder(title + "\n");
    out.append(
        String.format(
            Locale.ROOT,
            "%-16s %4s %4s %4s %9s %7s %5s%n",
            "kind",
            "tp",
            "fp",
            "fn",
            "precision",
            "recall",
            "f1"));
    perKind.forEach((k, c) -> out.append(row(k.name(), c)));
    out.append(row("RED FLAGS (any)", redFlags)).append(row("WARM (any)", warm));
    out.append(
        String.format(
            Locale.ROOT,
            "firm false alarms on %d messages without a signal: %d (%.1f%%)%n",
            neutral,
            falseAlarms,
            100 * falseAlarmRate()));
    return out.toString();
  }

  private static String row(String name, Counts c) {
    return String.format(
        Locale.ROOT,
        "%-16s %4d %4d %4d %9.2f %7.2f %5.2f%n",
        name,
        c.tp(),
        c.fp(),
        c.fn(),
        c.precision(),
        c.recall(),
        c.f1());
  }

  String mistakes() {
    return mistakes.stream().collect(Collectors.joining("\n"));
  }

  /**
   * Prints the tables: {@code java -cp ... app.walkaway.signals.CorpusScore [train|heldout|de]}.
   */
  public static void main(String[] args) {
    for (String name : args.length == 0 ? new String[] {"train", "heldout"} : args) {
      CorpusScore score =
          new CorpusScore(LabelledCorpus.load(name + ".tsv"), SignalDetector.standard());
      System.out.println(score.table(name + ".tsv"));
      System.out.println(score.mistakes());
    }
  }
}
