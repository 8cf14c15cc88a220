package app.walkaway.method;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.event.Timeline;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GuidanceTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private final Playbook playbook = Playbook.load();
  private final Plan soft = Plan.of(LocalDate.parse("2026-03-01"), Mode.SOFT);

  private List<String> ids(Timeline timeline, Plan plan, String now, boolean safetyFirst) {
    return items(timeline, plan, now, safetyFirst).stream().map(Item::id).toList();
  }

  private List<Item> items(Timeline timeline, Plan plan, String now, boolean safetyFirst) {
    Instant at = ZonedDateTime.of(LocalDateTime.parse(now.replace(' ', 'T')), LONDON).toInstant();
    Progress progress = Streaks.compute(timeline.events(), plan, playbook, at, LONDON);
    return Guidance.today(playbook, plan, progress, timeline.events(), at, LONDON, safetyFirst);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "2026-03-01 10:00, FIRST_DAYS",
    "2026-03-03 10:00, FIRST_DAYS",
    "2026-03-04 10:00, FIRST_WEEK",
    "2026-03-08 10:00, WEEKS_TWO_TO_FOUR",
    "2026-03-28 10:00, WEEKS_TWO_TO_FOUR",
    "2026-03-29 10:00, AFTER_A_MONTH"
  })
  void aQuietDayGetsThreeItemsOfItsStage(String now, Stage stage) {
    Timeline heard = Timeline.of().them(now.substring(0, 10) + " 00:00", "x");
    List<String> ids = ids(Timeline.of(), soft, now, false);
    // A fresh sign from him keeps the long-silence trigger out of the later stages.
    List<Item> withSign = items(heard, soft, now, false);

    assertThat(ids).hasSize(3);
    assertThat(withSign.subList(1, withSign.size()))
        .allSatisfy(i -> assertThat(playbook.stageItems(stage)).contains(i));
  }

  @Test
  void aSlipYesterdayBringsAKindResetFirst() {
    List<String> ids = ids(Timeline.of().slip("2026-03-05 23:30"), soft, "2026-03-06 08:00", false);

    assertThat(ids).first().isEqualTo("guide.slipped");
    assertThat(ids).hasSizeBetween(2, 4);
  }

  @Test
  void hisMessageYesterdayIsAnsweredByMode() {
    Timeline timeline = Timeline.of().them("2026-03-05 20:00", "hey stranger");
    Plan strict = Plan.of(soft.start(), Mode.STRICT);

    assertThat(ids(timeline, soft, "2026-03-06 09:00", false))
        .first()
        .isEqualTo("guide.reached-out-soft");
    assertThat(ids(timeline, strict, "2026-03-06 09:00", false))
        .first()
        .isEqualTo("guide.reached-out-strict");
    assertThat(ids(timeline, soft, "2026-03-08 09:00", false))
        .doesNotContain("guide.reached-out-soft");
  }

  @Test
  void anUrgeOpensTheDraftsBox() {
    assertThat(ids(Timeline.of().urge("2026-03-06 07:00"), soft, "2026-03-06 09:00", false))
        .first()
        .isEqualTo("guide.urge");
  }

  @Test
  void weeksOfSilenceSayHonestlyThatItMayBeAnAnswer() {
    Plan named = soft.withName("Alex");
    Timeline timeline = Timeline.of().them("2026-03-02 12:00", "ok");

    List<Item> day13 = items(timeline, named, "2026-03-15 09:00", false);
    List<Item> day14 = items(timeline, named, "2026-03-16 09:00", false);

    assertThat(day13).extracting(Item::id).doesNotContain("guide.long-silence");
    assertThat(day14)
        .first()
        .satisfies(
            i -> {
              assertThat(i.id()).isEqualTo("guide.long-silence");
              assertThat(i.text()).contains("hear from Alex again");
            });
  }

  @Test
  void safetyFirstReplacesTheGamePlanWithSafety() {
    List<Item> items =
        items(Timeline.of().slip("2026-03-06 08:00"), soft, "2026-03-06 09:00", true);
    List<String> without =
        ids(Timeline.of().slip("2026-03-06 08:00"), soft, "2026-03-06 09:00", false);

    assertThat(items).extracting(Item::id).first().isEqualTo("guide.red-flag");
    assertThat(items)
        .extracting(Item::section)
        .containsOnly(Section.GUIDANCE, Section.SAFETY)
        .containsOnlyOnce(Section.GUIDANCE);
    assertThat(without).doesNotContain("guide.red-flag");
  }

  @Test
  void beforeTheStartItHelpsHerPrepare() {
    assertThat(ids(Timeline.of(), soft, "2026-02-26 09:00", false))
        .first()
        .isEqualTo("guide.not-started");
  }

  @Test
  void manyThingsAtOnceStillMakeAtMostFourItems() {
    Timeline busy =
        Timeline.of()
            .slip("2026-03-20 08:00")
            .urge("2026-03-20 07:00")
            .them("2026-03-19 20:00", "hi");

    List<String> ids = ids(busy, soft, "2026-03-20 09:00", false);

    assertThat(ids).hasSize(4).startsWith("guide.slipped", "guide.reached-out-soft", "guide.urge");
    assertThat(playbook.stageItems(Stage.WEEKS_TWO_TO_FOUR))
        .extracting(Item::id)
        .contains(ids.get(3));
  }
}
