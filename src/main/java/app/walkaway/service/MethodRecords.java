package app.walkaway.service;

import app.walkaway.method.Plan;
import app.walkaway.method.PlanJson;
import app.walkaway.method.PlanJson.StoredReadiness;
import app.walkaway.method.ReadinessResult;
import app.walkaway.vault.Vault;
import java.util.Optional;

/** Her plan and last readiness verdict in the vault's plan table, as small JSON documents. */
final class MethodRecords {
  static final String PLAN = "method.plan";
  static final String READINESS = "method.readiness";

  private MethodRecords() {}

  static Optional<Plan> findPlan(Vault vault) {
    return vault.plan().find(PLAN).map(json -> PlanJson.readPlan(json, vault.file().toString()));
  }

  static Plan requirePlan(Vault vault) {
    return findPlan(vault)
        .orElseThrow(
            () ->
                new ServiceException(
                    ServiceException.Problem.NO_PLAN, vault.file() + ": there is no plan yet"));
  }

  static void savePlan(Vault vault, Plan plan) {
    vault.plan().put(PLAN, PlanJson.write(plan));
  }

  static Optional<StoredReadiness> findReadiness(Vault vault) {
    return vault
        .plan()
        .find(READINESS)
        .map(json -> PlanJson.readReadiness(json, vault.file().toString()));
  }

  static void saveReadiness(Vault vault, ReadinessResult result, String situation) {
    vault.plan().put(READINESS, PlanJson.write(result, situation));
  }
}
