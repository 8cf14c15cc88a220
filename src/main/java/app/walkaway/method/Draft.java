package app.walkaway.method;

import java.util.Objects;

/**
 * An editable draft of a calm, honest exit message.
 *
 * @param item id, the draft itself as text, and when it fits as help
 * @param situation the situation id it was written for, or {@value #ANY}
 */
public record Draft(Item item, String situation) {
  public static final String ANY = "any";

  public Draft {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(situation, "situation");
  }

  public boolean fits(String situationId) {
    return situation.equals(ANY) || situation.equals(situationId);
  }
}
