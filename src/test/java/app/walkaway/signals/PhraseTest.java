package app.walkaway.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhraseTest {
  private static boolean matches(String pattern, String text) {
    return Phrase.compile(pattern).find(Tokenizer.tokens(text)).isPresent();
  }

  @ParameterizedTest(name = "''{0}'' on ''{1}'' -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "miss you | i miss you | true",
        "[really] miss you | i really miss you | true",
        "[really] miss you | i miss you | true",
        "kill* you | killing you | true",
        "hope * well | hope you are doing well | true",
        "hope * well | hope you, are well | false",
        "hope *1 well | hope you are well | false",
        "^ miss you | i miss you | false",
        "^ miss you | miss you | true",
        "^ miss you | ok, miss you | true",
        "miss you | miss. you | false",
      })
  void slots(String pattern, String text, boolean expected) {
    assertThat(matches(pattern, text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "be home by 9 | true",
        "be home by 9pm | true",
        "be home by 6:30 | true",
        "be home by 21h30 | true",
        "be home by 10min | true",
        "be home by nine | false",
        "be home by 9kg | false",
      })
  void aNumberSlotTakesTimesAsTexted(String text, boolean expected) {
    assertThat(matches("home by #", text)).isEqualTo(expected);
  }

  @Test
  void aClockTimeDoesNotSplitAClause() {
    assertThat(matches("yoga * tuesdays", "yoga 6:30 tuesdays")).isTrue();
  }

  @Test
  void theEndOfTheClauseCanBeOneOfASlotsChoices() {
    assertThat(matches("done now|$", "im done now")).isTrue();
    assertThat(matches("done now|$", "im done")).isTrue();
    assertThat(matches("done now|$", "im done, bye")).isTrue();
    assertThat(matches("done now|$", "im done with it")).isFalse();
    assertThat(matches("now|$ done", "done")).isFalse();
    assertThat(matches("take care $", "take care \uD83E\uDD0D")).isTrue();
    assertThat(matches("take care $", "take care \uD83E\uDD0D of it")).isFalse();
  }

  @Test
  void alternativesInOneSlot() {
    assertThat(matches("come|go back", "go back")).isTrue();
    assertThat(matches("come|go back", "went back")).isFalse();
  }

  @Test
  void aPatternOfOnlyOptionalSlotsIsRejected() {
    assertThatThrownBy(() -> Phrase.compile("[so] *"))
        .hasMessageContaining("at least one required word");
  }

  @Test
  void findAllReturnsEveryMatchLeftToRight() {
    assertThat(Phrase.compile("miss you").findAll(Tokenizer.tokens("miss you. miss you")))
        .hasSize(2);
  }
}
