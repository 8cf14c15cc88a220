package app.walkaway.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.walkaway.event.Timeline;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class PeriodSplitTest {

  @Test
  void theStartDaysMidnightBelongsToAfter() {
    Figures figures =
        new Timeline()
            .me("2026-02-28 23:59")
            .them("2026-03-01 00:00")
            .analyze("2026-03-10 00:00", "2026-03-01");

    Period before = figures.before().orElseThrow();
    Period after = figures.after().orElseThrow();
    assertThat(before.me().messages()).isEqualTo(1);
    assertThat(before.them().messages()).isZero();
    assertThat(after.them().messages()).isEqualTo(1);
    assertThat(before.to()).isEqualTo(LocalDateTime.parse("2026-03-01T00:00"));
    assertThat(after.from()).isEqualTo(before.to());
    assertThat(after.days()).isCloseTo(9.0, within(1e-9));
  }

  @Test
  void aReplyCountsInThePeriodOfTheMessageItAnswers() {
    Figures figures =
        new Timeline()
            .me("2026-02-28 22:00")
            .them("2026-03-01 10:00")
            .analyze("2026-03-10 00:00", "2026-03-01");

    assertThat(figures.before().orElseThrow().them().replyDelays().count()).isEqualTo(1);
    assertThat(figures.after().orElseThrow().them().replyDelays().count()).isZero();
    assertThat(figures.after().orElseThrow().them().initiations()).isZero();
    assertThat(figures.before().orElseThrow().me().initiations()).isEqualTo(1);
  }

  @Test
  void theWholeHistoryIsTheSumOfBeforeAndAfter() {
    Figures figures =
        new Timeline()
            .me("2026-02-01 09:00")
            .them("2026-02-01 10:00")
            .me("2026-02-10 09:00")
            .me("2026-02-12 09:00")
            .them("2026-03-02 09:00")
            .me("2026-03-02 21:00")
            .analyze("2026-03-10 00:00", "2026-03-01");

    Period all = figures.all();
    assertThat(all.me().messages()).isEqualTo(4);
    assertThat(all.me().initiations()).isEqualTo(3);
    assertThat(all.them().initiations()).isEqualTo(1);
    assertThat(all.me().unanswered()).isEqualTo(2);
    assertThat(all.them().noReply()).isEqualTo(1);
    assertThat(all.me().replyDelays().count()).isEqualTo(1);
    assertThat(all.them().replyDelays().count()).isEqualTo(1);
    assertThat(all.from()).isEqualTo(LocalDateTime.parse("2026-02-01T09:00"));
    assertThat(all.to()).isEqualTo(LocalDateTime.parse("2026-03-10T00:00"));
  }

  @Test
  void silenceAfterTheStartLeavesAnEmptyAfterPeriodWithItsLength() {
    Figures figures =
        new Timeline()
            .me("2026-02-01 09:00")
            .them("2026-02-01 09:30")
            .analyze("2026-03-15 00:00", "2026-03-01");

    Period after = figures.after().orElseThrow();
    assertThat(after.conversations()).isZero();
    assertThat(after.me().initiationShare()).isEmpty();
    assertThat(after.them().initiationsPerWeek()).hasValueCloseTo(0.0, within(1e-9));
    assertThat(after.them().lastMessage()).isEmpty();
    assertThat(figures.all().them().lastMessage()).hasValue(Timeline.at("2026-02-01 09:30"));
  }

  @Test
  void aStartBeforeTheFirstMessageLeavesAnEmptyBeforePeriod() {
    Figures figures =
        new Timeline().me("2026-03-05 09:00").analyze("2026-03-10 00:00", "2026-03-01");

    Period before = figures.before().orElseThrow();
    assertThat(before.days()).isZero();
    assertThat(before.conversations()).isZero();
    assertThat(figures.all().from()).isEqualTo(LocalDateTime.parse("2026-03-01T00:00"));
  }

  @Test
  void noEventsAtAllGiveZeroes() {
    Figures figures = new Timeline().analyze("2026-03-10 00:00");

    assertThat(figures.all().days()).isZero();
    assertThat(figures.all().me().messages()).isZero();
    assertThat(figures.all().me().replyDelays().count()).isZero();
  }

  @Test
  void aOneSidedChatHasNoRepliesAndAllUnanswered() {
    Figures figures =
        new Timeline()
            .me("2026-01-01 09:00")
            .me("2026-01-02 09:00")
            .me("2026-01-05 09:00")
            .analyze("2026-01-10 00:00", "2026-01-03");

    assertThat(figures.all().me().initiations()).isEqualTo(3);
    assertThat(figures.all().me().unanswered()).isEqualTo(3);
    assertThat(figures.all().me().doubleTexts()).isEqualTo(2);
    assertThat(figures.all().them().noReply()).isEqualTo(1);
    assertThat(figures.before().orElseThrow().them().noReply()).isEqualTo(1);
    assertThat(figures.all().me().initiationShare()).hasValueCloseTo(1.0, within(1e-9));
  }
}
