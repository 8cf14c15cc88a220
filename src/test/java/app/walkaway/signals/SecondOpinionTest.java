package app.walkaway.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecondOpinionTest {
  private static final SignalDetector RULES = SignalDetector.forLanguages(List.of("en"));

  @Test
  void theShippedWeightsAreExactlyWhatTheTrainerMakesFromTheLabelledSets() throws IOException {
    byte[] shipped;
    try (InputStream in = SecondOpinion.class.getResourceAsStream("second-opinion.bin")) {
      shipped = in.readAllBytes();
    }

    byte[] trained = SecondOpinionTrainer.bytes(SecondOpinionTrainer.trainingLines());

    // Compared as digests: 320 kB of differing bytes would bury the message.
    assertThat(sha256(trained))
        .as("regenerate with SecondOpinionTrainer after changing a labelled set")
        .isEqualTo(sha256(shipped));
  }

  @Test
  void itOnlyAddsAPossibleFlagWhereTheRulesFoundNone() {
    SignalDetector both = RULES.withSecondOpinion(model(SignalKind.THREAT, "lantern"));

    assertThat(both.read("the lantern is lit"))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.kind()).isEqualTo(SignalKind.THREAT);
              assertThat(s.possible()).isTrue();
              assertThat(s.rule()).isEqualTo(SignalDetector.SECOND_OPINION);
              assertThat(s.match()).isEqualTo("the lantern is lit");
            });
    assertThat(RULES.read("the lantern is lit")).isEmpty();
    assertThat(both.read("the lantern is lit, you'll regret this"))
        .as("the rule's flag stays, firm, and the model is not asked")
        .isEqualTo(RULES.read("the lantern is lit, you'll regret this"))
        .anySatisfy(s -> assertThat(s.kind().isRedFlag() && !s.possible()).isTrue());
    assertThat(both.read("see you at the match")).isEmpty();
  }

  @Test
  void theRulesAloneNeverAskTheModel() {
    SignalDetector both = RULES.withSecondOpinion(model(SignalKind.THREAT, "lantern"));

    assertThat(both.rulesOnly().read("the lantern is lit")).isEmpty();
  }

  @Test
  void theShippedModelFlagsAThreatWrittenWithoutThreateningWordsAndLeavesSmallTalkAlone() {
    SignalDetector both = SignalDetector.forLanguages(List.of("en")).withSecondOpinion();

    assertThat(both.read("ur gonna regret messing with me"))
        .extracting(Signal::kind)
        .contains(SignalKind.THREAT);
    assertThat(both.read("the match was great, we won 3-1")).isEmpty();
  }

  private static String sha256(byte[] bytes) {
    try {
      return java.util.HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A model that raises one kind on one word and nothing else. */
  private static SecondOpinion model(SignalKind kind, String word) {
    float[] scales = new float[SecondOpinion.KINDS.size()];
    byte[][] weights = new byte[SecondOpinion.KINDS.size()][SecondOpinion.BUCKETS];
    java.util.Arrays.fill(scales, 1f);
    int k = SecondOpinion.KINDS.indexOf(kind);
    for (int f : SecondOpinion.Features.of(Tokenizer.tokens(word))) {
      weights[k][f] = 100;
    }
    weights[k][SecondOpinion.Features.of(List.of())[0]] = -50; // the bias: silent by default
    return new SecondOpinion(scales, weights);
  }
}
