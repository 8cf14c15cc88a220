package app.walkaway.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanRulesTest {
  private static final LocalDate START = LocalDate.parse("2026-04-01");
  private final Playbook playbook = Playbook.load();

  private Plan plan(List<String> tactics, List<String> exceptions, String situation) {
    return new Plan(START, Mode.SOFT, tactics, exceptions, situation, " Sam ");
  }

  @Test
  void noChosenTacticsMeansTheUncontestedDefaults() {
    Plan checked = PlanRules.check(plan(List.of(), List.of(), ""), playbook);

    assertThat(checked.tactics()).isEqualTo(PlanRules.DEFAULT_TACTICS);
    assertThat(checked.name()).isEqualTo("Sam");
  }

  @Test
  void shortTacticIdsAndTagsAreNormalised() {
    Plan checked =
        PlanRules.check(
            plan(
                List.of("slow-replies", "tactic.get-busy", "slow-replies"),
                List.of("#Children", "work", "children"),
                "after-breakup"),
            playbook);

    assertThat(checked.tactics()).containsExactly("tactic.slow-replies", "tactic.get-busy");
    assertThat(checked.exceptions()).containsExactly("children", "work");
    assertThat(checked.situation()).isEqualTo("situation.after-breakup");
  }

  @Test
  void anUnknownTacticListsTheKnownOnes() {
    assertThatThrownBy(() -> PlanRules.check(plan(List.of("ghosting"), List.of(), ""), playbook))
        .isInstanceOf(MethodException.class)
        .hasMessageContaining("unknown tactic 'ghosting'")
        .hasMessageContaining("slow-replies");
  }

  @Test
  void bothPostingOptionsAtOnceAreRefused() {
    assertThatThrownBy(
            () ->
                PlanRules.check(
                    plan(List.of("post-less", "post-moderately"), List.of(), ""), playbook))
        .isInstanceOf(MethodException.class)
        .hasMessageContaining("alternatives");
  }

  @Test
  void anExceptionMustBeOneWordAndASituationMustExist() {
    assertThatThrownBy(() -> PlanRules.check(plan(List.of(), List.of("the kids"), ""), playbook))
        .isInstanceOf(MethodException.class)
        .hasMessageContaining("one word");
    assertThatThrownBy(() -> PlanRules.check(plan(List.of(), List.of(), "bored"), playbook))
        .isInstanceOf(MethodException.class)
        .hasMessageContaining("unknown situation 'bored'")
        .hasMessageContaining("after-breakup");
  }
}
