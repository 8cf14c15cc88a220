package app.walkaway.readout;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.text.Durations;
import app.walkaway.text.ReadoutWords;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiguresTest {
  // The numbers behind the words: rates with their counts.
  @Test
  void theComparisonKeepsTheCounts() {
    Comparison c =
        Comparison.of(
            input(
                new HisFigures(4, 40, 56, OptionalDouble.of(12)),
                new HisFigures(6, 30, 14, OptionalDouble.of(240))));
    assertThat(c.rates().orElseThrow().conversations().before()).isEqualTo(4);
    assertThat(c.rates().orElseThrow().conversations().after()).isEqualTo(6);
    assertThat(c.rates().orElseThrow().replySince()).hasValue(240);
  }

  private static ReadoutInput input(HisFigures before, HisFigures after) {
    LocalDate start = LocalDate.of(2026, 6, 1);
    return new ReadoutInput(
        "Jo", start, start.plusDays(14).atStartOfDay(), List.of(), before, after);
  }

  @Test
  void sayConversationsMessagesAndReplyDelayBeforeAndSince() {
    HisFigures before = new HisFigures(4, 40, 56, OptionalDouble.of(12));
    HisFigures after = new HisFigures(6, 30, 14, OptionalDouble.of(240));

    List<String> lines = ReadoutWords.figures(Comparison.of(input(before, after)), "Jo");

    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).startsWith("Jo started 0.5 conversations a week before and 3 since");
    assertThat(lines.get(1)).startsWith("Jo sent 5 messages a week before and 15 since");
    assertThat(lines.get(2))
        .isEqualTo("A typical reply from Jo took 12 minutes before and 4 hours since.");
  }

  @Test
  void withoutAFullDayOnBothSidesThereIsNothingToCompare() {
    HisFigures none = new HisFigures(0, 0, 0, OptionalDouble.empty());

    Comparison nothing =
        Comparison.of(input(none, new HisFigures(1, 1, 3, OptionalDouble.empty())));
    assertThat(nothing.rates()).isEmpty();
    assertThat(ReadoutWords.figures(nothing, "Jo"))
        .containsExactly("There is not yet a full day on both sides of your start to compare.");
  }

  @ParameterizedTest
  @CsvSource({
    "0.5, under a minute",
    "1, 1 minute",
    "45, 45 minutes",
    "150, 3 hours",
    "4000, 3 days"
  })
  void durationsAreRounded(double minutes, String expected) {
    assertThat(Durations.minutes(minutes)).isEqualTo(expected);
  }
}
