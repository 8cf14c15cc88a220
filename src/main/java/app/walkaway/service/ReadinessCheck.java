package app.walkaway.service;

import app.walkaway.method.Playbook;
import app.walkaway.method.Readiness;
import app.walkaway.method.ReadinessAnswers;
import app.walkaway.method.ReadinessResult;

/**
 * The readiness check over her vault: her answers assessed, and the verdict kept, so a later plan
 * respects a safety-first one (what {@code walkaway readiness} does, for the web's form).
 */
public final class ReadinessCheck {
  private ReadinessCheck() {}

  public static ReadinessResult run(VaultSession session, ReadinessAnswers answers) {
    ReadinessResult result = Readiness.assess(answers, Playbook.load());
    Plans.saveReadiness(session, result, answers.situation());
    return result;
  }
}
