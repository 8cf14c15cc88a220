package app.walkaway.signals;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.event.Kind;
import app.walkaway.event.Timeline;
import app.walkaway.text.PatternWords;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class BehaviourFinderTest {
  private static final LocalDateTime T0 = LocalDateTime.of(2026, 4, 6, 18, 0);
  private final BehaviourFinder finder = BehaviourFinder.standard();

  private List<Behaviour> find(Timeline t) {
    return finder.find(t.events(), t.now().plusDays(1));
  }

  private List<BehaviourKind> kinds(Timeline t) {
    return find(t).stream().map(Behaviour::kind).toList();
  }

  @Test
  void threeCallsInHalfAnHourAreABurstCitingEachCall() {
    Timeline t =
        Timeline.from(T0).his(Kind.MISSED_CALL).minutes(10).his(Kind.MISSED_CALL).minutes(15);
    t.his(Kind.CALL).minutes(90).his(Kind.MISSED_CALL);

    List<Behaviour> found = find(t);

    assertThat(found).extracting(Behaviour::kind).containsExactly(BehaviourKind.CALL_BURST);
    assertThat(found.get(0).events()).hasSize(3);
    assertThat(found.get(0).span()).isEqualTo(java.time.Duration.ofMinutes(25));
    assertThat(PatternWords.summary(found.get(0)))
        .isEqualTo("3 calls from him within 25 minutes on 2026-04-06");
  }

  @Test
  void callsSpreadOverTheEveningAreNotABurst() {
    Timeline t = Timeline.from(T0).his(Kind.MISSED_CALL).minutes(20).his(Kind.MISSED_CALL);
    t.minutes(20).his(Kind.MISSED_CALL).minutes(20).his(Kind.MISSED_CALL);

    assertThat(kinds(t)).isEmpty();
  }

  @Test
  void herCallsNeverCount() {
    Timeline t = Timeline.from(T0).hers(Kind.CALL).minutes(1).hers(Kind.CALL).minutes(1);
    t.hers(Kind.CALL);

    assertThat(kinds(t)).isEmpty();
  }

  @Test
  void sixUnansweredMessagesWithinAnHourAreAFlood() {
    Timeline t = Timeline.from(T0);
    for (int i = 0; i < 7; i++) {
      t.his("hello?").minutes(8);
    }

    List<Behaviour> found = find(t);

    assertThat(found).extracting(Behaviour::kind).containsExactly(BehaviourKind.MESSAGE_FLOOD);
    assertThat(found.get(0).events()).hasSize(7);
  }

  @Test
  void herReplyBreaksTheFlood() {
    Timeline t = Timeline.from(T0);
    for (int i = 0; i < 8; i++) {
      t.his("and another thing").minutes(5);
      if (i == 3) {
        t.hers("I'm at work");
      }
    }

    assertThat(kinds(t)).isEmpty();
  }

  @Test
  void contactInTheSmallHoursOnThreeNightsIsAPattern() {
    Timeline t = Timeline.from(LocalDateTime.of(2026, 4, 6, 1, 30)).his("you up?");
    t.days(1).his(Kind.MISSED_CALL).days(3).minutes(120).his("can't sleep");

    List<Behaviour> found = find(t);

    assertThat(found).extracting(Behaviour::kind).containsExactly(BehaviourKind.LATE_NIGHT);
    assertThat(found.get(0).events()).hasSize(3);
  }

  @Test
  void twoLateNightsAreNotYetAPatternAndElevenAtNightIsNotLate() {
    Timeline t = Timeline.from(LocalDateTime.of(2026, 4, 6, 1, 30)).his("you up?");
    t.days(1).his("you up?").at(LocalDateTime.of(2026, 4, 10, 23, 0)).his("night");

    assertThat(kinds(t)).isEmpty();
  }

  @Test
  void anyContactAfterSheAskedHimToStopCitesTheBoundaryAndEachContact() {
    Timeline t = Timeline.from(T0).his("we need to talk").hers(Kind.BOUNDARY).days(2);
    t.his(Kind.MISSED_CALL).days(1).his(Kind.VIA_FRIENDS);

    Behaviour after =
        find(t).stream().filter(b -> b.kind() == BehaviourKind.AFTER_BOUNDARY).findFirst().get();

    assertThat(after.events())
        .extracting(e -> e.kind())
        .containsExactly(Kind.BOUNDARY, Kind.MISSED_CALL, Kind.VIA_FRIENDS);
  }

  @Test
  void visitsAndWordThroughFriendsAreReported() {
    Timeline t = Timeline.from(T0).his(Kind.VISIT).days(3).his(Kind.VIA_FRIENDS).days(1);
    t.his(Kind.VISIT);

    assertThat(find(t))
        .extracting(PatternWords::summary)
        .containsExactly("he turned up in person 2 times", "he went through friends once");
  }

  @Test
  void herOwnVisitIsNeverHisBehaviour() {
    Timeline t = Timeline.from(T0).hers(Kind.VISIT).days(1).his(Kind.BOUNDARY).days(1);
    t.his("hello?");

    assertThat(find(t)).isEmpty();
  }

  @Test
  void eventsAfterNowAreIgnored() {
    Timeline t = Timeline.from(T0).his(Kind.VISIT);

    assertThat(finder.find(t.events(), T0.minusMinutes(1))).isEmpty();
  }
}
