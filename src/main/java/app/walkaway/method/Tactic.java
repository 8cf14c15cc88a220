package app.walkaway.method;

import java.util.Objects;

/**
 * Something she can do during the plan, with a soft and a strict way of doing it.
 *
 * @param item id, text and help
 * @param area contact, social, life, self, mindset or contested
 * @param choice a group of alternatives she picks one of (e.g. own-posting), or empty
 * @param soft how to do it in a soft plan
 * @param strict how to do it in a strict plan
 * @param warning for contested tactics, why to be careful; empty otherwise
 */
public record Tactic(
    Item item, String area, String choice, String soft, String strict, String warning) {
  public Tactic {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(choice, "choice");
    Objects.requireNonNull(soft, "soft");
    Objects.requireNonNull(strict, "strict");
    Objects.requireNonNull(warning, "warning");
  }

  public String id() {
    return item.id();
  }

  /**
   * True when the sources disagree or it carries a risk: never a default, always with a warning.
   */
  public boolean contested() {
    return !warning.isEmpty();
  }

  /** The variant for a mode. */
  public String variant(Mode mode) {
    return mode == Mode.STRICT ? strict : soft;
  }
}
