package app.walkaway.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.walkaway.event.Timeline;
import org.junit.jupiter.api.Test;

class ReplyTest {

  @Test
  void theDelayRunsFromTheFirstUnansweredMessage() {
    Period all =
        new Timeline()
            .me("2026-01-01 08:00")
            .me("2026-01-01 08:10")
            .them("2026-01-01 09:00")
            .analyze("2026-01-05 00:00")
            .all();

    assertThat(all.them().replyDelays().count()).isEqualTo(1);
    assertThat(all.them().replyDelays().median()).hasValueCloseTo(60.0, within(1e-9));
    assertThat(all.me().unanswered()).isZero();
  }

  @Test
  void aReplyAtExactlyFortyEightHoursStillCounts() {
    Period all =
        new Timeline()
            .me("2026-01-01 08:00")
            .them("2026-01-03 08:00")
            .analyze("2026-01-09 00:00")
            .all();

    assertThat(all.them().replyDelays().median()).hasValueCloseTo(48 * 60.0, within(1e-9));
    assertThat(all.them().noReply()).isZero();
    assertThat(all.me().unanswered()).isZero();
  }

  @Test
  void aMinuteLaterItIsNoReplyAndTheMessageUnanswered() {
    Period all =
        new Timeline()
            .me("2026-01-01 08:00")
            .them("2026-01-03 08:01")
            .analyze("2026-01-09 00:00")
            .all();

    assertThat(all.them().replyDelays().count()).isZero();
    assertThat(all.them().noReply()).isEqualTo(1);
    assertThat(all.me().unanswered()).isEqualTo(1);
  }

  @Test
  void onlyTheMessagesOlderThanTheWindowAreUnanswered() {
    Period all =
        new Timeline()
            .me("2026-01-01 08:00")
            .me("2026-01-02 20:00")
            .them("2026-01-03 10:00")
            .analyze("2026-01-09 00:00")
            .all();

    assertThat(all.me().unanswered()).isEqualTo(1);
    assertThat(all.them().noReply()).isEqualTo(1);
  }

  @Test
  void silenceUntilNowCountsOnceTheWindowHasPassed() {
    Period all =
        new Timeline()
            .me("2026-01-01 08:00")
            .me("2026-01-03 12:00")
            .analyze("2026-01-04 12:00")
            .all();

    assertThat(all.me().unanswered()).isEqualTo(1);
    assertThat(all.me().pending()).isEqualTo(1);
    assertThat(all.them().noReply()).isEqualTo(1);
    assertThat(all.them().lastMessage()).isEmpty();
  }

  @Test
  void aRunStillInsideItsWindowIsPendingNotUnanswered() {
    Period all = new Timeline().me("2026-01-01 08:00").analyze("2026-01-02 08:00").all();

    assertThat(all.me().pending()).isEqualTo(1);
    assertThat(all.me().unanswered()).isZero();
    assertThat(all.them().noReply()).isZero();
  }

  @Test
  void theLastWordOfAConversationWaitsForNothing() {
    Period all =
        new Timeline()
            .them("2026-01-01 08:00")
            .me("2026-01-01 08:05")
            .me("2026-01-04 12:00")
            .analyze("2026-01-04 13:00")
            .all();

    assertThat(all.me().unanswered()).isZero();
    assertThat(all.them().noReply()).isZero();
    assertThat(all.me().doubleTexts()).isZero();
    assertThat(all.me().initiations()).isEqualTo(1);
    assertThat(all.me().pending()).isEqualTo(1);
  }

  @Test
  void aSlowReplyToAnOpeningMessageContinuesThatConversation() {
    Period all =
        new Timeline()
            .them("2026-03-03 20:15")
            .me("2026-03-04 11:45")
            .analyze("2026-03-05 00:00")
            .all();

    assertThat(all.them().initiations()).isEqualTo(1);
    assertThat(all.me().initiations()).isZero();
    assertThat(all.me().replyDelays().median()).hasValueCloseTo(15.5 * 60, within(1e-9));
    assertThat(all.conversations()).isEqualTo(1);
  }

  @Test
  void aReplyAfterTheWindowOpensANewConversation() {
    Period all =
        new Timeline()
            .them("2026-03-01 20:00")
            .me("2026-03-04 20:00")
            .analyze("2026-03-05 00:00")
            .all();

    assertThat(all.me().initiations()).isEqualTo(1);
    assertThat(all.me().noReply()).isEqualTo(1);
    assertThat(all.them().unanswered()).isEqualTo(1);
  }

  @Test
  void aQuestionInsideAConversationCanStillBeAnsweredLateBeforeTheGap() {
    Period all =
        new Timeline()
            .me("2026-03-01 20:00")
            .them("2026-03-01 20:05")
            .me("2026-03-01 20:06")
            .them("2026-03-02 01:06")
            .analyze("2026-03-05 00:00")
            .all();

    assertThat(all.them().replyDelays().count()).isEqualTo(2);
    assertThat(all.them().replyDelays().p90()).hasValueCloseTo(270.5, within(1e-9));
    assertThat(all.conversations()).isEqualTo(1);
  }

  @Test
  void medianAndNinetiethPercentileInterpolate() {
    Timeline chat = new Timeline();
    int[] minutes = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100};
    for (int i = 0; i < minutes.length; i++) {
      chat.me("2026-01-%02d 08:00".formatted(i + 1));
      chat.them("2026-01-%02d 08:%02d".formatted(i + 1, 0).replace("08:00", hhmm(minutes[i])));
    }

    Delays delays = chat.analyze("2026-02-01 00:00").all().them().replyDelays();

    assertThat(delays.count()).isEqualTo(10);
    assertThat(delays.median()).hasValueCloseTo(55.0, within(1e-9));
    assertThat(delays.p90()).hasValueCloseTo(91.0, within(1e-9));
  }

  @Test
  void noRepliesMeansNoDelayFigures() {
    Delays delays =
        new Timeline()
            .me("2026-01-01 08:00")
            .analyze("2026-01-01 09:00")
            .all()
            .them()
            .replyDelays();

    assertThat(delays.count()).isZero();
    assertThat(delays.median()).isEmpty();
    assertThat(delays.p90()).isEmpty();
  }

  private static String hhmm(int minutesAfterEight) {
    int total = 8 * 60 + minutesAfterEight;
    return "%02d:%02d".formatted(total / 60, total % 60);
  }
}
