package app.walkaway.signals;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The quality targets, measured on {@code heldout.tsv}: written once before the first rule and
 * never tuned on. Prints the per-kind table; run it alone with {@code ./mvnw -o -q
 * -Dtest=SignalHeldOutTest test}.
 */
class SignalHeldOutTest {
  private static final CorpusScore SCORE =
      new CorpusScore(LabelledCorpus.load("heldout.tsv"), SignalDetector.standard());

  @Test
  void heldOutPartIsAtLeastThirtyPercentOfTheCorpus() {
    int heldOut = LabelledCorpus.load("heldout.tsv").lines().size();
    int train = LabelledCorpus.load("train.tsv").lines().size();
    int dev = LabelledCorpus.load("dev.tsv").lines().size();

    assertThat(heldOut + train).isGreaterThanOrEqualTo(400);
    assertThat((double) heldOut / (heldOut + train)).isGreaterThanOrEqualTo(0.30);
    // The development batch came later; counting it too, the held-out share is smaller.
    assertThat((double) heldOut / (heldOut + train + dev)).isGreaterThanOrEqualTo(0.25);
  }

  @Test
  void heldOutMeetsTheTargets() {
    System.out.println(SCORE.table("heldout.tsv") + SCORE.mistakes());

    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(SCORE.redFlags.recall()).as("red-flag recall").isGreaterThanOrEqualTo(0.95);
    soft.assertThat(SCORE.redFlags.precision())
        .as("red-flag precision")
        .isGreaterThanOrEqualTo(0.90);
    soft.assertThat(SCORE.warm.f1()).as("warm F1").isGreaterThanOrEqualTo(0.85);
    soft.assertThat(SCORE.falseAlarmRate()).as("false alarms").isLessThanOrEqualTo(0.05);
    soft.assertAll();
  }
}
