package app.walkaway.method;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Her plan: from when, how strict, what she will do, and which contact never counts as a slip.
 *
 * @param start the first day of the plan, in her own calendar
 * @param mode soft (no initiating) or strict (no contact)
 * @param tactics chosen tactic ids ({@code tactic.…})
 * @param exceptions exception tags such as {@code children}; contact marked with them never counts
 * @param situation the situation id she chose, or empty
 * @param name the name or alias she uses for him, or empty (texts then say "them")
 */
public record Plan(
    LocalDate start,
    Mode mode,
    List<String> tactics,
    List<String> exceptions,
    String situation,
    String name) {

  public Plan {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(mode, "mode");
    tactics = List.copyOf(tactics);
    exceptions = List.copyOf(exceptions);
    Objects.requireNonNull(situation, "situation");
    Objects.requireNonNull(name, "name");
  }

  /** A plan with the default tactics for its mode and no exceptions. */
  public static Plan of(LocalDate start, Mode mode) {
    return new Plan(start, mode, PlanRules.DEFAULT_TACTICS, List.of(), "", "");
  }

  public Plan withExceptions(List<String> tags) {
    return new Plan(start, mode, tactics, tags, situation, name);
  }

  public Plan withName(String alias) {
    return new Plan(start, mode, tactics, exceptions, situation, alias);
  }

  public Optional<String> findSituation() {
    return situation.isEmpty() ? Optional.empty() : Optional.of(situation);
  }
}
