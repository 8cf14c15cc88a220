package app.walkaway.signals;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Scores the detector on a {@link BlindCorpus} the way Walkaway reads a real chat: each language's
 * messages are one chat, whose language is told from the messages themselves ({@link
 * LanguageGuess}) and read with that language's lexicons.
 *
 * <p>A possible red flag (one a negation touches) is shown to her, so it counts as found for
 * recall. Precision and false alarms are given twice: "seen" counts possible flags as flags (what
 * she reads), "firm" leaves them out. The targets are checked on "seen".
 */
final class BlindScore {
  /** What the detector found in one labelled message. */
  record Result(BlindCorpus.Line line, Set<SignalKind> seen, Set<SignalKind> firm) {
    boolean seenAny(Predicate<SignalKind> p) {
      return seen.stream().anyMatch(p);
    }

    boolean firmAny(Predicate<SignalKind> p) {
      return firm.stream().anyMatch(p);
    }

    boolean wants(Predicate<SignalKind> p) {
      return line.kinds().stream().anyMatch(p);
    }
  }

  record Counts(int tp, int fp, int fn) {
    static Counts of(List<Result> results, Predicate<SignalKind> in, boolean seen) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (Result r : results) {
        boolean want = r.wants(in);
        boolean got = seen ? r.seenAny(in) : r.firmAny(in);
        // Recall always counts what she sees: a possible flag is in front of her.
        boolean shown = r.seenAny(in);
        tp += want && got ? 1 : 0;
        fp += !want && got ? 1 : 0;
        fn += want && !shown ? 1 : 0;
      }
      return new Counts(tp, fp, fn);
    }

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

  /** The figures the targets are stated in, for one language or for all. */
  record Figures(
      int messages,
      Counts redSeen,
      Counts redFirm,
      Counts warm,
      int neutral,
      int alarmsSeen,
      int alarmsFirm) {
    static Figures of(List<Result> results) {
      int neutral = 0;
      int seen = 0;
      int firm = 0;
      for (Result r : results) {
        if (r.line().kinds().isEmpty()) {
          neutral++;
          seen += r.seen().isEmpty() ? 0 : 1;
          firm += r.firm().isEmpty() ? 0 : 1;
        }
      }
      return new Figures(
          results.size(),
          Counts.of(results, SignalKind::isRedFlag, true),
          Counts.of(results, SignalKind::isRedFlag, false),
          Counts.of(results, SignalKind::isWarm, true),
          neutral,
          seen,
          firm);
    }

    double falseAlarmsSeen() {
      return neutral == 0 ? 0 : (double) alarmsSeen / neutral;
    }

    double falseAlarmsFirm() {
      return neutral == 0 ? 0 : (double) alarmsFirm / neutral;
    }
  }

  final List<Result> results = new ArrayList<>();
  final Map<String, ChatLanguage> languages = new LinkedHashMap<>();

  BlindScore(BlindCorpus corpus) {
    corpus
        .chats()
        .forEach(
            (language, lines) -> {
              ChatLanguage told = LanguageGuess.of(lines.stream().map(l -> l.text()).toList());
              languages.put(language, told);
              SignalDetector detector = SignalDetector.forChat(told);
              lines.forEach(line -> results.add(read(detector, line)));
            });
  }

  private static Result read(SignalDetector detector, BlindCorpus.Line line) {
    Set<SignalKind> seen = EnumSet.noneOf(SignalKind.class);
    Set<SignalKind> firm = EnumSet.noneOf(SignalKind.class);
    for (Signal s : detector.read(line.text())) {
      seen.add(s.kind());
      if (!s.possible()) {
        firm.add(s.kind());
      }
    }
    return new Result(line, seen, firm);
  }

  Figures all() {
    return Figures.of(results);
  }

  Figures language(String language) {
    return Figures.of(results.stream().filter(r -> r.line().language().equals(language)).toList());
  }

  /** The whole table: per language, per kind, per kind and language, per family. */
  String table(String title) {
    StringBuilder out = new StringBuilder(title).append('\n');
    out.append(languageTable()).append('\n').append(kindTable()).append('\n');
    out.append(kindByLanguage()).append('\n').append(familyTable());
    return out.toString();
  }

  private String languageTable() {
    StringBuilder out = new StringBuilder();
    out.append(
        format(
            "%-5s %-14s %4s | %-21s %7s %7s | %6s %6s %6s | %4s %9s %9s%n",
            "lang",
            "told",
            "n",
            "red recall",
            "P seen",
            "P firm",
            "warm P",
            "warm R",
            "F1",
            "neut",
            "FA seen",
            "FA firm"));
    for (String language : languages.keySet()) {
      out.append(languageRow(language, told(languages.get(language)), language(language)));
    }
    out.append(languageRow("all", "", all()));
    return out.toString();
  }

