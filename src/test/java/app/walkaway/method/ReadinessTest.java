package app.walkaway.method;

import static app.walkaway.method.Answer.NO;
import static app.walkaway.method.Answer.UNSURE;
import static app.walkaway.method.Answer.YES;
import static org.assertj.core.api.Assertions.assertThat;

import app.walkaway.method.ReadinessResult.Verdict;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReadinessTest {
  private static final Playbook PLAYBOOK = Playbook.load();

  private static ReadinessAnswers answers(
      Answer acceptLoss,
      Answer talked,
      Answer ownPart,
      Answer motive,
      Answer harm,
      Answer control) {
    return new ReadinessAnswers(
        "situation.always-initiate", acceptLoss, talked, ownPart, motive, harm, control);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(
            "all preconditions met",
            answers(YES, YES, YES, NO, NO, NO),
            Verdict.READY,
            List.of("caution.leave-properly", "caution.accept-loss")),
        Arguments.of(
            "could not bear losing him",
            answers(NO, YES, YES, NO, NO, NO),
            Verdict.NOT_YET,
            List.of("caution.accept-loss")),
        Arguments.of(
            "has not talked yet, unsure about her part",
            answers(YES, NO, UNSURE, NO, NO, NO),
            Verdict.NOT_YET,
            List.of("caution.talk-first", "caution.own-part")),
        Arguments.of(
            "partly about revenge",
            answers(YES, YES, YES, UNSURE, NO, NO),
            Verdict.NOT_YET,
            List.of("caution.not-revenge")),
        Arguments.of(
            "he has threatened her",
            answers(YES, YES, YES, NO, YES, NO),
            Verdict.SAFETY_FIRST,
            Readiness.SAFETY_STEPS),
        Arguments.of(
            "not sure about control, otherwise ready",
            answers(YES, YES, YES, NO, NO, UNSURE),
            Verdict.SAFETY_FIRST,
            Readiness.SAFETY_STEPS),
        Arguments.of(
            "harm outweighs every other reason",
            answers(NO, NO, NO, YES, YES, YES),
            Verdict.SAFETY_FIRST,
            Readiness.SAFETY_STEPS));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void verdictAndReasons(String name, ReadinessAnswers answers, Verdict verdict, List<String> ids) {
    ReadinessResult result = Readiness.assess(answers, PLAYBOOK);

    assertThat(result.verdict()).isEqualTo(verdict);
    assertThat(result.items()).extracting(Item::id).containsExactlyElementsOf(ids);
  }

  @Test
  void readyComesWithExitMessageDraftsForHerSituation() {
    ReadinessResult result = Readiness.assess(answers(YES, YES, YES, NO, NO, NO), PLAYBOOK);

    assertThat(result)
        .isInstanceOfSatisfying(
            ReadinessResult.Ready.class,
            ready ->
                assertThat(ready.drafts())
                    .isNotEmpty()
                    .allSatisfy(
                        d ->
                            assertThat(d.situation())
                                .isIn("situation.always-initiate", Draft.ANY)));
  }

  @Test
  void theSafetyPathNeverContainsTacticsOrDrafts() {
    ReadinessResult result = Readiness.assess(answers(YES, YES, YES, NO, YES, NO), PLAYBOOK);

    assertThat(result.items()).extracting(Item::section).containsOnly(Section.SAFETY);
    assertThat(result.items())
        .extracting(Item::id)
        .contains(
            "safety.leaving-raises-risk",
            "safety.emergency",
            "safety.helpline",
            "safety.tell-someone");
  }

  @Test
  void everyQuestionIsInThePlaybook() {
    assertThat(Readiness.QUESTIONS)
        .allSatisfy(
            id ->
                assertThat(PLAYBOOK.findItem(id))
                    .get()
                    .extracting(Item::section)
                    .isEqualTo(Section.QUESTION));
    assertThat(Readiness.QUESTIONS).hasSameSizeAs(PLAYBOOK.items(Section.QUESTION));
  }

  @Test
  void answersAreReadForgivingly() {
    assertThat(Answer.parse(" Yes ")).contains(YES);
    assertThat(Answer.parse("n")).contains(NO);
    assertThat(Answer.parse("Not sure")).contains(UNSURE);
    assertThat(Answer.parse("perhaps")).isEmpty();
  }
}
