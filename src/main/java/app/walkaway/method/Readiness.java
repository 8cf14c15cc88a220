package app.walkaway.method;

import java.util.ArrayList;
import java.util.List;

/**
 * The readiness check of METHOD.md §1. Any sign of threat or control, even "not sure", routes to
 * safety, because pulling away from a controlling person can raise the danger. Otherwise each unmet
 * precondition becomes a reason to wait, with what to do first.
 */
public final class Readiness {
  /** The questions, in the order they are asked. */
  public static final List<String> QUESTIONS =
      List.of(
          "question.situation",
          "question.accept-loss",
          "question.talked-first",
          "question.own-part",
          "question.motive",
          "question.harm",
          "question.control");

  static final List<String> SAFETY_STEPS =
      List.of(
          "safety.leaving-raises-risk",
          "safety.emergency",
          "safety.helpline",
          "safety.tell-someone",
          "safety.stay-with-someone",
          "safety.keep-evidence",
          "safety.not-your-fault");

  private Readiness() {}

  public static ReadinessResult assess(ReadinessAnswers answers, Playbook playbook) {
    if (answers.harm() != Answer.NO || answers.control() != Answer.NO) {
      return new ReadinessResult.SafetyFirst(SAFETY_STEPS.stream().map(playbook::item).toList());
    }
    List<Item> reasons = new ArrayList<>();
    if (answers.acceptLoss() != Answer.YES) {
      reasons.add(playbook.item("caution.accept-loss"));
    }
    if (answers.talkedFirst() != Answer.YES) {
      reasons.add(playbook.item("caution.talk-first"));
    }
    if (answers.ownPart() != Answer.YES) {
      reasons.add(playbook.item("caution.own-part"));
    }
    if (answers.motive() != Answer.NO) {
      reasons.add(playbook.item("caution.not-revenge"));
    }
    if (!reasons.isEmpty()) {
      return new ReadinessResult.NotYet(reasons);
    }
    List<Item> reminders =
        List.of(playbook.item("caution.leave-properly"), playbook.item("caution.accept-loss"));
    return new ReadinessResult.Ready(reminders, playbook.drafts(answers.situation()));
  }
}
