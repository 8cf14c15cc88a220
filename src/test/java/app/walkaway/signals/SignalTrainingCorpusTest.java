package app.walkaway.signals;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The older corpora (English and German), all written by the rules' own author: training data, so
 * they must stay above the targets. {@code heldout.tsv} was once called held out; it was written
 * with the rules in mind and measures nothing, so it is one more training file here. The real
 * measure is {@link BlindHeldOutTest}.
 */
class SignalTrainingCorpusTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"train.tsv", "dev.tsv", "heldout.tsv", "de.tsv"})
  void tunedCorporaMeetTheTargets(String corpus) {
    LabelledCorpus labelled = LabelledCorpus.load(corpus);
    ChatLanguage language =
        LanguageGuess.of(labelled.lines().stream().map(LabelledCorpus.Line::text).toList());
    CorpusScore score = new CorpusScore(labelled, SignalDetector.forChat(language));
    System.out.println(score.table(corpus) + score.mistakes());

    assertThat(score.redFlags.recall()).isGreaterThanOrEqualTo(0.95);
    assertThat(score.redFlags.precision()).isGreaterThanOrEqualTo(0.90);
    assertThat(score.warm.f1()).isGreaterThanOrEqualTo(0.85);
    assertThat(score.falseAlarmRate()).isLessThanOrEqualTo(0.05);
  }
}
