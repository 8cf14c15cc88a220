package app.walkaway.readout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.walkaway.analysis.Analysis;
import app.walkaway.analysis.Figures;
import app.walkaway.analysis.Settings;
import app.walkaway.event.Timeline;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class FromAnalysisTest {
  private static final LocalDate START = LocalDate.of(2026, 3, 1);
  private static final LocalDateTime NOW = START.plusDays(10).atTime(12, 0);

  private static Timeline chat() {
    Timeline t = Timeline.from(START.minusDays(20).atTime(9, 0)).his("hi").minutes(3).hers("hey");
    return t.at(START.plusDays(2).atTime(9, 0))
        .his("miss you")
        .at(START.plusDays(5).atTime(9, 0))
        .his("how are you?")
        .minutes(30)
        .hers("fine");
  }

  @Test
  void takesHisInitiationsMessagesAndDaysFromTheAnalysis() {
    Timeline t = chat();
    Figures figures = Analysis.analyze(t.events(), Settings.of(NOW).withStart(START));

    ReadoutInput in = FromAnalysis.input("Sam", figures, t.events());

    assertThat(in.start()).isEqualTo(START);
    assertThat(in.now()).isEqualTo(NOW);
    assertThat(in.after().initiations()).isEqualTo(2);
    assertThat(in.after().messages()).isEqualTo(2);
    assertThat(in.after().days()).isEqualTo(10.5);
    assertThat(in.before().initiations()).isEqualTo(1);
  }

  @Test
  void anAnalysisWithoutAStartDayCannotBeReadOut() {
    Figures figures = Analysis.analyze(chat().events(), Settings.of(NOW));

    assertThatThrownBy(() -> FromAnalysis.input("Sam", figures, chat().events()))
        .hasMessageContaining("start day");
  }
}
