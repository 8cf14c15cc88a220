package app.walkaway.signals;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Trains {@link SecondOpinion} and writes its weight file. Deterministic: a fixed order of the
 * labelled sets, a seeded shuffle, {@link StrictMath} for the logistic function, so the same sets
 * give the same bytes on any machine ({@code SecondOpinionTest} checks the committed file).
 * Regenerate after changing a labelled set: {@code java -cp ... SecondOpinionTrainer}, run from the
 * project root.
 *
 * <p>Trained on the labelled sets the rules were tuned on: the first author's old corpora, the
 * blind development set {@code dev}, the tuning half of {@code dev2} ({@code dev2a}) and our own
 * examples. Never the held-out set, and not {@code dev2b}: that half stays unseen by the rules and
 * the model alike, so its table is an honest estimate of both on an author they never saw.
 */
public final class SecondOpinionTrainer {
  static final int EPOCHS = 8;
  static final double L2 = 1e-5;
  static final Path RESOURCE =
      Path.of("src/main/resources/app/walkaway/signals/second-opinion.bin");

  private SecondOpinionTrainer() {}

  /** The sets the shipped weights are trained on, in a fixed order. */
  static List<BlindCorpus.Line> trainingLines() {
    List<BlindCorpus.Line> lines = new ArrayList<>();
    for (BlindCorpus corpus :
        List.of(
            BlindCorpus.old(),
            BlindCorpus.load("dev"),
            BlindCorpus.load("dev2").half(0),
            BlindCorpus.load("own"))) {
      lines.addAll(corpus.lines());
    }
    return lines;
  }

  public static void main(String[] args) throws IOException {
    Files.write(RESOURCE, bytes(trainingLines()));
    System.out.println("wrote " + RESOURCE);
  }

  static byte[] bytes(List<BlindCorpus.Line> lines) {
    float[][] w = train(lines);
    float[] scales = new float[w.length];
    byte[][] q = new byte[w.length][];
    for (int k = 0; k < w.length; k++) {
      float max = 0;
      for (float v : w[k]) {
        max = Math.max(max, Math.abs(v));
      }
      scales[k] = max == 0 ? 1 : max / 127f;
      q[k] = new byte[w[k].length];
      for (int i = 0; i < w[k].length; i++) {
        q[k][i] = (byte) Math.round(w[k][i] / scales[k]);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DataOutputStream data = new DataOutputStream(out)) {
      SecondOpinion.write(data, scales, q);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A model trained on these lines, as it would be shipped (weights quantized). */
  static SecondOpinion model(List<BlindCorpus.Line> lines) {
    byte[] bytes = bytes(lines);
    try (java.io.DataInputStream in =
        new java.io.DataInputStream(new java.io.ByteArrayInputStream(bytes))) {
      in.skipBytes(12);
      int kinds = SecondOpinion.KINDS.size();
      float[] scales = new float[kinds];
      byte[][] weights = new byte[kinds][SecondOpinion.BUCKETS];
      for (int k = 0; k < kinds; k++) {
        scales[k] = in.readFloat();
        in.readFully(weights[k]);
      }
      return new SecondOpinion(scales, weights);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One-vs-rest logistic regression per red-flag kind, by seeded stochastic gradient descent. */
  static float[][] train(List<BlindCorpus.Line> lines) {
    List<SignalKind> kinds = SecondOpinion.KINDS;
    float[][] w = new float[kinds.size()][SecondOpinion.BUCKETS];
    List<int[]> xs = new ArrayList<>();
    for (BlindCorpus.Line line : lines) {
      xs.add(SecondOpinion.Features.of(Tokenizer.tokens(line.text())));
    }
    Random random = new Random(42);
    int[] order = new int[lines.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    for (int epoch = 0; epoch < EPOCHS; epoch++) {
      for (int i = order.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int tmp = order[i];
        order[i] = order[j];
        order[j] = tmp;
      }
      double rate = 0.2 / (1 + epoch * 0.5);
      for (int idx : order) {
        step(w, xs.get(idx), lines.get(idx).kinds(), rate);
      }
    }
    return w;
  }

  private static void step(float[][] w, int[] x, Set<SignalKind> wanted, double rate) {
    for (int k = 0; k < w.length; k++) {
      double z = 0;
      for (int f : x) {
        z += w[k][f];
      }
      double p = 1 / (1 + StrictMath.exp(-z));
      double y = wanted.contains(SecondOpinion.KINDS.get(k)) ? 1 : 0;
      double g = (p - y) * rate / Math.sqrt(x.length);
      for (int f : x) {
        w[k][f] -= (float) (g + rate * L2 * w[k][f]);
      }
    }
  }
}
