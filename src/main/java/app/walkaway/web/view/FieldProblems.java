package app.walkaway.web.view;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What to fix, beside the field it concerns (keyed by the field's name), plus what she typed, so a
 * form shown again keeps it. Passphrases are never kept: they are not written back into a page.
 */
public record FieldProblems(Map<String, String> problems, Map<String, String> typed) {
  public static final FieldProblems NONE = new FieldProblems(Map.of(), Map.of());

  public FieldProblems {
    problems = Map.copyOf(Objects.requireNonNull(problems, "problems"));
    typed = Map.copyOf(Objects.requireNonNull(typed, "typed"));
  }

  public static FieldProblems of(String field, String problem) {
    return new FieldProblems(Map.of(field, problem), Map.of());
  }

  public Optional<String> about(String field) {
    return Optional.ofNullable(problems.get(field));
  }

  public boolean has(String field) {
    return problems.containsKey(field);
  }

  /** What she typed in {@code field}, or empty text. */
  public String typed(String field) {
    return typed.getOrDefault(field, "");
  }

  /** True when the form was sent with this field: what she typed wins over what is stored. */
  public boolean hasTyped(String field) {
    return typed.containsKey(field);
  }

  public boolean any() {
    return !problems.isEmpty();
  }
}
