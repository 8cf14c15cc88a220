package app.walkaway.signals;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The corpus the rules were tuned on: it must stay well above the targets. */
class SignalTrainingCorpusTest {
  @Test
  void trainingCorpusMeetsTheTargets() {
    CorpusScore score =
        new CorpusScore(LabelledCorpus.load("train.tsv"), SignalDetector.standard());
    System.out.println(score.table("train.tsv") + score.mistakes());

    assertThat(score.redFlags.recall()).isGreaterThanOrEqualTo(0.95);
    assertThat(score.redFlags.precision()).isGreaterThanOrEqualTo(0.90);
    assertThat(score.warm.f1()).isGreaterThanOrEqualTo(0.85);
    assertThat(score.falseAlarmRate()).isLessThanOrEqualTo(0.05);
  }
}
