package app.walkaway.service;

import app.walkaway.method.Plan;
import java.util.Optional;

/**
 * What she calls him: the name in her plan, or, before she has a plan, the one she gave on its own
 * (the first step after creating a vault). Saving it renames him in her plan too.
 */
public final class HisName {
  static final String KEY = "method.name";

  /** A name, not a message: long enough for a full name or a nickname. */
  public static final int MAX_LENGTH = 60;

  private HisName() {}

  /** The name she chose; empty for "he". */
  public static Optional<String> find(VaultSession session) {
    return session.read(
        vault ->
            MethodRecords.findPlan(vault)
                .map(Plan::name)
                .filter(name -> !name.isBlank())
                .or(() -> vault.plan().find(KEY))
                .map(String::strip)
                .filter(name -> !name.isEmpty()));
  }

  /** Keeps the name (empty for "he"), in her plan as well when she has one. */
  public static void save(VaultSession session, String name) {
    String kept = name.strip();
    if (kept.length() > MAX_LENGTH || kept.codePoints().anyMatch(Character::isISOControl)) {
      throw new ServiceException(
          ServiceException.Problem.BAD_INPUT,
          "a name of " + kept.length() + " characters with no line breaks, at most " + MAX_LENGTH);
    }
    session.write(
        vault ->
            vault.inTransaction(
                () -> {
                  vault.plan().put(KEY, kept);
                  MethodRecords.findPlan(vault)
                      .ifPresent(plan -> MethodRecords.savePlan(vault, plan.withName(kept)));
                  return null;
                }));
  }
}