  private static String told(ChatLanguage language) {
    if (language instanceof ChatLanguage.Read r) {
      return String.join("+", r.languages());
    }
    if (language instanceof ChatLanguage.Unsupported u) {
      return "unsupported " + u.language();
    }
    return "unclear";
  }

  private static String languageRow(String name, String told, Figures f) {
    return format(
        "%-5s %-14s %4d | %4d/%-4d %5.2f      %7.2f %7.2f | %6.2f %6.2f %6.2f | %4d %3d %5.1f%% %3d %5.1f%%%n",
        name,
        told,
        f.messages(),
        f.redSeen().tp(),
        f.redSeen().tp() + f.redSeen().fn(),
        f.redSeen().recall(),
        f.redSeen().precision(),
        f.redFirm().precision(),
        f.warm().precision(),
        f.warm().recall(),
        f.warm().f1(),
        f.neutral(),
        f.alarmsSeen(),
        100 * f.falseAlarmsSeen(),
        f.alarmsFirm(),
        100 * f.falseAlarmsFirm());
  }

  private String kindTable() {
    StringBuilder out = new StringBuilder();
    out.append(
        format(
            "%-16s %4s %4s %4s %9s %7s %5s%n",
            "kind (seen)", "tp", "fp", "fn", "precision", "recall", "f1"));
    for (SignalKind kind : SignalKind.values()) {
      out.append(kindRow(kind.name(), Counts.of(results, k -> k == kind, true)));
    }
    out.append(kindRow("RED FLAGS (any)", all().redSeen()));
    out.append(kindRow("WARM (any)", all().warm()));
    return out.toString();
  }

  private static String kindRow(String name, Counts c) {
    return format(
        "%-16s %4d %4d %4d %9.2f %7.2f %5.2f%n",
        name, c.tp(), c.fp(), c.fn(), c.precision(), c.recall(), c.f1());
  }

  private String kindByLanguage() {
    StringBuilder out = new StringBuilder(format("%-16s", "recall by lang"));
    languages.keySet().forEach(l -> out.append(format(" %9s", l)));
    out.append('\n');
    for (SignalKind kind : SignalKind.values()) {
      out.append(format("%-16s", kind.name()));
      for (String language : languages.keySet()) {
        List<Result> of =
            results.stream().filter(r -> r.line().language().equals(language)).toList();
        Counts c = Counts.of(of, k -> k == kind, true);
        int wanted = c.tp() + c.fn();
        out.append(wanted == 0 ? format(" %9s", "-") : format(" %4d/%-4d", c.tp(), wanted));
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** Per family: how many messages got their groups right, and red flags shown where none was. */
  private String familyTable() {
    Map<String, int[]> families = new TreeMap<>();
    for (Result r : results) {
      int[] f = families.computeIfAbsent(r.line().family(), k -> new int[4]);
      f[0]++;
      f[1] += right(r) ? 1 : 0;
      boolean wantsRed = r.wants(SignalKind::isRedFlag);
      f[2] += wantsRed && r.seenAny(SignalKind::isRedFlag) ? 1 : 0;
      f[3] += !wantsRed && r.seenAny(SignalKind::isRedFlag) ? 1 : 0;
    }
    StringBuilder out =
        new StringBuilder(
            format(
                "%-26s %4s %9s %12s %10s%n", "family", "n", "all right", "red found", "false red"));
    families.forEach(
        (family, f) ->
            out.append(format("%-26s %4d %9d %12d %10d%n", family, f[0], f[1], f[2], f[3])));
    return out.toString();
  }

  /** Every labelled group found, and no group shown that was not labelled. */
  static boolean right(Result r) {
    for (SignalKind.Group group : SignalKind.Group.values()) {
      boolean want = r.line().has(group);
      boolean got = r.seen().stream().anyMatch(k -> k.group() == group);
      if (want != got) {
        return false;
      }
    }
    return true;
  }

  /** The messages read wrongly (for the development set only: never for the held-out one). */
  String mistakes() {
    StringBuilder out = new StringBuilder();
    for (Result r : results) {
      if (!r.seen().equals(r.line().kinds())) {
        out.append(
            format(
                "%s %-6s %s\t%s\twant %s got %s%s%n",
                right(r) ? " " : "X",
                r.line().where(),
                r.line().family(),
                r.line().text(),
                r.line().kinds(),
                r.seen(),
                r.seen().equals(r.firm()) ? "" : " (firm " + r.firm() + ")"));
      }
    }
    return out.toString();
  }

  private static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
