package app.walkaway.text;

import app.walkaway.signals.ChatLanguage;
import app.walkaway.signals.SignalDetector;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What she reads when his messages are in a language Walkaway has no signal words for: said
 * plainly, so that finding no signals is never taken for a good sign.
 */
public final class LanguageWords {
  private LanguageWords() {}

  /**
   * "These messages look Dutch. Walkaway reads signals in English, German, …": for a chat in a
   * language without a lexicon; empty for one Walkaway reads (or cannot tell).
   */
  public static Optional<String> notRead(ChatLanguage language) {
    if (!(language instanceof ChatLanguage.Unsupported unsupported)) {
      return Optional.empty();
    }
    String look =
        name(unsupported.language())
            .map(
                name ->
                    "These messages look "
                        + (unsupported.alsoRead().isEmpty() ? "" : "mostly ")
                        + name
                        + ". ")
            .orElse("These messages are in a language Walkaway does not know. ");
    String reads = "Walkaway reads signals in " + names(SignalDetector.LANGUAGES) + ", so ";
    String rest =
        unsupported.alsoRead().isEmpty()
            ? "finding none here says nothing about what his words mean."
            : "only what he wrote in "
                + names(unsupported.alsoRead())
                + " was read for them; finding none in the rest says nothing about what his"
                + " words mean.";
    return Optional.of(look + reads + rest);
  }

  /** "English, German and Spanish". */
  static String names(List<String> codes) {
    List<String> names = codes.stream().map(c -> name(c).orElse(c)).toList();
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " and "
        + names.get(names.size() - 1);
  }

  /** The English name of a language by its ISO 639-1 code, if the JDK knows it. */
  private static Optional<String> name(String code) {
    String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    return name.isBlank() || name.equalsIgnoreCase(code) ? Optional.empty() : Optional.of(name);
  }
}
