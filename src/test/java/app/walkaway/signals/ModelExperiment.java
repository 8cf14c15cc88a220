package app.walkaway.signals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Experiment: does a small learned model (logistic regression over hashed words, word pairs and
 * character n-grams) add red flags across authors that the rules miss? Trains on some authors'
 * sets, scores on another's, and reports what possible flags from the model would add at several
 * thresholds: red flags found that the rules missed, and flags raised on messages without one.
 */
public final class ModelExperiment {
  static int BITS = Integer.getInteger("bits", 18);
  static int BUCKETS = 1 << BITS;
  static boolean CHARS = !Boolean.getBoolean("nochars");
  static final List<SignalKind> KINDS =
      List.of(
          SignalKind.THREAT,
          SignalKind.INSULT,
          SignalKind.PRESSURE,
          SignalKind.STALKING,
          SignalKind.SELF_HARM);

  private ModelExperiment() {}

  static int[] features(String text) {
    List<Integer> out = new ArrayList<>();
    List<Token> tokens = Tokenizer.tokens(text);
    String previous = "<s>";
    for (Token t : tokens) {
      String w = t.norm();
      out.add(hash("w:" + w));
      out.add(hash("b:" + previous + " " + w));
      previous = w;
      String padded = "<" + w + ">";
      for (int n = 3; n <= (CHARS ? 5 : 0); n++) {
        for (int i = 0; i + n <= padded.length(); i++) {
          out.add(hash("c:" + padded.substring(i, i + n)));
        }
      }
    }
    out.add(hash("bias"));
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  static int hash(String s) {
    int h = 0x811c9dc5;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x01000193;
    }
    return h & (BUCKETS - 1);
  }

  /** One-vs-rest logistic regression per red-flag kind, deterministic SGD. */
  static float[][] train(List<BlindCorpus.Line> lines, int epochs, double l2) {
    float[][] w = new float[KINDS.size()][BUCKETS];
    List<int[]> xs = new ArrayList<>();
    for (BlindCorpus.Line line : lines) {
      xs.add(features(line.text()));
    }
    Random random = new Random(42);
    int[] order = new int[lines.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    for (int epoch = 0; epoch < epochs; epoch++) {
      for (int i = order.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int tmp = order[i];
        order[i] = order[j];
        order[j] = tmp;
      }
      double rate = 0.2 / (1 + epoch * 0.5);
      for (int idx : order) {
        int[] x = xs.get(idx);
        Set<SignalKind> kinds = lines.get(idx).kinds();
        for (int k = 0; k < KINDS.size(); k++) {
          double z = 0;
          for (int f : x) {
            z += w[k][f];
          }
          double p = 1 / (1 + Math.exp(-z));
          double y = kinds.contains(KINDS.get(k)) ? 1 : 0;
          double g = (p - y) * rate / Math.sqrt(x.length);
          for (int f : x) {
            w[k][f] -= (float) (g + rate * l2 * w[k][f]);
          }
        }
      }
    }
    return w;
  }

  static double[] score(float[][] w, String text) {
    int[] x = features(text);
    double[] out = new double[KINDS.size()];
    for (int k = 0; k < KINDS.size(); k++) {
      double z = 0;
      for (int f : x) {
        z += w[k][f];
      }
      out[k] = 1 / (1 + Math.exp(-z));
    }
    return out;
  }

  static int EPOCHS = Integer.getInteger("epochs", 8);
  static double L2 = Double.parseDouble(System.getProperty("l2", "1e-5"));

  /** {@code train1,train2 test}: sets as {@link BlindReport#corpus} names them. */
  public static void main(String[] args) {
    if (args.length == 2) {
      List<BlindCorpus> train = new ArrayList<>();
      for (String name : args[0].split(",")) {
        train.add(BlindReport.corpus(name));
      }
      fold(args[0] + " -> " + args[1], train, BlindReport.corpus(args[1]));
      return;
    }
    BlindCorpus old = BlindCorpus.old();
    BlindCorpus dev = BlindCorpus.load("dev");
    BlindCorpus dev2 = BlindCorpus.load("dev2");
    BlindCorpus own = BlindCorpus.load("own");
    fold("old+dev+own -> dev2", List.of(old, dev, own), dev2);
    fold("old+dev2+own -> dev", List.of(old, dev2, own), dev);
    fold("dev+dev2+own -> old", List.of(dev, dev2, own), old);
  }

  static void fold(String name, List<BlindCorpus> train, BlindCorpus test) {
    List<BlindCorpus.Line> lines = new ArrayList<>();
    train.forEach(c -> lines.addAll(c.lines()));
    SecondOpinion model = SecondOpinionTrainer.model(lines);
    BlindScore rules = new BlindScore(test);
    int red = 0;
    int redFound = 0;
    int neutral = 0;
    int neutralAlarm = 0;
    int nonRed = 0;
    int nonRedAlarm = 0;
    double[] thresholds = {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
    int[] addTp = new int[thresholds.length];
    int[] addFpNeutral = new int[thresholds.length];
    int[] addFpNonRed = new int[thresholds.length];
    for (BlindScore.Result r : rules.results) {
      boolean wantRed = r.wants(SignalKind::isRedFlag);
      boolean gotRed = r.seenAny(SignalKind::isRedFlag);
      boolean isNeutral = r.line().kinds().isEmpty();
      red += wantRed ? 1 : 0;
      redFound += wantRed && gotRed ? 1 : 0;
      neutral += isNeutral ? 1 : 0;
      neutralAlarm += isNeutral && !r.seen().isEmpty() ? 1 : 0;
      nonRed += wantRed ? 0 : 1;
      nonRedAlarm += !wantRed && gotRed ? 1 : 0;
      if (gotRed) {
        continue;
      }
      double max = model.probability(Tokenizer.tokens(r.line().text()));
      for (int t = 0; t < thresholds.length; t++) {
        if (max >= thresholds[t]) {
          addTp[t] += wantRed ? 1 : 0;
          addFpNonRed[t] += wantRed ? 0 : 1;
          addFpNeutral[t] += isNeutral && r.seen().isEmpty() ? 1 : 0;
        }
      }
    }
    StringBuilder out = new StringBuilder(name + "\n");
    out.append(
        String.format(
            Locale.ROOT,
            "rules: red recall %d/%d %.2f, red flags on non-red %d/%d, neutral alarms %d/%d %.1f%%%n",
            redFound,
            red,
            (double) redFound / red,
            nonRedAlarm,
            nonRed,
            neutralAlarm,
            neutral,
            100.0 * neutralAlarm / neutral));
    for (int t = 0; t < thresholds.length; t++) {
      int tp = redFound + addTp[t];
      int fp = nonRedAlarm + addFpNonRed[t];
      out.append(
          String.format(
              Locale.ROOT,
              "  +model p>=%.1f: +%d found (recall %.2f), +%d on non-red (precision %.2f),"
                  + " neutral alarms %.1f%%%n",
              thresholds[t],
              addTp[t],
              (double) tp / red,
              addFpNonRed[t],
              (double) tp / (tp + fp),
              100.0 * (neutralAlarm + addFpNeutral[t]) / neutral));
    }
    System.out.print(out);
  }
}
