package app.walkaway.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.walkaway.method.PlanJson.StoredReadiness;
import app.walkaway.method.ReadinessResult.Verdict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanJsonTest {
  private final Playbook playbook = Playbook.load();

  @Test
  void aPlanSurvivesTheRoundTrip() {
    Plan plan =
        new Plan(
            LocalDate.parse("2026-03-01"),
            Mode.STRICT,
            List.of("tactic.no-first-contact", "tactic.post-less"),
            List.of("children"),
            "situation.after-breakup",
            "Robin");

    assertThat(PlanJson.readPlan(PlanJson.write(plan), "vault.db")).isEqualTo(plan);
  }

  @Test
  void aDamagedPlanSaysWhereAndWhatAsData() {
    assertThatThrownBy(
            () -> PlanJson.readPlan("{\"start\":\"2026-13-01\",\"mode\":\"soft\"}", "vault.db"))
        .isInstanceOfSatisfying(
            MethodException.class,
            e -> assertThat(e.problem()).isEqualTo(MethodException.Problem.UNREADABLE_PLAN))
        .hasMessageStartingWith("vault.db: the saved plan cannot be read")
        .hasMessageNotContaining("walkaway");
  }

  @Test
  void theReadinessVerdictSurvivesTheRoundTrip() {
    ReadinessResult result =
        Readiness.assess(
            new ReadinessAnswers(
                "", Answer.YES, Answer.YES, Answer.YES, Answer.NO, Answer.UNSURE, Answer.NO),
            playbook);

    StoredReadiness stored =
        PlanJson.readReadiness(PlanJson.write(result, "situation.distant"), "vault.db");

    assertThat(stored.verdict()).isEqualTo(Verdict.SAFETY_FIRST);
    assertThat(stored.situation()).isEqualTo("situation.distant");
    assertThat(stored.items()).contains("safety.helpline");
  }
}
