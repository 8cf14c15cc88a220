package app.walkaway.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.walkaway.event.Actor;
import app.walkaway.event.Kind;
import app.walkaway.event.Timeline;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ConversationTest {

  @Test
  void silenceOfExactlyTheGapOpensANewConversation() {
    Period all =
        new Timeline()
            .me("2026-01-01 08:00")
            .them("2026-01-01 13:59")
            .them("2026-01-01 19:59")
            .analyze("2026-01-10 00:00")
            .all();

    assertThat(all.me().initiations()).isEqualTo(1);
    assertThat(all.them().initiations()).isEqualTo(1);
    assertThat(all.conversations()).isEqualTo(2);
    assertThat(all.me().initiationShare()).hasValueCloseTo(0.5, within(1e-9));
  }

  @Test
  void aShorterGapSettingSplitsMore() {
    Timeline chat =
        new Timeline().me("2026-01-01 08:00").them("2026-01-01 08:30").me("2026-01-01 10:00");

    Figures figures =
        Analysis.analyze(
            chat.events(),
            Settings.of(Timeline.at("2026-01-02 00:00")).withGap(Duration.ofHours(1)));

    assertThat(figures.all().me().initiations()).isEqualTo(2);
    assertThat(figures.all().them().initiations()).isEqualTo(0);
  }

  @Test
  void onlyContactBetweenTheTwoCounts() {
    Timeline chat =
        new Timeline()
            .add("2026-01-01 08:00", Actor.OTHER, Kind.MESSAGE)
            .add("2026-01-01 09:00", Actor.THEM, Kind.STORY_VIEW)
            .add("2026-01-01 10:00", Actor.THEM, Kind.MISSED_CALL)
            .add("2026-01-01 10:05", Actor.ME, Kind.CALL);

    Period all = chat.analyze("2026-01-02 00:00").all();

    assertThat(all.them().messages()).isEqualTo(1);
    assertThat(all.them().initiations()).isEqualTo(1);
    assertThat(all.me().messages()).isEqualTo(1);
    assertThat(all.me().replyDelays().median()).hasValueCloseTo(5.0, within(1e-9));
    assertThat(all.from()).isEqualTo(LocalDateTime.parse("2026-01-01T10:00"));
  }

  @Test
  void initiationsPerWeekUseThePeriodLength() {
    Timeline chat = new Timeline();
    for (int day = 1; day <= 14; day += 2) {
      chat.them("2026-01-%02d 12:00".formatted(day));
    }

    Period all = chat.analyze("2026-01-15 12:00").all();

    assertThat(all.days()).isCloseTo(14.0, within(1e-9));
    assertThat(all.them().initiations()).isEqualTo(7);
    assertThat(all.them().initiationsPerWeek()).hasValueCloseTo(3.5, within(1e-9));
    assertThat(all.me().initiationShare()).hasValueCloseTo(0.0, within(1e-9));
  }

  @Test
  void aPeriodUnderADayHasNoWeeklyRate() {
    Period all = new Timeline().me("2026-01-01 08:00").analyze("2026-01-01 20:00").all();

    assertThat(all.me().initiationsPerWeek()).isEmpty();
  }

  @Test
  void eventsAfterNowAreLeftOutAndCounted() {
    Figures figures =
        new Timeline().me("2026-01-01 08:00").them("2026-01-03 08:00").analyze("2026-01-02 00:00");

    assertThat(figures.afterNow()).isEqualTo(1);
    assertThat(figures.all().them().messages()).isZero();
  }
}
