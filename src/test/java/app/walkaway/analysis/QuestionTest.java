package app.walkaway.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.walkaway.event.Timeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuestionTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"coffee sometime?", "¿café?", "お茶しない？", "قهوة؟"})
  void aQuestionKeepsWaitingAfterTheConversationFallsQuiet(String question) {
    Period all =
        new Timeline()
            .me("2026-03-01 09:00", "Morning!")
            .them("2026-03-01 09:10", question)
            .me("2026-03-01 19:10", "Maybe in a few weeks")
            .analyze("2026-03-02 00:00")
            .all();

    assertThat(all.me().initiations()).isEqualTo(1);
    assertThat(all.me().replyDelays().count()).isEqualTo(1);
    assertThat(all.me().replyDelays().median()).hasValueCloseTo(600.0, within(1e-9));
  }

  @Test
  void aLastWordWithoutAQuestionDoesNot() {
    Period all =
        new Timeline()
            .me("2026-03-01 09:00", "Morning!")
            .them("2026-03-01 09:10", "morning")
            .me("2026-03-01 19:10", "Have a good evening")
            .analyze("2026-03-02 00:00")
            .all();

    assertThat(all.me().initiations()).isEqualTo(2);
    assertThat(all.me().replyDelays().count()).isZero();
    assertThat(all.them().unanswered()).isZero();
  }

  @Test
  void anUnansweredQuestionCountsAsUnanswered() {
    Period all =
        new Timeline()
            .me("2026-03-01 09:00", "Morning!")
            .them("2026-03-01 09:10", "free tonight?")
            .analyze("2026-03-05 00:00")
            .all();

    assertThat(all.them().unanswered()).isEqualTo(1);
    assertThat(all.me().noReply()).isEqualTo(1);
  }
}
