package app.walkaway.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import app.walkaway.event.Actor;
import app.walkaway.event.Kind;
import app.walkaway.event.Timeline;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invariants over random timelines of slips, urges and his messages around the DST changes. */
class StreakPropertiesTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final LocalDate START = LocalDate.parse("2026-03-20");
  private final Playbook playbook = Playbook.load();

  /** Each number is minutes after the start: its remainder by 3 picks slip, urge or his message. */
  private Timeline timeline(List<Integer> minutes) {
    Timeline timeline = Timeline.of();
    for (int m : minutes) {
      String when = START.atStartOfDay().plusMinutes(m).toString().replace('T', ' ');
      switch (m % 3) {
        case 0 -> timeline.slip(when);
        case 1 -> timeline.urge(when);
        default -> timeline.add(when, Actor.THEM, Kind.MESSAGE, "hi");
      }
    }
    return timeline;
  }

  @Test
  void figuresStayWithinTheirBoundsAndGuidanceIsTwoToFourItems() {
    qt().withExamples(300)
        .forAll(
            lists().of(integers().between(0, 60 * 24 * 240)).ofSizeBetween(0, 30),
            integers().between(0, 60 * 24 * 250))
        .checkAssert(
            (minutes, nowMinutes) -> {
              Instant now = START.atStartOfDay(LONDON).plusMinutes(nowMinutes).toInstant();
              Plan plan = Plan.of(START, nowMinutes % 2 == 0 ? Mode.SOFT : Mode.STRICT);
              Timeline timeline = timeline(minutes);
              Progress p = Streaks.compute(timeline.events(), plan, playbook, now, LONDON);

              assertThat(p.score()).isBetween(0.0, 1.0);
              assertThat(p.streakDays()).isBetween(0, (int) p.day());
              assertThat(p.longestStreakDays()).isBetween(p.streakDays(), (int) p.day());
              assertThat(p.slipDays()).isLessThanOrEqualTo(p.slips().size());
              assertThat(Guidance.today(playbook, plan, p, timeline.events(), now, LONDON, false))
                  .hasSizeBetween(Guidance.MIN, Guidance.MAX)
                  .doesNotHaveDuplicates();
            });
  }

  @Test
  void aSlipNeverRaisesTheScore() {
    qt().withExamples(200)
        .forAll(
            lists().of(integers().between(0, 100)).ofSizeBetween(0, 10), integers().between(0, 100))
        .checkAssert(
            (days, extra) -> {
              Instant now = START.plusDays(101).atTime(12, 0).atZone(LONDON).toInstant();
              Plan plan = Plan.of(START, Mode.SOFT);
              Timeline base = Timeline.of();
              days.forEach(
                  d -> base.slip(START.plusDays(d).atTime(9, 0).toString().replace('T', ' ')));
              Timeline more = Timeline.of();
              base.events().forEach(e -> more.slip(e.at().toString().replace('T', ' ')));
              more.slip(START.plusDays(extra).atTime(21, 0).toString().replace('T', ' '));

              double before = Streaks.compute(base.events(), plan, playbook, now, LONDON).score();
              double after = Streaks.compute(more.events(), plan, playbook, now, LONDON).score();

              assertThat(after).isLessThanOrEqualTo(before);
            });
  }
}
