package app.walkaway.safety.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PrefillTest {
  @Test
  void redFlagsSuggestTheQuestionsTheyBearOnAndSayWhich() {
    Map<Question, Set<String>> suggested =
        Prefill.suggest(List.of("threat", "call-flood", "SHOWED_UP", "self-harm", "apology"));

    assertThat(suggested)
        .containsOnlyKeys(Question.THREAT_TO_KILL, Question.STALKING, Question.SUICIDE_THREATS);
    assertThat(suggested.get(Question.STALKING)).containsExactly("call-flood", "showed-up");
    assertThat(suggested.get(Question.THREAT_TO_KILL)).containsExactly("threat");
  }

  @Test
  void noRedFlagsSuggestNothing() {
    assertThat(Prefill.suggest(List.of())).isEmpty();
  }
}
