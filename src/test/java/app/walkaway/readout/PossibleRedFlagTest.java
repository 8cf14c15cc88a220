package app.walkaway.readout;

import static app.walkaway.readout.Scenario.START;
import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.event.Kind;
import app.walkaway.event.Timeline;
import app.walkaway.text.ReadoutWords;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * A red flag a negation touched ("I would never hurt you") alone is shown first for her to read,
 * while the read-out still answers; with a red flag in what he does (a burst of calls) it is
 * UNSAFE. Never miss danger, and do not cry wolf over a reassurance.
 */
class PossibleRedFlagTest {
  private static final LocalDateTime DAY1 = START.atTime(10, 0);
  private static final String POSSIBLE = "I would never hurt you, you know that";

  @Test
  void aPossibleThreatAloneIsShownFirstButTheReadoutStillAnswers() {
    Timeline t = Scenario.lukewarmBefore().at(DAY1.plusDays(2)).his(POSSIBLE);

    Readout r = Scenario.read(t, DAY1.plusDays(5));

    assertThat(r.outcome()).isNotEqualTo(Outcome.UNSAFE);
    assertThat(r.reasons().get(0)).isInstanceOf(Reason.PossibleRedFlag.class);
    assertThat(ReadoutWords.reasons(r).get(0)).contains("This may be a threat: read it yourself");
    assertThat(r.citations().get(0).possible()).isTrue();
    assertThat(r.citations().get(0).quote()).isEqualTo(POSSIBLE);
  }

  @Test
  void aPossibleThreatWithABurstOfCallsIsUnsafe() {
    Timeline t = Scenario.lukewarmBefore().at(DAY1.plusDays(2)).his(POSSIBLE);
    t.minutes(1)
        .his(Kind.MISSED_CALL)
        .minutes(1)
        .his(Kind.MISSED_CALL)
        .minutes(1)
        .his(Kind.MISSED_CALL);

    Readout r = Scenario.read(t, DAY1.plusDays(5));

    assertThat(r.outcome()).isEqualTo(Outcome.UNSAFE);
    assertThat(ReadoutWords.reasons(r))
        .anyMatch(s -> s.contains("This may be a threat"))
        .anyMatch(s -> s.contains("3 calls from him"));
  }
}
