package app.walkaway.method;

import static app.walkaway.event.Timeline.t;
import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.event.Actor;
import app.walkaway.event.Kind;
import app.walkaway.event.Timeline;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlipsTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private final Playbook playbook = Playbook.load();
  private final Plan soft = Plan.of(LocalDate.parse("2026-03-01"), Mode.SOFT);
  private final Plan strict = Plan.of(LocalDate.parse("2026-03-01"), Mode.STRICT);

  private List<Slip> slips(Timeline timeline, Plan plan) {
    return Slips.find(timeline.events(), plan, playbook, LONDON);
  }

  @Test
  void aLoggedSlipCountsWithItsSource() {
    List<Slip> slips = slips(Timeline.of().slip("2026-03-02 22:10"), soft);

    assertThat(slips)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.cause()).isEqualTo(Slip.Cause.LOGGED);
              assertThat(s.at()).isEqualTo(t("2026-03-02 22:10"));
              assertThat(s.source().isByHand()).isTrue();
            });
  }

  @Test
  void herMessageAfterASilenceStartsAConversationAndCounts() {
    Timeline timeline =
        Timeline.of()
            .me("2026-02-27 20:00", "are you coming on Sunday?")
            .them("2026-02-27 20:05", "yes")
            .me("2026-03-02 20:00", "hey, how are you?");

    assertThat(slips(timeline, soft))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.cause()).isEqualTo(Slip.Cause.STARTED_CONVERSATION);
              assertThat(s.source().toString()).isEqualTo("chat.txt:3");
            });
  }

  @Test
  void herSlowAnswerToHisQuestionInsideAConversationIsNotASlip() {
    // The same rule as `walkaway analyze`: a question keeps waiting for its answer past the gap.
    Timeline asked =
        Timeline.of()
            .them("2026-03-03 19:00", "big day tomorrow")
            .me("2026-03-03 19:05", "yes, nervous")
            .them("2026-03-03 20:15", "how was the first day?")
            .me("2026-03-04 11:45", "good, thanks");
    Timeline stated =
        Timeline.of()
            .them("2026-03-03 19:00", "big day tomorrow")
            .me("2026-03-03 19:05", "yes, nervous")
            .them("2026-03-03 20:15", "good luck")
            .me("2026-03-04 11:45", "it went well");

    assertThat(slips(asked, soft)).isEmpty();
    assertThat(slips(stated, soft))
        .singleElement()
        .satisfies(s -> assertThat(s.cause()).isEqualTo(Slip.Cause.STARTED_CONVERSATION));
  }

  @Test
  void hisNewOpeningAfterHisOwnLastWordStillWaitsForHerAnswer() {
    Timeline timeline =
        Timeline.of()
            .me("2026-02-27 19:30", "I'll be quieter for a while")
            .them("2026-02-27 23:30", "ok")
            .them("2026-03-03 20:15", "hey how was the first day")
            .me("2026-03-04 11:45", "Good, thanks! Lots to learn");

    assertThat(slips(timeline, soft)).isEmpty();
  }

  @Test
  void herSlowReplyToHisOpeningContinuesHisConversationWithinTwoDays() {
    Timeline slow = Timeline.of().them("2026-03-02 08:00", "morning").me("2026-03-02 20:00", "hi");
    Timeline tooLate =
        Timeline.of().them("2026-03-02 08:00", "morning").me("2026-03-04 09:00", "hi");

    assertThat(slips(slow, soft)).isEmpty();
    assertThat(slips(tooLate, soft)).hasSize(1);
  }

  @Test
  void inASoftPlanReplyingToHimIsNotASlipButInAStrictPlanItIs() {
    Timeline timeline =
        Timeline.of().them("2026-03-02 19:00", "are you ok?").me("2026-03-02 21:00", "yes, thanks");

    assertThat(slips(timeline, soft)).isEmpty();
    assertThat(slips(timeline, strict))
        .singleElement()
        .extracting(Slip::cause)
        .isEqualTo(Slip.Cause.CONTACT_IN_STRICT_PLAN);
  }

  @Test
  void contactBeforeTheStartNeverCounts() {
    Timeline timeline = Timeline.of().me("2026-02-28 23:59", "night").slip("2026-02-27 10:00");

    assertThat(slips(timeline, strict)).isEmpty();
  }

  @Test
  void theStartDayCountsFromMidnight() {
    assertThat(slips(Timeline.of().me("2026-03-01 00:01", "still up?"), soft)).hasSize(1);
  }

  @Test
  void exceptionsByHashtagOrKeywordNeverCount() {
    Plan withKids = soft.withExceptions(List.of("children", "bills"));
    Timeline timeline =
        Timeline.of()
            .me("2026-03-03 09:00", "Can you take the kids on Saturday?")
            .me("2026-03-05 09:00", "Rent is due Friday")
            .slip("2026-03-06 18:00", "had to call him #children")
            .me("2026-03-08 22:00", "I miss you");

    assertThat(slips(timeline, withKids))
        .extracting(Slip::at)
        .containsExactly(t("2026-03-08 22:00"));
    assertThat(slips(timeline, soft)).hasSize(4);
  }

  @Test
  void silenceIsMeasuredInRealTimeAcrossTheSpringForwardNight() {
    // 2026-03-29 01:00 GMT becomes 02:00 BST: 20:00 to 02:30 on the clock is only 5½ hours.
    Timeline timeline =
        Timeline.of()
            .me("2026-03-28 19:50", "home safe?")
            .them("2026-03-28 20:00", "yes, night")
            .me("2026-03-29 02:30", "can't sleep");

    assertThat(slips(timeline, soft)).extracting(Slip::at).containsExactly(t("2026-03-28 19:50"));
  }

  @Test
  void silenceIsMeasuredInRealTimeAcrossTheFallBackNight() {
    // 2026-10-25 02:00 BST becomes 01:00 GMT: 21:00 to 02:30 on the clock is 6½ hours.
    Timeline timeline =
        Timeline.of()
            .me("2026-10-24 20:50", "home safe?")
            .them("2026-10-24 21:00", "yes, night")
            .me("2026-10-25 02:30", "can't sleep");

    assertThat(slips(timeline, soft))
        .extracting(Slip::at)
        .containsExactly(t("2026-10-24 20:50"), t("2026-10-25 02:30"));
  }

  @Test
  void callsAndMediaAreContactButStoryViewsAndNotesAreNot() {
    Timeline timeline =
        Timeline.of()
            .add("2026-03-02 10:00", Actor.ME, Kind.CALL, "")
            .add("2026-03-03 10:00", Actor.ME, Kind.NOTE, "thinking of calling")
            .add("2026-03-04 10:00", Actor.THEM, Kind.STORY_VIEW, "");

    assertThat(slips(timeline, soft)).extracting(Slip::at).containsExactly(t("2026-03-02 10:00"));
  }
}
