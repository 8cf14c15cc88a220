package app.walkaway.text;

import java.util.Locale;
import java.util.Optional;

/**
 * How a sentence names him: the name she chose, or "he" and "him".
 *
 * @param name the name she chose, if any
 */
public record Him(Optional<String> name) {
  public static final Him UNNAMED = new Him(Optional.empty());

  public Him {
    name = name.map(String::strip).filter(n -> !n.isEmpty());
  }

  public static Him of(Optional<String> name) {
    return new Him(name);
  }

  /** As the subject of a sentence's start: "Sam" or "He". */
  public String subject() {
    return name.orElse("He");
  }

  /** Inside a sentence: "Sam" or "he". */
  public String inSentence() {
    return name.orElse("he");
  }

  /** As an object: "Sam" or "him". */
  public String object() {
    return name.orElse("him");
  }

  /** Possessive: "Sam's" or "his". */
  public String possessive() {
    return name.map(n -> n + (n.toLowerCase(Locale.ROOT).endsWith("s") ? "'" : "'s")).orElse("his");
  }
}
