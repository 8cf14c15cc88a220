package app.walkaway.safety.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** What the screen concludes for each kind of answer. */
class RiskScreenTest {
  static Stream<Question> criticalQuestions() {
    return Arrays.stream(Question.values()).filter(Question::isCritical);
  }

  static Stream<Question> otherQuestions() {
    return Arrays.stream(Question.values()).filter(q -> !q.isCritical());
  }

  @Test
  void theCriticalQuestionsAreThreatToKillWeaponStranglingAndHerOwnFear() {
    assertThat(criticalQuestions())
        .containsExactly(
            Question.THREAT_TO_KILL, Question.WEAPON, Question.STRANGLING, Question.COULD_KILL_ME);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("criticalQuestions")
  void oneCriticalYesAloneMeansTalkToASpecialistNow(Question question) {
    ScreenResult result = RiskScreen.assess(Answers.allNo().yes(question).build());

    assertThat(result).isInstanceOf(ScreenResult.SpecialistNow.class);
    assertThat(result.critical()).containsExactly(question);
    assertThat(result.ledToMessage()).containsExactly(question);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("otherQuestions")
  void anotherYesIsListedAsAConcern(Question question) {
    ScreenResult result = RiskScreen.assess(Answers.allNo().yes(question).build());

    assertThat(result).isInstanceOf(ScreenResult.Concerns.class);
    assertThat(result.concerns()).containsExactly(question);
    assertThat(result.critical()).isEmpty();
    assertThat(result.ledToMessage()).containsExactly(question);
  }

  @Test
  void allNoIsAnEmptyListOfConcernsNotAnAllClear() {
    ScreenResult result = RiskScreen.assess(Answers.allNo().build());

    assertThat(result).isEqualTo(new ScreenResult.Concerns(List.of(), List.of(), ""));
    assertThat(result.ledToMessage()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("criticalQuestions")
  void notSureIsListedBackButDoesNotAloneRaiseTheAlarm(Question question) {
    ScreenResult result = RiskScreen.assess(Answers.allNo().notSure(question).build());

    assertThat(result).isInstanceOf(ScreenResult.Concerns.class);
    assertThat(result.unsure()).containsExactly(question);
    assertThat(result.concerns()).isEmpty();
  }

  @Test
  void criticalAnswersLeadTheListThenTheOtherConcernsInQuestionOrder() {
    ScreenResult result =
        RiskScreen.assess(
            Answers.allNo()
                .yes(Question.AFRAID, Question.STALKING, Question.STRANGLING)
                .notSure(Question.WEAPON)
                .saying("He follows my bus.")
                .build());

    assertThat(result)
        .isEqualTo(
            new ScreenResult.SpecialistNow(
                List.of(Question.STRANGLING),
                List.of(Question.STALKING, Question.AFRAID),
                List.of(Question.WEAPON),
                "He follows my bus."));
    assertThat(result.ledToMessage())
        .containsExactly(Question.STRANGLING, Question.STALKING, Question.AFRAID);
  }

  @Test
  void everyQuestionNeedsAReply() {
    Map<Question, Reply> partial = new EnumMap<>(Question.class);
    partial.put(Question.AFRAID, Reply.YES);

    assertThatThrownBy(() -> new ScreenAnswers(partial, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("VIOLENCE_WORSE");
  }

  @ParameterizedTest
  @EnumSource(Reply.class)
  void repliesAreReadInPlainWords(Reply reply) {
    String typed =
        switch (reply) {
          case YES -> " Yes ";
          case NO -> "n";
          case NOT_SURE -> "not sure";
        };
    assertThat(Reply.parse(typed)).contains(reply);
    assertThat(Reply.parse("maybe")).isEmpty();
  }
}
