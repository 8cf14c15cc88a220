package app.walkaway.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.walkaway.event.Timeline;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class StreaksTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private final Playbook playbook = Playbook.load();
  private final Plan plan = Plan.of(LocalDate.parse("2026-03-01"), Mode.SOFT);

  private static Instant london(String when) {
    return ZonedDateTime.of(LocalDateTime.parse(when.replace(' ', 'T')), LONDON).toInstant();
  }

  private Progress progress(Timeline timeline, String now) {
    return Streaks.compute(timeline.events(), plan, playbook, london(now), LONDON);
  }

  @Test
  void onTheStartDayEverythingIsZero() {
    Progress p = progress(Timeline.of(), "2026-03-01 09:00");

    assertThat(p.started()).isTrue();
    assertThat(p.day()).isZero();
    assertThat(p.streakDays()).isZero();
    assertThat(p.score()).isZero();
  }

  @Test
  void beforeTheStartNothingHasBegun() {
    Progress p = progress(Timeline.of().slip("2026-02-27 10:00"), "2026-02-27 12:00");

    assertThat(p.started()).isFalse();
    assertThat(p.day()).isEqualTo(-2);
    assertThat(p.slipDays()).isZero();
  }

  @Test
  void cleanDaysBuildTheStreakAndTheScore() {
    Progress p = progress(Timeline.of(), "2026-03-15 12:00");

    assertThat(p.day()).isEqualTo(14);
    assertThat(p.streakDays()).isEqualTo(14);
    assertThat(p.longestStreakDays()).isEqualTo(14);
    // Fourteen clean days are one half-life: halfway from 0 to 1.
    assertThat(p.score()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void aSlipAtOneMinuteToMidnightSpoilsThatDayNotTheNext() {
    Progress late = progress(Timeline.of().slip("2026-03-05 23:59"), "2026-03-07 12:00");
    Progress early = progress(Timeline.of().slip("2026-03-06 00:01"), "2026-03-07 12:00");

    assertThat(late.streakDays()).isEqualTo(1);
    assertThat(early.streakDays()).isZero();
    assertThat(late.longestStreakDays()).isEqualTo(4);
    assertThat(early.longestStreakDays()).isEqualTo(5);
  }

  @Test
  void aSlipTodayShowsAtOnce() {
    Progress p = progress(Timeline.of().slip("2026-03-10 08:00"), "2026-03-10 09:00");

    assertThat(p.streakDays()).isZero();
    assertThat(p.longestStreakDays()).isEqualTo(9);
    assertThat(p.slipDays()).isEqualTo(1);
  }

  @Test
  void aSlipLaterTodayThanNowIsNotCountedYet() {
    Progress p = progress(Timeline.of().slip("2026-03-10 20:00"), "2026-03-10 09:00");

    assertThat(p.slipDays()).isZero();
    assertThat(p.streakDays()).isEqualTo(9);
  }

  @Test
  void severalSlipsOnOneDayCountOnce() {
    Timeline timeline = Timeline.of().slip("2026-03-04 10:00").slip("2026-03-04 22:00");

    assertThat(progress(timeline, "2026-03-09 10:00").slipDays()).isEqualTo(1);
  }

  @Test
  void oneSlipAfterALongRunDentsTheScoreRatherThanResettingIt() {
    Progress before = progress(Timeline.of(), "2026-05-30 12:00");
    Progress after = progress(Timeline.of().slip("2026-05-30 08:00"), "2026-05-30 12:00");

    assertThat(before.score()).isGreaterThan(0.95);
    assertThat(after.score()).isLessThan(before.score()).isGreaterThan(0.9);
    assertThat(after.streakDays()).isZero();
  }

  @Test
  void theDayTurnsAtMidnightInHerZoneNotInUtc() {
    // 23:30 UTC on 14 June is 00:30 BST on 15 June in London.
    Instant now = Instant.parse("2026-06-14T23:30:00Z");

    Progress p = Streaks.compute(Timeline.of().events(), plan, playbook, now, LONDON);
    Progress utc = Streaks.compute(Timeline.of().events(), plan, playbook, now, ZoneId.of("UTC"));

    assertThat(p.day()).isEqualTo(106);
    assertThat(utc.day()).isEqualTo(105);
  }

  @Test
  void theShortAndLongDaysOfDstAreStillOneDayEach() {
    Plan spring = Plan.of(LocalDate.parse("2026-03-28"), Mode.SOFT);
    Plan autumn = Plan.of(LocalDate.parse("2026-10-24"), Mode.SOFT);

    Progress afterSpring =
        Streaks.compute(
            Timeline.of().events(), spring, playbook, london("2026-03-30 00:30"), LONDON);
    Progress afterAutumn =
        Streaks.compute(
            Timeline.of().events(), autumn, playbook, london("2026-10-26 00:30"), LONDON);

    assertThat(afterSpring.day()).isEqualTo(2);
    assertThat(afterSpring.streakDays()).isEqualTo(2);
    assertThat(afterAutumn.day()).isEqualTo(2);
    assertThat(afterAutumn.streakDays()).isEqualTo(2);
  }

  @Test
  void aSlipInTheRepeatedHourOfFallBackLandsOnThatDay() {
    Plan autumn = Plan.of(LocalDate.parse("2026-10-20"), Mode.SOFT);
    Timeline timeline = Timeline.of().slip("2026-10-25 01:30");

    Progress p =
        Streaks.compute(timeline.events(), autumn, playbook, london("2026-10-27 10:00"), LONDON);

    assertThat(p.streakDays()).isEqualTo(1);
    assertThat(p.longestStreakDays()).isEqualTo(5);
  }
}
