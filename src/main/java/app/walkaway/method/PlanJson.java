package app.walkaway.method;

import app.walkaway.method.ReadinessResult.Verdict;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The plan and the last readiness verdict as small JSON documents, for whatever stores them (the
 * vault's plan table). Pure text conversion; a document that cannot be read says so plainly.
 */
public final class PlanJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The plan as stored. */
  record StoredPlan(
      String start,
      String mode,
      List<String> tactics,
      List<String> exceptions,
      String situation,
      String name) {}

  /**
   * The outcome of her last readiness check.
   *
   * @param verdict READY, NOT_YET or SAFETY_FIRST
   * @param situation the situation she chose, or empty
   * @param items the ids of the reasons or steps she was shown
   */
  public record StoredReadiness(Verdict verdict, String situation, List<String> items) {
    public StoredReadiness {
      Objects.requireNonNull(verdict, "verdict");
      Objects.requireNonNull(situation, "situation");
      items = List.copyOf(items);
    }
  }

  private PlanJson() {}

  public static String write(Plan plan) {
    return text(
        new StoredPlan(
            plan.start().toString(),
            plan.mode().label(),
            plan.tactics(),
            plan.exceptions(),
            plan.situation(),
            plan.name()));
  }

  /** Reads a plan written by {@link #write(Plan)}; {@code where} names the store for messages. */
  public static Plan readPlan(String json, String where) {
    try {
      StoredPlan stored = JSON.readValue(json, StoredPlan.class);
      Mode mode = Mode.valueOf(stored.mode().toUpperCase(Locale.ROOT));
      return new Plan(
          LocalDate.parse(stored.start()),
          mode,
          orEmpty(stored.tactics()),
          orEmpty(stored.exceptions()),
          Objects.requireNonNullElse(stored.situation(), ""),
          Objects.requireNonNullElse(stored.name(), ""));
    } catch (JsonProcessingException | RuntimeException e) {
      throw new MethodException(
          MethodException.Problem.UNREADABLE_PLAN,
          where + ": the saved plan cannot be read (" + e.getMessage() + ")");
    }
  }

  public static String write(ReadinessResult result, String situation) {
    List<String> ids = result.items().stream().map(Item::id).toList();
    return text(new StoredReadiness(result.verdict(), situation, ids));
  }

  public static StoredReadiness readReadiness(String json, String where) {
    try {
      return JSON.readValue(json, StoredReadiness.class);
    } catch (JsonProcessingException | RuntimeException e) {
      throw new MethodException(
          MethodException.Problem.UNREADABLE_READINESS,
          where + ": the saved readiness check cannot be read");
    }
  }

  private static List<String> orEmpty(List<String> list) {
    return list == null ? List.of() : list;
  }

  private static String text(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value, e);
    }
  }
}
