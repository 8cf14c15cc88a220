package app.walkaway.safety;

import static app.walkaway.event.Timeline.t;
import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.event.Actor;
import app.walkaway.event.Kind;
import app.walkaway.event.Timeline;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The one red-flag detector: which warning signs it finds, and when safety comes first. */
class RedFlagDetectorTest {
  private static final LocalDate START = LocalDate.parse("2026-03-01");

  private static RedFlags find(Timeline timeline, String now) {
    return RedFlagDetector.standard().find(timeline.events(), START, t(now));
  }

  @Test
  void hisVisitSinceSheSteppedBackPutsSafetyFirst() {
    Timeline timeline = Timeline.of().add("2026-03-04 21:00", Actor.THEM, Kind.VISIT, "at my door");

    RedFlags flags = find(timeline, "2026-03-05 09:00");

    assertThat(flags.all())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(RedFlagKind.SHOWED_UP);
              assertThat(f.events().get(0).source().toString()).isEqualTo("chat.txt:1");
            });
    assertThat(flags.safetyFirst()).isTrue();
  }

  @Test
  void herOwnVisitAndHisVisitsBeforeTheStartAreNoRedFlags() {
    Timeline timeline =
        Timeline.of()
            .add("2026-02-20 21:00", Actor.THEM, Kind.VISIT, "dinner at mine")
            .add("2026-03-04 21:00", Actor.ME, Kind.VISIT, "I went to get my things");

    RedFlags flags = find(timeline, "2026-03-05 09:00");

    assertThat(flags.all()).isEmpty();
    assertThat(flags.safetyFirst()).isFalse();
  }

  @Test
  void everyContactAfterHerStopCrossesItEvenAfterSheAnswered() {
    Timeline timeline =
        Timeline.of()
            .add("2026-03-02 10:00", Actor.ME, Kind.BOUNDARY, "please stop messaging me")
            .them("2026-03-02 11:00", "why")
            .me("2026-03-02 11:30", "I said stop")
            .them("2026-03-03 09:00", "good morning");

    RedFlags flags = find(timeline, "2026-03-04 09:00");

    assertThat(flags.all())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(RedFlagKind.BOUNDARY_IGNORED);
              assertThat(f.events()).hasSize(3); // her stop and both of his messages
            });
    assertThat(flags.danger().restsOnHisWordsOrHerStop()).isTrue();
  }

  @Test
  void aBoundaryLoggedAsSomeoneElsesIsNotHers() {
    Timeline timeline =
        Timeline.of()
            .add("2026-03-02 10:00", Actor.THEM, Kind.BOUNDARY, "")
            .them("2026-03-02 11:00", "hi");

    assertThat(find(timeline, "2026-03-04 09:00").all()).isEmpty();
  }

  @Test
  void threeCallsWithinHalfAnHourAreAFloodAndTwoAreNot() {
    Timeline two = Timeline.of();
    Timeline three = Timeline.of();
    for (int i = 0; i < 3; i++) {
      String when = "2026-03-03 22:" + (10 + i * 9);
      three.add(when, Actor.THEM, Kind.MISSED_CALL, "");
      if (i < 2) {
        two.add(when, Actor.THEM, Kind.MISSED_CALL, "");
      }
    }

    assertThat(find(two, "2026-03-04 09:00").all()).isEmpty();
    assertThat(find(three, "2026-03-04 09:00").all())
        .extracting(RedFlag::kind)
        .containsExactly(RedFlagKind.CALL_FLOOD);
  }

  @Test
  void oneHarshMessageIsShownButASecondSignMakesAPattern() {
    Timeline once = Timeline.of().them("2026-03-02 10:00", "you're pathetic");
    Timeline twice = Timeline.of().them("2026-03-02 10:00", "you're pathetic");
    for (int i = 0; i < 3; i++) {
      twice.add("2026-03-02 23:0" + i, Actor.THEM, Kind.CALL, "");
    }

    RedFlags one = find(once, "2026-03-04 09:00");
    RedFlags two = find(twice, "2026-03-04 09:00");

    assertThat(one.all()).extracting(RedFlag::kind).containsExactly(RedFlagKind.INSULT);
    assertThat(one.safetyFirst()).isFalse();
    assertThat(two.safetyFirst()).isTrue();
    assertThat(two.danger().restsOnHisWordsOrHerStop()).isFalse();
  }

  @Test
  void aThreatFromLongAgoStillCountsButOldInsultsDoNot() {
    Timeline old =
        Timeline.of()
            .them("2024-06-01 10:00", "you're pathetic")
            .them("2024-06-02 10:00", "answer me")
            .them("2024-06-03 10:00", "you'll regret this");

    RedFlags flags = find(old, "2026-03-04 09:00");

    assertThat(flags.all()).hasSize(3);
    assertThat(flags.danger().abuse()).isEmpty();
    assertThat(flags.danger().severeWords())
        .singleElement()
        .extracting(RedFlag::kind)
        .isEqualTo(RedFlagKind.THREAT);
    assertThat(flags.safetyFirst()).isTrue();
  }

  @Test
  void herOwnWordsNeverMakeARedFlag() {
    Timeline timeline = Timeline.of().me("2026-03-02 10:00", "I'll kill you if you eat my cake");

    assertThat(find(timeline, "2026-03-04 09:00").all()).isEmpty();
    assertThat(RedFlagDetector.standard().inWords(Actor.ME, "you'll regret this")).isEmpty();
    assertThat(RedFlagDetector.standard().inWords(Actor.THEM, "you'll regret this"))
        .containsExactly(RedFlagKind.THREAT);
  }

  @Test
  void eventsAfterNowAreNotRead() {
    Timeline timeline = Timeline.of().them("2026-03-10 10:00", "you'll regret this");

    assertThat(find(timeline, "2026-03-04 09:00").all()).isEmpty();
  }
}
