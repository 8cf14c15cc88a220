package app.walkaway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.text.Durations;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FriendlyTest {

  @ParameterizedTest(name = "{0} min -> {1}")
  @CsvSource({
    "0.4, under a minute",
    "1.2, about a minute",
    "7, about 7 minutes",
    "23, about 25 minutes",
    "54, about 55 minutes",
    "70, about an hour",
    "130, about 2 hours",
    "2100, about 35 hours",
    "2880, about 2 days",
  })
  void replyDelaysReadLikeSpeech(double minutes, String words) {
    assertThat(Durations.about(minutes)).isEqualTo(words);
  }

  @ParameterizedTest(name = "{0} days -> {1}")
  @CsvSource({
    "0.5, less than a day",
    "1, 1 day",
    "9.6, 10 days",
    "45.8, 7 weeks",
    "117.7, about 4 months",
    "800, about 2 years",
  })
  void periodLengthsReadLikeSpeech(double days, String words) {
    assertThat(Friendly.span(days)).isEqualTo(words);
  }
}
