package app.walkaway.web;

import java.util.Locale;
import java.util.Optional;

/**
 * How the pages name him: the name she chose, or "he" and "him".
 *
 * @param name the name she chose, if any
 */
record Him(Optional<String> name) {
  static final Him UNNAMED = new Him(Optional.empty());

  /** As the subject of a sentence's start: "Sam" or "He". */
  String subject() {
    return name.orElse("He");
  }

  /** Inside a sentence: "Sam" or "he". */
  String inSentence() {
    return name.orElse("he");
  }

  /** As an object: "Sam" or "him". */
  String object() {
    return name.orElse("him");
  }

  /** Possessive: "Sam's" or "his". */
  String possessive() {
    return name.map(n -> n + (n.toLowerCase(Locale.ROOT).endsWith("s") ? "'" : "'s")).orElse("his");
  }
}
