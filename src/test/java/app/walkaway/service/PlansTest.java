package app.walkaway.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.walkaway.method.Answer;
import app.walkaway.method.Mode;
import app.walkaway.method.ReadinessAnswers;
import app.walkaway.method.ReadinessResult;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Her plan and readiness check through the service, kept in a real vault. */
class PlansTest {
  private static final PlanRequest PLAN =
      new PlanRequest(
          LocalDate.parse("2026-03-01"), Mode.SOFT, List.of(), List.of(), Optional.empty(), "Sam");

  @TempDir Path home;
  private VaultSession session;

  @BeforeEach
  void open() {
    session = Vaults.create(home);
  }

  @AfterEach
  void lock() {
    session.lock();
  }

  private static ReadinessAnswers answers(Answer harm) {
    return new ReadinessAnswers(
        "situation.distant", Answer.YES, Answer.YES, Answer.YES, Answer.NO, harm, Answer.NO);
  }

  @Test
  void noPlanYetIsAProblemSaidAsData() {
    assertThat(Plans.find(session)).isEmpty();
    assertThatThrownBy(() -> Plans.require(session))
        .isInstanceOfSatisfying(
            ServiceException.class,
            e -> assertThat(e.problem()).isEqualTo(ServiceException.Problem.NO_PLAN));
  }

  @Test
  void aPlanAfterAReadyCheckTakesTheSituationFromIt() {
    ReadinessResult ready = ReadinessCheck.assessAndKeep(answers(Answer.NO), Optional.of(session));

    PlanStarted started = Plans.start(session, PLAN);

    assertThat(ready.verdict()).isEqualTo(ReadinessResult.Verdict.READY);
    assertThat(started.readinessDone()).isTrue();
    assertThat(started.plan().situation()).isEqualTo("situation.distant");
    assertThat(Plans.require(session)).isEqualTo(started.plan());
  }

  @Test
  void noPlanIsStartedAfterASafetyFirstCheck() {
    ReadinessResult safety =
        ReadinessCheck.assessAndKeep(answers(Answer.YES), Optional.of(session));

    assertThat(safety.verdict()).isEqualTo(ReadinessResult.Verdict.SAFETY_FIRST);
    assertThatThrownBy(() -> Plans.start(session, PLAN))
        .isInstanceOfSatisfying(
            ServiceException.class,
            e -> assertThat(e.problem()).isEqualTo(ServiceException.Problem.SAFETY_FIRST));
    assertThat(Plans.find(session)).isEmpty();
  }

  @Test
  void theQuestionsComeFromThePlaybookInOrder() {
    assertThat(ReadinessCheck.questions())
        .extracting(i -> i.id())
        .startsWith("question.situation", "question.accept-loss");
  }
}
