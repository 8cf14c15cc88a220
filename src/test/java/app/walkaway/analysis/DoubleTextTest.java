package app.walkaway.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.event.Timeline;
import org.junit.jupiter.api.Test;

class DoubleTextTest {

  @Test
  void writingAgainWithinTheHourIsNotADoubleText() {
    Period all =
        new Timeline()
            .me("2026-01-01 08:00")
            .me("2026-01-01 08:59")
            .analyze("2026-01-01 12:00")
            .all();

    assertThat(all.me().doubleTexts()).isZero();
  }

  @Test
  void anHourAfterTheLastUnansweredMessageItIs() {
    Period all =
        new Timeline()
            .me("2026-01-01 08:00")
            .me("2026-01-01 08:30")
            .me("2026-01-01 09:30")
            .me("2026-01-03 09:30")
            .analyze("2026-01-04 12:00")
            .all();

    assertThat(all.me().doubleTexts()).isEqualTo(2);
  }

  @Test
  void aReplyInBetweenResetsIt() {
    Period all =
        new Timeline()
            .me("2026-01-01 08:00")
            .them("2026-01-01 09:00")
            .me("2026-01-01 12:00")
            .analyze("2026-01-02 12:00")
            .all();

    assertThat(all.me().doubleTexts()).isZero();
    assertThat(all.them().doubleTexts()).isZero();
  }
}
