package app.walkaway.service;

import app.walkaway.method.Mode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The plan she starts.
 *
 * @param start the day she steps back
 * @param mode soft (she may answer, slowly) or strict (no contact)
 * @param tactics the tactics she chose by id; empty for the core ones
 * @param exceptions contact that never counts as a slip (children, bills, ...)
 * @param situation what brings her here, by id; empty for the one her readiness check stored
 * @param name what to call him; may be empty
 */
public record PlanRequest(
    LocalDate start,
    Mode mode,
    List<String> tactics,
    List<String> exceptions,
    Optional<String> situation,
    String name) {
  public PlanRequest {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(mode, "mode");
    tactics = List.copyOf(tactics);
    exceptions = List.copyOf(exceptions);
    Objects.requireNonNull(situation, "situation");
    Objects.requireNonNull(name, "name");
  }
}
