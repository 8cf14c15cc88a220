package app.walkaway.service;

import app.walkaway.method.Plan;
import app.walkaway.method.PlanJson.StoredReadiness;
import app.walkaway.method.PlanRules;
import app.walkaway.method.Playbook;
import app.walkaway.method.ReadinessResult;
import app.walkaway.method.ReadinessResult.Verdict;
import app.walkaway.service.ServiceException.Problem;
import java.util.Optional;

/** Her plan and her last readiness check, kept in the vault. */
public final class Plans {
  private Plans() {}

  /**
   * Checks and saves her plan (a new one replaces the old). Refused when her last readiness check
   * pointed to safety first: the safety path is never followed by a game plan (METHOD.md §1).
   */
  public static PlanStarted start(VaultSession session, PlanRequest request) {
    Playbook playbook = Playbook.load();
    return session.write(
        vault -> {
          Optional<StoredReadiness> readiness = MethodRecords.findReadiness(vault);
          if (readiness.filter(r -> r.verdict() == Verdict.SAFETY_FIRST).isPresent()) {
            throw new ServiceException(
                Problem.SAFETY_FIRST,
                "your readiness check pointed to safety first, so Walkaway will not start a plan");
          }
          String situation =
              request.situation().orElseGet(() -> readiness.map(r -> r.situation()).orElse(""));
          Plan plan =
              PlanRules.check(
                  new Plan(
                      request.start(),
                      request.mode(),
                      request.tactics(),
                      request.exceptions(),
                      situation,
                      request.name()),
                  playbook);
          MethodRecords.savePlan(vault, plan);
          return new PlanStarted(plan, readiness.isPresent());
        });
  }

  /** Her plan; a {@link Problem#NO_PLAN} when she has none yet. */
  public static Plan require(VaultSession session) {
    return session.read(MethodRecords::requirePlan);
  }

  public static Optional<Plan> find(VaultSession session) {
    return session.read(MethodRecords::findPlan);
  }

  /** Keeps the outcome of a readiness check, so a later plan can respect a safety-first verdict. */
  public static void saveReadiness(VaultSession session, ReadinessResult result, String situation) {
    session.write(
        vault -> {
          MethodRecords.saveReadiness(vault, result, situation);
          return null;
        });
  }

  public static Optional<StoredReadiness> findReadiness(VaultSession session) {
    return session.read(MethodRecords::findReadiness);
  }
}
