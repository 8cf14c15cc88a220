package app.walkaway.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.walkaway.method.Answer;
import app.walkaway.method.MethodException;
import app.walkaway.method.Playbook;
import app.walkaway.method.ReadinessAnswers;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadinessInterviewTest {
  private final StringWriter printed = new StringWriter();

  private ReadinessAnswers run(String input, String situation, Map<String, Answer> given) {
    ReadinessInterview interview =
        new ReadinessInterview(
            new BufferedReader(new StringReader(input)),
            new PrintWriter(printed, true),
            Playbook.load());
    return interview.complete(situation, given);
  }

  @Test
  void asksEveryQuestionInOrderWhenNothingWasGiven() {
    ReadinessAnswers answers = run("1\nyes\ny\nnot sure\nno\nn\nno\n", null, Map.of());

    assertThat(answers)
        .isEqualTo(
            new ReadinessAnswers(
                "situation.distant",
                Answer.YES,
                Answer.YES,
                Answer.UNSURE,
                Answer.NO,
                Answer.NO,
                Answer.NO));
    assertThat(printed.toString())
        .contains("What brings you here?")
        .contains("(yes / no / not sure)");
  }

  @Test
  void onlyAsksWhatWasNotGivenAndRetriesAnUnclearAnswer() {
    ReadinessAnswers answers =
        run(
            "perhaps\nyes\n",
            "",
            Map.of(
                "question.accept-loss", Answer.YES,
                "question.talked-first", Answer.YES,
                "question.own-part", Answer.YES,
                "question.motive", Answer.NO,
                "question.harm", Answer.NO));

    assertThat(answers.control()).isEqualTo(Answer.YES);
    assertThat(printed.toString()).contains("Please answer yes, no or not sure.");
    assertThat(printed.toString()).doesNotContain("made afraid");
  }

  @Test
  void endedInputNamesTheMissingAnswerAndTheOption() {
    assertThatThrownBy(() -> run("yes\n", "", Map.of()))
        .isInstanceOf(MethodException.class)
        .hasMessageContaining("question.talked-first")
        .hasMessageContaining("--talked-first");
  }
}
