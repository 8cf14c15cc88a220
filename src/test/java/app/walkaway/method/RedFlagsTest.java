package app.walkaway.method;

import static app.walkaway.method.Timeline.t;
import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.event.Actor;
import app.walkaway.event.Kind;
import org.junit.jupiter.api.Test;

class RedFlagsTest {
  private static final String START = "2026-03-01 00:00";

  @Test
  void aVisitDuringThePlanIsARedFlag() {
    Timeline timeline = Timeline.of().add("2026-03-04 21:00", Actor.THEM, Kind.VISIT, "at my door");

    assertThat(RedFlags.find(timeline.events(), t(START)))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo("showed-up");
              assertThat(f.source().toString()).isEqualTo("chat.txt:1");
            });
  }

  @Test
  void contactAfterSheAskedForItToStopIsARedFlagOnce() {
    Timeline timeline =
        Timeline.of()
            .add("2026-03-02 10:00", Actor.ME, Kind.BOUNDARY, "please stop messaging me")
            .them("2026-03-02 11:00", "why")
            .them("2026-03-02 11:05", "answer me");

    assertThat(RedFlags.find(timeline.events(), t(START)))
        .extracting(RedFlag::kind, RedFlag::at)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("boundary-ignored", t("2026-03-02 11:00")));
  }

  @Test
  void fiveCallsWithinAnHourAreAFloodButFourAreNot() {
    Timeline four = Timeline.of();
    Timeline five = Timeline.of();
    for (int i = 0; i < 5; i++) {
      String when = "2026-03-03 22:" + (10 + i * 10);
      five.add(when, Actor.THEM, Kind.MISSED_CALL, "");
      if (i < 4) {
        four.add(when, Actor.THEM, Kind.MISSED_CALL, "");
      }
    }

    assertThat(RedFlags.find(four.events(), t(START))).isEmpty();
    assertThat(RedFlags.find(five.events(), t(START)))
        .extracting(RedFlag::kind)
        .containsExactly("call-flood");
  }

  @Test
  void callsSpreadOverTheEveningAndEventsBeforeTheStartAreNotFlags() {
    Timeline timeline = Timeline.of().add("2026-02-20 21:00", Actor.THEM, Kind.VISIT, "");
    for (int i = 0; i < 5; i++) {
      timeline.add("2026-03-03 1" + (4 + i) + ":00", Actor.THEM, Kind.CALL, "");
    }

    assertThat(RedFlags.find(timeline.events(), t(START))).isEmpty();
  }
}
