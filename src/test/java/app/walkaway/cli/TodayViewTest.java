package app.walkaway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.event.Actor;
import app.walkaway.event.Channel;
import app.walkaway.event.Event;
import app.walkaway.event.Kind;
import app.walkaway.event.SourceRef;
import app.walkaway.method.Guidance;
import app.walkaway.method.Item;
import app.walkaway.method.Mode;
import app.walkaway.method.Plan;
import app.walkaway.method.Playbook;
import app.walkaway.method.Progress;
import app.walkaway.method.Streaks;
import app.walkaway.safety.RedFlagDetector;
import app.walkaway.safety.RedFlags;
import app.walkaway.service.TodayResult;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class TodayViewTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private final Playbook playbook = Playbook.load();
  private final Plan plan = Plan.of(LocalDate.parse("2026-03-01"), Mode.SOFT);
  private final List<Event> events =
      List.of(
          Event.of(
              LocalDateTime.parse("2026-03-04T22:15"),
              Actor.ME,
              Kind.SLIP,
              Channel.OTHER,
              "",
              SourceRef.byHand()));
  private final Instant now = Instant.parse("2026-03-05T09:00:00Z");

  private TodayResult today(Progress progress, List<Item> guidance) {
    RedFlags none = RedFlagDetector.of(List.of(), List.of(), plan.start());
    return new TodayResult(plan, progress, guidance, none);
  }

  @Test
  void jsonCarriesTheFiguresAndTheGuidanceWithIds() throws Exception {
    Progress progress = Streaks.compute(events, plan, playbook, now, LONDON);
    List<Item> guidance = Guidance.today(playbook, plan, progress, events, now, LONDON, false);
    StringWriter out = new StringWriter();

    TodayView.json(new PrintWriter(out, true), today(progress, guidance));
    JsonNode json = new ObjectMapper().readTree(out.toString());

    assertThat(json.get("day").asInt()).isEqualTo(4);
    assertThat(json.get("streak_days").asInt()).isZero();
    assertThat(json.get("longest_streak_days").asInt()).isEqualTo(3);
    assertThat(json.get("slips").asInt()).isEqualTo(1);
    assertThat(json.get("score").asDouble()).isBetween(0.05, 0.2);
    assertThat(json.get("guidance").get(0).get("id").asText()).isEqualTo("guide.slipped");
    assertThat(json.get("guidance").get(0).get("text").asText()).startsWith("You reached out.");
    assertThat(json.get("slip_evidence").get(0).get("source").asText()).isEqualTo("logged by hand");
  }

  @Test
  void textSaysWhereSheStandsInPlainWords() {
    Progress progress = Streaks.compute(events, plan, playbook, now, LONDON);
    StringWriter out = new StringWriter();

    TodayView.text(
        new PrintWriter(out, true), today(progress, List.of(playbook.item("guide.urge"))));

    assertThat(out.toString())
        .startsWith("4 days since you started on 2026-03-01.")
        .contains("Clean days in a row: 0")
        .contains("Habit strength: ")
        .contains("  * The urge came. Write it here instead.");
  }

  @Test
  void theHeadlineBeforeAndOnTheStartDay() {
    Progress before =
        Streaks.compute(List.of(), plan, playbook, Instant.parse("2026-02-28T09:00:00Z"), LONDON);
    Progress first =
        Streaks.compute(List.of(), plan, playbook, Instant.parse("2026-03-01T09:00:00Z"), LONDON);

    assertThat(TodayView.headline(plan, before))
        .startsWith("Your plan starts on 2026-03-01, in 1 day.");
    assertThat(TodayView.headline(plan, first)).startsWith("You started today.");
  }
}
