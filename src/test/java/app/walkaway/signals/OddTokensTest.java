package app.walkaway.signals;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Marks that normalise to nothing (joiners, variation selectors, combining accents on their own)
 * once ended an import with an internal error: the clause-end check read the first letter of an
 * empty token. Every language's rules must read them without failing.
 */
class OddTokensTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "take care \u200d",
        "take care \ufe0f",
        "take care \u0301",
        "answer me \u200b now",
        "you will regret this \u2060",
        "\u200d",
        "ok \u034f ok"
      })
  void marksWithoutLettersAreReadWithoutFailing(String text) {
    for (String language : new String[] {"en", "de", "es", "fr", "pt", "it"}) {
      SignalDetector detector = SignalDetector.forLanguages(java.util.List.of(language));
      assertThatCode(() -> detector.read(text))
          .as(language + ": " + text)
          .doesNotThrowAnyException();
    }
  }
}
