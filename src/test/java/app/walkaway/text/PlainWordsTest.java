package app.walkaway.text;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.readout.RateRatio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlainWordsTest {

  @Test
  void aClearRiseInPlainWords() {
    RateRatio r = RateRatio.of(4, 10, 8, 2);

    assertThat(PlainWords.rate(r, "He", "started", "conversations"))
        .startsWith("He started 0.4 conversations a week before and 4 since; ")
        .contains("that is about 10 times as often (likely between ")
        .doesNotContain("could be chance");
  }

  @Test
  void anUnclearDifferenceSaysItCouldBeChance() {
    RateRatio r = RateRatio.of(10, 4, 12, 4);

    assertThat(PlainWords.rate(r, "Sam", "started", "conversations"))
        .startsWith("Sam started 2.5 conversations a week before and 3 since")
        .endsWith("; the difference could be chance.");
  }

  @Test
  void oneAWeekIsOneConversationNotOneConversations() {
    assertThat(PlainWords.rate(RateRatio.of(21, 21, 44, 6.5), "Sam", "started", "conversations"))
        .startsWith("Sam started 1 conversation a week before and 6.8 since; ");
  }

  @Test
  void zeroCountsAreSaidAsNone() {
    assertThat(PlainWords.rate(RateRatio.of(0, 4, 3, 1), "He", "started", "conversations"))
        .startsWith("He started no conversations before and 3 since; that is a rise from nothing")
        .contains("likely at least");
    assertThat(PlainWords.rate(RateRatio.of(6, 3, 0, 2), "He", "started", "conversations"))
        .contains("and none since; that is a drop to nothing (likely at most");
    assertThat(PlainWords.rate(RateRatio.of(0, 3, 0, 2), "He", "started", "conversations"))
        .endsWith("nothing to compare yet.");
  }

  @ParameterizedTest
  @CsvSource({
    "12.4, 12",
    "5.4, 5",
    "2.14, 2",
    "1.96, 2",
    "1.0, 1",
    "0.42, 0.4",
    "0.049, 0.05",
    "0, 0"
  })
  void ratiosAreRoundedForReading(double x, String expected) {
    assertThat(PlainWords.number(x)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"12.4, 12", "2.5, 2.5", "2.04, 2", "0.42, 0.4", "0.049, 0.05"})
  void ratesKeepOneDecimalUnderTen(double x, String expected) {
    assertThat(PlainWords.rate(x)).isEqualTo(expected);
  }
}
