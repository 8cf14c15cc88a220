package app.walkaway.signals;

import java.util.List;
import java.util.Objects;

/**
 * Which language a chat is written in, as far as its signals are concerned: the lexicons to read it
 * with, or the plain fact that it is in a language Walkaway has no lexicon for (so "no signals"
 * would be a false comfort). Worded by the edges; see {@link LanguageGuess} for how it is told.
 */
public sealed interface ChatLanguage {
  /** The lexicons this choice reads messages with (besides the language-free emoji rules). */
  List<String> lexicons();

  /**
   * Written in languages Walkaway reads.
   *
   * @param languages ISO 639-1 codes, the chat's main language first
   */
  record Read(List<String> languages) implements ChatLanguage {
    public Read {
      languages = List.copyOf(languages);
      if (languages.isEmpty()) {
        throw new IllegalArgumentException("a read chat needs at least one language");
      }
    }

    @Override
    public List<String> lexicons() {
      return languages;
    }
  }

  /**
   * Mostly written in a language without a lexicon.
   *
   * @param language ISO 639-1 code of that language, e.g. {@code nl}
   * @param alsoRead languages Walkaway reads that the chat also uses, read as usual (often none)
   */
  record Unsupported(String language, List<String> alsoRead) implements ChatLanguage {
    public Unsupported {
      Objects.requireNonNull(language, "language");
      alsoRead = List.copyOf(alsoRead);
    }

    @Override
    public List<String> lexicons() {
      return alsoRead;
    }
  }

  /**
   * Too few words to tell: every lexicon is applied, so no danger is missed for want of a guess.
   */
  record Unclear() implements ChatLanguage {
    @Override
    public List<String> lexicons() {
      return SignalDetector.LANGUAGES;
    }
  }
}
