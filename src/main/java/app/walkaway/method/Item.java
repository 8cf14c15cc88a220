package app.walkaway.method;

import java.util.Objects;

/**
 * One entry of the playbook: a stable id, a short text and a longer help text.
 *
 * <p>Texts may hold {@code {name}}, the name or alias she gives for him; it is only written where
 * the neutral default {@value #DEFAULT_NAME} reads well too. Use {@link #fill(String)} to show it.
 *
 * @param id stable id such as {@code caution.talk-first}; never reused for another meaning
 * @param section the part of the playbook it belongs to
 * @param text one short line
 * @param help a few sentences of explanation
 */
public record Item(String id, Section section, String text, String help) {
  /** Shown for {@code {name}} when she has not given a name. */
  public static final String DEFAULT_NAME = "them";

  private static final String NAME = "{name}";

  public Item {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(help, "help");
  }

  /** This item with {@code {name}} replaced by the given name, or the neutral default if blank. */
  public Item fill(String name) {
    String shown = name == null || name.isBlank() ? DEFAULT_NAME : name.strip();
    return new Item(id, section, text.replace(NAME, shown), help.replace(NAME, shown));
  }
}
