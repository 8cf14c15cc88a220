package app.walkaway.signals;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The targets on the blind held-out set ({@code signals/blind/heldout}), written by an
 * author who never saw the rules and never tuned on. It prints the table only, never a message, so
 * that running it teaches nothing about the set. Excluded from the normal build (tag {@code
 * heldout}); the lead runs it with {@code ./mvnw -o -Dheldout=true -Dtest=BlindHeldOutTest test}.
 *
 * <p>Targets, per language and over all six: red-flag recall at least 0.95 (a possible flag counts:
 * she sees it) at precision at least 0.90 and at most 5% false alarms on messages without a signal
 * (both counting possible flags as flags, as she sees them); warm-bid F1 at least 0.85; and each
 * red-flag kind found with recall at least 0.95.
 */
@Tag("heldout")
class BlindHeldOutTest {
  static final double RECALL = 0.95;
  static final double PRECISION = 0.90;
  static final double WARM_F1 = 0.85;
  static final double FALSE_ALARMS = 0.05;

  @Test
  void meetsTheTargets() {
    BlindScore score = new BlindScore(BlindCorpus.load("heldout"));
    System.out.println(score.table("blind/heldout"));

    SoftAssertions soft = new SoftAssertions();
    for (String language : BlindCorpus.LANGUAGES) {
      check(soft, language, score.language(language));
    }
    check(soft, "all", score.all());
    for (SignalKind kind : SignalKind.values()) {
      if (kind.isRedFlag()) {
        BlindScore.Counts c = BlindScore.Counts.of(score.results, k -> k == kind, true);
        soft.assertThat(c.recall()).as(kind + " recall").isGreaterThanOrEqualTo(RECALL);
      }
    }
    soft.assertAll();
  }

  private static void check(SoftAssertions soft, String name, BlindScore.Figures f) {
    soft.assertThat(f.redSeen().recall())
        .as(name + " red-flag recall")
        .isGreaterThanOrEqualTo(RECALL);
    soft.assertThat(f.redSeen().precision())
        .as(name + " red-flag precision")
        .isGreaterThanOrEqualTo(PRECISION);
    soft.assertThat(f.warm().f1()).as(name + " warm F1").isGreaterThanOrEqualTo(WARM_F1);
    soft.assertThat(f.falseAlarmsSeen())
        .as(name + " false alarms")
        .isLessThanOrEqualTo(FALSE_ALARMS);
  }
}
